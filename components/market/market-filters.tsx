// The screener's and the cluster view's filter form: every parameter of lib/trade-params.ts that a
// person sets by hand, by label, as a GET form (the result is a URL; it works without JavaScript).
// It carries the sort in hidden fields and starts again at page 1.
import Link from 'next/link';
import { TRANSACTION_CODES } from '@/lib/domain/transaction-codes';
import { TITLE_GROUP_LABELS } from '@/lib/domain/officer-titles';
import {
  DEFAULT_CLUSTER_WINDOW, DEFAULT_MIN_INSIDERS, derivativeDefault, TRADE_ROLES,
  type ClusterParams, type TradeParams, type TradeRole,
} from '@/lib/trade-params';
import { PAGE_SIZES, PATTERNS } from '@/lib/search-params';
import { PATTERN_LABELS } from '@/lib/domain/trading-pattern';
import { buttonClass, controlClass, linkClass } from '@/components/ui/styles';
import { GetForm } from './get-form';

const ROLE_NAMES: Record<TradeRole, string> = {
  director: 'Director',
  officer: 'Officer',
  tenPercentOwner: '10% owner',
  other: 'Other',
  ...TITLE_GROUP_LABELS,
};

type Option = { value: string; label: string };

function Select({ label, name, value, options, wide }: { label: string; name: string; value: string; options: Option[]; wide?: boolean }) {
  // A value set by a link (a preset's "ceo,cfo") that the list lacks is offered as it is.
  const all = value && !options.some((o) => o.value === value) ? [{ value, label: value }, ...options] : options;
  return (
    <label className="field">
      {label}
      <select name={name} defaultValue={value} className={`${controlClass}${wide ? ' max-w-56' : ''}`}>
        {all.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </label>
  );
}

function Input({ label, name, value, type = 'text', placeholder, width = 'w-32' }: {
  label: string; name: string; value: string | number | null; type?: 'text' | 'date' | 'number'; placeholder?: string; width?: string;
}) {
  return (
    <label className="field">
      {label}
      <input
        type={type}
        name={name}
        defaultValue={value ?? ''}
        placeholder={placeholder}
        className={`${controlClass} ${type === 'date' ? '' : width}`}
        {...(type === 'number' ? { min: 0, step: 'any', inputMode: 'decimal' as const } : {})}
      />
    </label>
  );
}

type Props =
  | { kind: 'trades'; params: TradeParams; action: string; clearHref: string | null }
  | { kind: 'clusters'; params: ClusterParams; action: string; clearHref: string | null };

/** Whether any filter behind "More filters" is set. */
function moreSet({ kind, params: p }: Props): boolean {
  const values = [p.filedFrom, p.filedTo, p.maxValue, p.minPrice, p.maxPrice, p.sic, p.owner, p.tenb5One];
  return values.some((v) => v !== null) || p.amendments !== 'amended' || p.size !== 50
    || (kind === 'trades' && (p.minOwnChange !== null || p.derivative !== derivativeDefault(p) || p.pattern !== null || p.late));
}

export function MarketFilters(props: Props) {
  const { params: p, action, clearHref } = props;
  const issuer = p.issuer ? ('cik' in p.issuer ? p.issuer.cik : p.issuer.ticker) : '';
  const defaultSort = props.kind === 'trades' ? 'filed' : 'date';
  return (
    <GetForm action={action} label={props.kind === 'trades' ? 'Filter trades' : 'Filter cluster buys'} className="filters">
      {p.sort !== defaultSort || p.dir !== 'desc' ? (
        <>
          <input type="hidden" name="sort" value={p.sort} />
          <input type="hidden" name="dir" value={p.dir} />
        </>
      ) : null}
      {props.kind === 'trades' ? (
        <>
          <Select
            label="Transaction code"
            name="code"
            wide
            value={props.params.codes.join(',')}
            options={[
              { value: '', label: 'All codes' },
              { value: 'P,S', label: 'P + S: open-market buys and sells' },
              ...Object.entries(TRANSACTION_CODES).map(([code, meaning]) => ({ value: code, label: `${code}: ${meaning}` })),
            ]}
          />
          <Select label="Acquired or disposed" name="ad" value={props.params.ad ?? ''} options={[
            { value: '', label: 'Both' }, { value: 'A', label: 'Acquired (A)' }, { value: 'D', label: 'Disposed (D)' },
          ]} />
        </>
      ) : null}
      <Select label="Role" name="role" value={p.roles.join(',')} options={[
        { value: '', label: 'Any role' },
        ...TRADE_ROLES.map((r) => ({ value: r, label: ROLE_NAMES[r] })),
      ]} />
      <Input label="Traded from" name="from" type="date" value={p.from} />
      <Input label="Traded to" name="to" type="date" value={p.to} />
      <Input label="Filed in the last (days)" name="days" type="number" value={p.days} width="w-24" />
      <Input label={props.kind === 'trades' ? 'Value at least ($)' : 'Cluster value at least ($)'} name="minValue" type="number" value={p.minValue} />
      <Input label="Issuer (CIK or ticker)" name="issuer" value={issuer} placeholder="TSLA" />
      {props.kind === 'clusters' ? (
        <>
          <Input label="Insiders at least" name="minInsiders" type="number" value={props.params.minInsiders === DEFAULT_MIN_INSIDERS ? null : props.params.minInsiders} placeholder={String(DEFAULT_MIN_INSIDERS)} width="w-20" />
          <Input label="Within (days)" name="window" type="number" value={props.params.window === DEFAULT_CLUSTER_WINDOW ? null : props.params.window} placeholder={String(DEFAULT_CLUSTER_WINDOW)} width="w-20" />
        </>
      ) : null}
      <div>
        <button type="submit" className={buttonClass}>Apply filters</button>
        {clearHref !== null ? <Link href={clearHref} className={`${linkClass} text-sm`}>Clear filters</Link> : null}
      </div>
      {/* The rarer filters, open when one of them is set. */}
      <details open={moreSet(props) || undefined} className="w-full">
        <summary className="cursor-pointer text-sm">More filters</summary>
        <div className="filters mt-2">
          {props.kind === 'trades' ? (
            <Select label="Derivative rows" name="derivative" value={p.derivative === derivativeDefault(p) ? '' : p.derivative} options={[
              { value: '', label: derivativeDefault(p) === 'exclude' ? 'Left out (ranking dollars)' : 'Included' },
              { value: 'include', label: 'Included' },
              { value: 'exclude', label: 'Left out' },
              { value: 'only', label: 'Only derivatives' },
            ].filter((o, i, all) => i === 0 || o.label !== all[0]!.label)} />
          ) : null}
          <Input label="Filed from" name="filedFrom" type="date" value={p.filedFrom} />
          <Input label="Filed to" name="filedTo" type="date" value={p.filedTo} />
          <Input label={props.kind === 'trades' ? 'Value at most ($)' : 'Cluster value at most ($)'} name="maxValue" type="number" value={p.maxValue} />
          <Input label="Price at least ($)" name="minPrice" type="number" value={p.minPrice} width="w-24" />
          <Input label="Price at most ($)" name="maxPrice" type="number" value={p.maxPrice} width="w-24" />
          {props.kind === 'trades' ? (
            <>
              <Input label="Holding change at least (%)" name="minOwnChange" type="number" value={p.minOwnChange} width="w-24" />
              {/* The insider's pattern that year (lib/domain/trading-pattern.ts): open-market trades only. */}
              <Select label="Trading pattern (P, S)" name="pattern" value={props.params.pattern ?? ''} options={[
                { value: '', label: 'Any pattern' },
                ...PATTERNS.map((pattern) => ({ value: pattern, label: PATTERN_LABELS[pattern] })),
              ]} />
              <label className="field check">
                <input type="checkbox" name="late" value="1" defaultChecked={props.params.late} />
                Filed late only
              </label>
            </>
          ) : null}
          <Input label="Industry (SIC code)" name="sic" value={p.sic} placeholder="2834" width="w-24" />
          <Input label="Insider (CIK)" name="owner" value={p.owner} placeholder="1494730" />
          <Select label="10b5-1 plan" name="tenb5One" value={p.tenb5One ?? ''} options={[
            { value: '', label: 'Any' }, { value: 'yes', label: 'Checked' }, { value: 'no', label: 'Not checked' }, { value: 'unknown', label: 'Not on the form (before 2023)' },
          ]} />
          <Select label="Amendments" name="amendments" value={p.amendments === 'amended' ? '' : p.amendments} options={[
            { value: '', label: 'As amended' }, { value: 'filed', label: 'As filed' },
          ]} />
          <Select label="Rows per page" name="size" value={p.size === 50 ? '' : String(p.size)} options={PAGE_SIZES.map((n) => ({ value: n === 50 ? '' : String(n), label: String(n) }))} />
        </div>
      </details>
    </GetForm>
  );
}

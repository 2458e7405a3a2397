// The table's toolbar: a plain GET form, so filtering works without JavaScript and the result is a
// URL. Its fields show the table's column filters (manual filtering: the server applies them); it
// carries the current sort in hidden fields and starts again at page 1. Submitting leaves empty fields
// (and the default page size) out of the URL; without JavaScript the page redirects to that URL.
// Part of the table island (components/table/transactions-table.tsx), so it may handle events.
import type { FormEvent } from 'react';
import Link from 'next/link';
import type { Table } from '@tanstack/react-table';
import { TRANSACTION_CODES } from '@/lib/domain/transaction-codes';
import { PATTERN_LABELS } from '@/lib/domain/trading-pattern';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, PATTERNS, ROLE_LABELS, ROLES, hasFilters, toQueryString, type TableView } from '@/lib/search-params';
import { buttonClass, linkClass } from '@/components/ui/styles';
import type { Row } from './columns';
import type { features } from './table-state';

export type FilterOption = { value: string; label: string };

type Props = {
  table: Table<typeof features, Row>;
  view: TableView;
  basePath: string;
  /** The insider select on an issuer page, or the issuer select on a person page. */
  who: { name: 'insider' | 'issuer'; label: string; options: FilterOption[] };
};

const CODE_GROUPS: FilterOption[] = [
  { value: 'P,S', label: 'P + S: open-market buys and sells' },
  { value: 'A,M,X', label: 'A + M + X: grants and exercises' },
];

// The labels and controls are styled as the form's children (app/styles/base.css .filters > label): no class on each.

/** Options the insider or issuer select offers: pages need not make labels for more (and the one filtered on). */
export const MAX_WHO_OPTIONS = 100;

/**
 * The who select's options from a list newest first: the latest MAX_WHO_OPTIONS and the one filtered
 * on (a fund may have reported at thousands of companies, and each option is sent to the island).
 */
export function latestWhoOptions<T extends { cik: string }>(items: readonly T[], selected: string | null | undefined, label: (item: T) => string): FilterOption[] {
  return items.filter((item, n) => n < MAX_WHO_OPTIONS || item.cik === selected).map((item) => ({ value: item.cik, label: label(item) }));
}

/** Disables, for the moment of submitting, the fields that are empty or at their default: "?code=S", not "?code=S&ad=&role=&size=50". */
function dropEmptyFields(event: FormEvent<HTMLFormElement>) {
  const fields = [...event.currentTarget.elements].filter(
    (el): el is HTMLInputElement | HTMLSelectElement =>
      (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && el.name !== '' && !el.disabled
      && (el.value.trim() === '' || el.value === el.dataset.default),
  );
  for (const field of fields) field.disabled = true;
  // Back in the form (the browser's back button keeps the page), the fields work again.
  setTimeout(() => fields.forEach((field) => (field.disabled = false)), 0);
}

export function TransactionFilters({ table, view, basePath, who }: Props) {
  const filterOf = (id: string) => table.store.state.columnFilters.find((f) => f.id === id)?.value;
  const codes = (filterOf('code') as string[] | undefined) ?? [];
  const [from, to] = (filterOf('date') as [string | null, string | null] | undefined) ?? [null, null];
  const codeValue = codes.join(',');
  const codeOptions: FilterOption[] = [
    ...CODE_GROUPS,
    ...Object.entries(TRANSACTION_CODES).map(([code, meaning]) => ({ value: code, label: `${code}: ${meaning}` })),
  ];
  if (codeValue && !codeOptions.some((o) => o.value === codeValue)) codeOptions.unshift({ value: codeValue, label: codeValue });
  const whoValue = (filterOf(who.name) as string | undefined) ?? '';
  // The most recent first, at most MAX_WHO_OPTIONS of them (a fund can have reported at thousands
  // of companies), and always the one filtered on.
  const shown = who.options.slice(0, MAX_WHO_OPTIONS);
  const selected = whoValue && !shown.some((o) => o.value === whoValue)
    ? (who.options.find((o) => o.value === whoValue) ?? { value: whoValue, label: `CIK ${whoValue}` })
    : null;
  const whoOptions = selected ? [selected, ...shown] : shown;
  const sortOnly = toQueryString({ ...view, codes: [], ad: null, role: null, from: null, to: null, insider: null, issuer: null, pattern: null, late: false, page: 1 });

  return (
    <form method="get" action={basePath} className="filters" aria-label="Filter transactions" onSubmit={dropEmptyFields}>
      {view.sort !== 'date' || view.dir !== 'desc' ? (
        <>
          <input type="hidden" name="sort" value={view.sort} />
          <input type="hidden" name="dir" value={view.dir} />
        </>
      ) : null}
      <label>
        Code
        <select name="code" defaultValue={codeValue} className="max-w-56">
          <option value="">All codes</option>
          {codeOptions.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      </label>
      <label>
        Acquired or disposed
        <select name="ad" defaultValue={(filterOf('ad') as string | undefined) ?? ''}>
          <option value="">Both</option>
          <option value="A">Acquired (A)</option>
          <option value="D">Disposed (D)</option>
        </select>
      </label>
      <label>
        Role
        <select name="role" defaultValue={(filterOf('role') as string | undefined) ?? ''}>
          <option value="">Any role</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>{ROLE_LABELS[r]}</option>
          ))}
        </select>
      </label>
      <label>
        {who.label}
        <select name={who.name} defaultValue={whoValue} className="max-w-56">
          <option value="">{who.name === 'issuer' ? 'All issuers' : 'Everyone'}</option>
          {whoOptions.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      </label>
      <label>
        Pattern
        <select name="pattern" defaultValue={view.pattern ?? ''}>
          <option value="">Any pattern</option>
          {PATTERNS.map((p) => (
            <option key={p} value={p}>{PATTERN_LABELS[p]}</option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" name="late" value="1" defaultChecked={view.late} />
        Filed late only
      </label>
      <label>
        From
        <input type="date" name="from" defaultValue={from ?? ''} />
      </label>
      <label>
        To
        <input type="date" name="to" defaultValue={to ?? ''} />
      </label>
      <label>
        Rows per page
        <select name="size" data-default={DEFAULT_PAGE_SIZE} defaultValue={String(table.store.state.pagination.pageSize)}>
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>{n}</option>
          ))}
        </select>
      </label>
      <div>
        <button type="submit" className={buttonClass}>Apply filters</button>
        {hasFilters(view) ? (
          <Link href={`${basePath}${sortOnly}`} className={`${linkClass} text-sm`}>Clear filters</Link>
        ) : null}
      </div>
    </form>
  );
}

import Link from 'next/link';
import type { ReactNode } from 'react';
import type { AmendmentDiff, FieldChange, KeyedDiff, RowDiff } from '@/lib/domain/amendment-diff';
import type { FilingJsonOwner } from '@/lib/domain/filing-json';
import { formatLongDate, formatPrice, formatShares } from '@/lib/format';

// What an amendment changed against the filing it amends (lib/domain/amendment-diff.ts), on the
// amendment's page under id "changes" (the original's header links each amendment there).

const LABELS: Readonly<Record<string, string>> = {
  kind: 'Line kind', securityTitle: 'Title of security', transactionDate: 'Transaction date', deemedExecutionDate: 'Deemed execution date',
  formType: 'Form type of the line', code: 'Code', equitySwapInvolved: 'Equity swap', timeliness: 'Timeliness', shares: 'Shares',
  totalValue: 'Total value', pricePerShare: 'Price per share', acquiredDisposed: 'Acquired (A) or disposed (D)',
  sharesOwnedAfter: 'Shares held after', valueOwnedAfter: 'Value held after', directOrIndirect: 'Direct (D) or indirect (I)',
  natureOfOwnership: 'Nature of indirect ownership', footnoteIds: 'Footnotes', conversionOrExercisePrice: 'Conversion or exercise price',
  exerciseDate: 'Date exercisable', expirationDate: 'Expiration date', underlyingTitle: 'Underlying security',
  underlyingShares: 'Underlying shares', underlyingValue: 'Underlying value',
  periodOfReport: 'Period of report', dateOfOriginalSubmission: 'Date of original submission', aff10b5One: 'Rule 10b5-1 box',
  notSubjectToSection16: 'No longer subject to Section 16', noSecuritiesOwned: 'No securities owned', remarks: 'Remarks', issuer: 'Issuer',
  name: 'Name', street1: 'Street', street2: 'Street (2)', city: 'City', state: 'State', zipCode: 'ZIP code', stateDescription: 'State or country',
  isDirector: 'Director', isOfficer: 'Officer', isTenPercentOwner: '10% owner', isOther: 'Other', officerTitle: 'Officer title', otherText: 'Other (text)',
  text: 'Text',
};
const PRICES = new Set(['pricePerShare', 'conversionOrExercisePrice']);
const DATES = new Set(['transactionDate', 'deemedExecutionDate', 'exerciseDate', 'expirationDate', 'periodOfReport', 'dateOfOriginalSubmission']);

/** A field's value as a reader wants it: numbers grouped, dates written out, nothing filed said so. */
function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'not filed';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return PRICES.has(field) ? formatPrice(value) : formatShares(value);
  if (typeof value === 'string') return DATES.has(field) ? formatLongDate(value) : value;
  if (Array.isArray(value)) return value.join(', ');
  // Footnote ids per field, or the issuer: "shares: F1", "name: Lam Research Corp".
  return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${LABELS[k]?.toLowerCase() ?? k}: ${show(k, v)}`).join('; ');
}

function Fields({ fields }: { fields: FieldChange[] }) {
  return (
    <ul className="mt-1 space-y-0.5">
      {fields.map((f) => (
        <li key={f.field}>
          <span className="font-medium">{LABELS[f.field] ?? f.field}</span>:{' '}
          <del className="text-rose-700 dark:text-rose-400">{show(f.field, f.before)}</del>
          {' → '}
          <ins className="text-emerald-700 no-underline dark:text-emerald-400">{show(f.field, f.after)}</ins>
        </li>
      ))}
    </ul>
  );
}

const TABLE = { nonDerivative: 'Table I', derivative: 'Table II' } as const;

/** "Sale of 3,690 Common Stock on November 1, 2024": enough to tell a line apart. */
function describeLine(r: { kind: string; code: string | null; shares: unknown; securityTitle: string | null; transactionDate: string | null; sharesOwnedAfter: unknown }): string {
  const what = r.kind === 'holding' ? `Holding of ${show('shares', r.sharesOwnedAfter)}` : `Code ${r.code ?? '—'}, ${show('shares', r.shares)} shares`;
  return `${what} of ${r.securityTitle ?? 'a security'}${r.transactionDate ? ` on ${formatLongDate(r.transactionDate)}` : ''}`;
}

function RowChange({ d }: { d: RowDiff }) {
  if (d.change === 'added') return <li><b>Added</b>: {TABLE[d.table]}, line {d.afterIndex + 1}: {describeLine(d.after)}</li>;
  if (d.change === 'removed') return <li><b>Removed</b>: {TABLE[d.table]}, line {d.beforeIndex + 1} of the original: {describeLine(d.before)}</li>;
  return (
    <li>
      <b>Changed</b>: {TABLE[d.table]}, line {d.afterIndex + 1}
      {d.beforeIndex !== d.afterIndex ? ` (line ${d.beforeIndex + 1} of the original)` : ''}: {describeLine(d.after)}
      <Fields fields={d.fields} />
    </li>
  );
}

function KeyedChange<T>({ d, name, describe }: { d: KeyedDiff<T>; name: string; describe: (v: T) => string }) {
  if (d.change === 'added') return <li><b>Added</b>: {name} {d.key}: {describe(d.after)}</li>;
  if (d.change === 'removed') return <li><b>Removed</b>: {name} {d.key}: {describe(d.before)}</li>;
  return <li><b>Changed</b>: {name} {d.key}<Fields fields={d.fields} /></li>;
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <h3 className="text-sm font-semibold">{title}</h3>
      <ul className="mt-1 list-disc space-y-1.5 pl-5">{children}</ul>
    </div>
  );
}

/** The difference on the amendment's page. */
export function AmendmentChanges({ original, diff, formType }: { original: { accession: string; formType: string; filedAt: string | null }; diff: AmendmentDiff; formType: string }) {
  const empty = diff.filing.length + diff.owners.length + diff.rows.length + diff.footnotes.length === 0;
  return (
    <section id="changes" aria-labelledby="changes-heading" className="mt-8 space-y-3 rounded-md border border-amber-300 p-4 text-sm dark:border-amber-700">
      <h2 id="changes-heading" className="text-base font-semibold tracking-tight">What this amendment changed</h2>
      <p className="text-zinc-600 dark:text-zinc-400">
        This Form {formType} against the Form {original.formType} it amends,{' '}
        <Link href={`/filings/${original.accession}`} className="link font-mono">{original.accession}</Link>
        {original.filedAt ? ` (filed ${formatLongDate(original.filedAt)})` : ''}, field by field.
        {diff.unchangedRows > 0 ? ` ${diff.unchangedRows} ${diff.unchangedRows === 1 ? 'line is' : 'lines are'} repeated unchanged.` : ''}
      </p>
      {empty ? <p>It changed nothing that was filed.</p> : null}
      {diff.filing.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold">The filing</h3>
          <Fields fields={diff.filing} />
        </div>
      ) : null}
      {diff.owners.length > 0 ? (
        <Group title="Reporting owners">
          {diff.owners.map((d) => <KeyedChange<FilingJsonOwner> key={d.key} d={d} name="CIK" describe={(o) => o.name ?? 'no name'} />)}
        </Group>
      ) : null}
      {diff.rows.length > 0 ? (
        <Group title="Lines of Tables I and II">
          {diff.rows.map((d, i) => <RowChange key={i} d={d} />)}
        </Group>
      ) : null}
      {diff.footnotes.length > 0 ? (
        <Group title="Footnotes">
          {diff.footnotes.map((d) => <KeyedChange<string> key={d.key} d={d} name="footnote" describe={(t) => t} />)}
        </Group>
      ) : null}
    </section>
  );
}

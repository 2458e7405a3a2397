import type { ReactNode } from 'react';
import type { FilingJsonRow } from '@/lib/domain/filing-json';
import type { FootnoteIndex } from '@/lib/domain/footnotes';
import { describeCode } from '@/lib/domain/transaction-codes';
import { formatShortDate } from '@/lib/format';
import type { FiledNumber, RowField } from '@/lib/parser/types';
import { Amount } from '@/components/ui/amount';
import { FootnoteMarks } from './footnote-marks';

// Headers, cells, striping, abbreviations and dates are styled by .form-table (app/styles/form-table.css): a
// big filing has a thousand cells.

/** One table cell: the value, then the markers of the footnotes filed on the fields it shows. */
export function Cell({
  row,
  fields,
  notes,
  marked,
  numeric = false,
  children,
}: {
  row: FilingJsonRow;
  fields: RowField[];
  notes: FootnoteIndex;
  /** Fields that carry a footnote somewhere in the table: numbers in those columns keep a slot for markers so they still line up. */
  marked: ReadonlySet<string>;
  numeric?: boolean;
  children?: ReactNode;
}) {
  const ids = fields.flatMap((field) => row.footnoteIds[field] ?? []);
  const marks = ids.length > 0 ? <FootnoteMarks ids={ids} notes={notes} /> : null;
  const reserve = numeric && fields.some((field) => marked.has(field));
  const after = reserve ? <span className="marks">{marks}</span> : marks;
  // Only what is there: on a server component an undefined prop or a null child is still written
  // into the page's RSC payload, and a big filing has a thousand cells.
  const content = after ? <>{children}{after}</> : children;
  return numeric ? <td className="num">{content}</td> : <td>{content}</td>;
}

/** Header of a numeric column whose cells keep a marker slot: padded so the label lines up with the numbers. */
export const reservedHeaderClass = 'pr-10';

/** The fields that have a footnote in any row of a table. */
export function markedFields(rows: readonly FilingJsonRow[]): Set<string> {
  return new Set(rows.flatMap((row) => Object.keys(row.footnoteIds)));
}

export function FiledDate({ value }: { value: string | null }) {
  if (!value) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? <time dateTime={value}>{formatShortDate(value)}</time> : <time>{formatShortDate(value)}</time>;
}

/** Shares, or the dollar value filed in their place (`transactionTotalValue`, `valueOwnedFollowingTransaction`). */
export function SharesOrValue({ shares, value }: { shares: FiledNumber; value: FiledNumber }) {
  if (shares !== null) return <Amount value={shares} as="shares" blank />;
  if (value === null) return null;
  return <span title="Dollar value, filed in place of a number of shares"><Amount value={value} as="price" blank /></span>;
}

export function Code({ row }: { row: FilingJsonRow }) {
  if (!row.code) return null;
  const meaning = describeCode(row.code) ?? 'Transaction code not in the SEC list';
  return (
    <span className="whitespace-nowrap">
      <abbr title={meaning} className="font-mono font-semibold">{row.code}</abbr>
      <span className="sr-only"> ({meaning})</span>
      {row.equitySwapInvolved ? (
        <span title="Equity swap involved" className="ml-1 rounded bg-amber-100 px-1 text-[10px] font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-200">
          swap
        </span>
      ) : null}
    </span>
  );
}

/** The form's V column: E (voluntarily reported early) shows as V; L (late) as L. */
export function Timeliness({ value }: { value: string | null }) {
  if (!value) return null;
  const upper = value.toUpperCase();
  if (upper === 'E') return <abbr title="Voluntarily reported earlier than required">V</abbr>;
  if (upper === 'L') return <abbr title="Reported late">L</abbr>;
  return <>{value}</>;
}

export function OwnershipForm({ value }: { value: string | null }) {
  if (!value) return null;
  const upper = value.toUpperCase();
  const meaning = upper === 'D' ? 'Direct' : upper === 'I' ? 'Indirect' : null;
  return meaning ? <abbr title={meaning}>{upper}</abbr> : <>{value}</>;
}

export function AcquiredDisposed({ value }: { value: string | null }) {
  if (!value) return null;
  const upper = value.toUpperCase();
  const meaning = upper === 'A' ? 'Acquired' : upper === 'D' ? 'Disposed of' : null;
  return meaning ? <abbr title={meaning}>{upper}</abbr> : <>{value}</>;
}

export function HoldingBadge() {
  return (
    <span className="ml-1.5 inline-block rounded border border-zinc-300 px-1 text-[10px] font-medium uppercase tracking-wide text-zinc-600 dark:border-zinc-600 dark:text-zinc-400">
      Holding
    </span>
  );
}

/** The codes a table uses, spelled out under it (a title attribute alone is out of reach on touch screens). */
export function CodeLegend({ rows }: { rows: readonly FilingJsonRow[] }) {
  const codes = [...new Set(rows.map((r) => r.code?.toUpperCase()).filter((c): c is string => !!c))].sort();
  if (codes.length === 0) return null;
  return (
    <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
      {codes.map((code) => (
        <div key={code} className="flex gap-1">
          <dt className="font-mono font-semibold text-zinc-800 dark:text-zinc-200">{code}</dt>
          <dd>{describeCode(code) ?? 'Not in the SEC list of codes'}</dd>
        </div>
      ))}
    </dl>
  );
}

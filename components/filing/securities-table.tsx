import type { ReactNode } from 'react';
import type { FilingJsonRow } from '@/lib/domain/filing-json';
import { CodeLegend, HoldingBadge, markedFields, reservedHeaderClass } from './cells';
import { FootnoteMarks } from './footnote-marks';
import { countOf, EmptyTable, FormTable } from './form-table';
import type { FootnoteIndex } from '@/lib/domain/footnotes';

/** A column of the paper form after the first (the title of the security), labelled as the form numbers it. */
export type FormColumn = { label: string; numeric?: boolean; title?: string; fields?: string[] };

/** `columns` with the one labelled `label` relabelled (a form that names one column otherwise). */
export function relabel(columns: readonly FormColumn[], label: string, to: Pick<FormColumn, 'label' | 'title'>): FormColumn[] {
  return columns.map((c) => (c.label === label ? { ...c, ...to } : c));
}

/** A header's title and classes, left out when it has none (an undefined prop still goes into the RSC payload). */
function headerProps(c: FormColumn, marked: ReadonlySet<string>): { title?: string; className?: string } {
  const className = [c.numeric ? 'text-right' : '', c.fields?.some((f) => marked.has(f)) ? reservedHeaderClass : ''].join(' ').trim();
  return { ...(c.title ? { title: c.title } : {}), ...(className ? { className } : {}) };
}

/** What every cell of a row needs (spread into `Cell`). */
export type RowCellProps<Row> = { row: Row; notes: FootnoteIndex; marked: ReadonlySet<string> };

/**
 * Table I or Table II of the form: the title of the security heads each row (with its footnotes and a
 * badge on holdings), then the table's own columns; the codes used are spelled out underneath.
 */
export function SecuritiesTable<Row extends FilingJsonRow>({
  id,
  variant,
  title,
  emptyText,
  titleHeader,
  columns,
  rows,
  notes,
  cells,
  holdingBadges = true,
}: {
  id: string;
  /** FormTable's variant. */
  variant?: string;
  title: string;
  emptyText: string;
  /** The first column's header: the form's column 1. */
  titleHeader: string;
  columns: readonly FormColumn[];
  rows: Row[];
  notes: FootnoteIndex;
  /** The row's cells after the title, one per column. */
  cells: (props: RowCellProps<Row>) => ReactNode;
  /** A badge on each holding, set apart from the transactions (not on a form that reports holdings alone). */
  holdingBadges?: boolean;
}) {
  if (rows.length === 0) return <EmptyTable id={id} title={title} text={emptyText} />;
  const transactions = rows.filter((r) => r.kind === 'transaction').length;
  const marked = markedFields(rows);
  return (
    <FormTable
      id={id}
      variant={variant}
      title={title}
      caption={`${title}: ${countOf(transactions, 'transaction')} and ${countOf(rows.length - transactions, 'holding')}, in the order filed`}
      headers={
        <>
          <th scope="col" className="min-w-40">{titleHeader}</th>
          {columns.map((c) => (
            <th key={c.label} scope="col" {...headerProps(c, marked)}>
              {c.label}
            </th>
          ))}
        </>
      }
      footer={<CodeLegend rows={rows} />}
    >
      {rows.map((row, i) => {
        return (
          <tr key={i}>
            <th scope="row">
              {row.securityTitle}
              <FootnoteMarks ids={row.footnoteIds.securityTitle} notes={notes} />
              {holdingBadges && row.kind === 'holding' ? <HoldingBadge /> : null}
            </th>
            {cells({ row, notes, marked })}
          </tr>
        );
      })}
    </FormTable>
  );
}

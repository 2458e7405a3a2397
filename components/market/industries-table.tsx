// Open-market buying and selling by industry, one row an industry: its purchases and sales (lines,
// companies, dollars), each count linking to those lines on the screener.
import type { IndustryActivity } from '@/db/queries/industries';
import { industryLabel } from '@/lib/domain/industry';
import { formatDollars } from '@/lib/format';
import { ListTable, type ListColumn } from '@/components/ui/list-table';

const COLUMNS: readonly ListColumn[] = [
  { label: 'Industry' },
  { label: 'Companies buying', numeric: true },
  { label: 'Purchases', numeric: true },
  { label: 'Bought', numeric: true },
  { label: 'Companies selling', numeric: true },
  { label: 'Sales', numeric: true },
  { label: 'Sold', numeric: true },
];

/** Cells styled by position: the industry kept readable, the numbers right. */
const TABLE_CLASS = '[&>tbody>tr>td:nth-child(1)]:min-w-64 [&>tbody>tr>td:nth-child(n+2)]:text-right [&>tbody>tr>td:nth-child(n+2)]:tabular-nums';

const count = (n: number) => n.toLocaleString('en-US');
/** A side's dollars, or a dash where it has no line. */
const dollars = (side: { trades: number; value: number }) => (side.trades > 0 ? formatDollars(side.value) : '—');

export function IndustriesTable({ rows, tradesHref, caption }: {
  rows: IndustryActivity[];
  /** The screener's view of an industry's purchases (P) or sales (S). */
  tradesHref: (sic: string, code: 'P' | 'S') => string;
  caption: string;
}) {
  return (
    <ListTable label={caption} caption={caption} columns={COLUMNS} className={TABLE_CLASS}>
      {rows.map(({ industry, buys, sells }) => (
        <tr key={industry?.sic ?? 'none'}>
          <td>{industry ? industryLabel(industry) : 'No code (companies known only from bare XMLs or data sets)'}</td>
          <td>{count(buys.issuers)}</td>
          <td>{industry && buys.trades > 0 ? <a href={tradesHref(industry.sic, 'P')}>{count(buys.trades)}</a> : count(buys.trades)}</td>
          <td>{dollars(buys)}</td>
          <td>{count(sells.issuers)}</td>
          <td>{industry && sells.trades > 0 ? <a href={tradesHref(industry.sic, 'S')}>{count(sells.trades)}</a> : count(sells.trades)}</td>
          <td>{dollars(sells)}</td>
        </tr>
      ))}
    </ListTable>
  );
}

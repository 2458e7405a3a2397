// Open-market buying and selling by industry, one row an industry: its purchases and sales (lines,
// companies, dollars), each count linking to those lines on the screener. Cells carry no class (the
// table lays its columns out), as the clusters table.
import type { IndustryActivity } from '@/db/queries/industries';
import { industryLabel } from '@/lib/domain/industry';
import { formatDollars } from '@/lib/format';

const TABLE_CLASS = [
  'data-table tx-table hover-rows',
  '[&>tbody>tr>td:nth-child(1)]:min-w-64',
  '[&>tbody>tr>td:nth-child(n+2)]:text-right [&>tbody>tr>td:nth-child(n+2)]:tabular-nums',
].join(' ');

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
    <div className="table-box overflow-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className={TABLE_CLASS}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Industry</th>
            <th scope="col" className="text-right">Companies buying</th>
            <th scope="col" className="text-right">Purchases</th>
            <th scope="col" className="text-right">Bought</th>
            <th scope="col" className="text-right">Companies selling</th>
            <th scope="col" className="text-right">Sales</th>
            <th scope="col" className="text-right">Sold</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ industry, buys, sells }) => (
            <tr key={industry?.sic ?? 'none'}>
              <td>{industry ? industryLabel(industry) : 'No code (bare XMLs, data sets’ copies)'}</td>
              <td>{count(buys.issuers)}</td>
              <td>{industry && buys.trades > 0 ? <a href={tradesHref(industry.sic, 'P')}>{count(buys.trades)}</a> : count(buys.trades)}</td>
              <td>{dollars(buys)}</td>
              <td>{count(sells.issuers)}</td>
              <td>{industry && sells.trades > 0 ? <a href={tradesHref(industry.sic, 'S')}>{count(sells.trades)}</a> : count(sells.trades)}</td>
              <td>{dollars(sells)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

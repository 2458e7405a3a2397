'use client';

import { formatDollars, formatShares } from '@/lib/format';

// The buying and selling totals as a client island: each period goes once as a short tuple, where a
// server component's table is written twice (HTML and RSC payload). Cells are styled by .data-table
// and .totals-table (app/styles/pages.css): numbers right, each on one line, no class on each cell.

/** Trades, shares, value, insiders. */
type Totals = [count: number, shares: number, value: number, insiders: number];
/** [months, "since June 13, 2025", purchases, sales]. */
export type PeriodTuple = [months: number, since: string, buys: Totals, sells: Totals];

function TotalsCells({ t: [count, shares, value, insiders], tone }: { t: Totals; tone: string }) {
  if (count === 0) {
    return (
      <>
        <td className="muted">0</td>
        <td className="muted">—</td>
        <td className="muted">—</td>
        <td className="muted">0</td>
      </>
    );
  }
  return (
    <>
      <td>{formatShares(count)}</td>
      <td>{formatShares(shares)}</td>
      <td className={tone}>{formatDollars(value)}</td>
      <td>{formatShares(insiders)}</td>
    </>
  );
}

const LABELS = ['Trades', 'Shares', 'Value', 'Insiders'];

export function BuySellTable({ periods }: { periods: PeriodTuple[] }) {
  return (
    <div className="table-box overflow-x-auto" role="region" aria-label="Buying and selling by period" tabIndex={0}>
      <table className="data-table totals-table">
        <caption className="sr-only">Open-market purchases and sales over 3, 6 and 12 months</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="align-bottom">Period</th>
            <th scope="colgroup" colSpan={4} className="text-center">Bought (P)</th>
            <th scope="colgroup" colSpan={4} className="text-center">Sold (S)</th>
          </tr>
          <tr>
            {[...LABELS, ...LABELS].map((label, i) => <th key={i} scope="col">{label}</th>)}
          </tr>
        </thead>
        <tbody>
          {periods.map(([months, since, buys, sells]) => (
            <tr key={months}>
              <th scope="row">
                {`${months} months`}
                <span>{`since ${since}`}</span>
              </th>
              <TotalsCells t={buys} tone="tone-buy" />
              <TotalsCells t={sells} tone="tone-sell" />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { formatDollars, formatShares } from '@/lib/format';
import { ChartSvg, ChartTable, XAxis, YAxis } from './chart-parts';
import { monthlyGeometry } from './geometry';

/** One month of open-market trades (db/queries/monthly-trades.ts gives these). */
export type MonthlyTradesMonth = { month: string; purchases: number; purchaseValue: number; sales: number; saleValue: number };

const monthName = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const formatMonth = (month: string) => monthName.format(Date.parse(`${month}-01T00:00:00Z`));

const BUY = 'text-emerald-600 dark:text-emerald-400';
const SELL = 'text-rose-600 dark:text-rose-400';

/**
 * Insiders' open-market purchases (P, bars up) and sales (S, bars down) at an issuer by calendar
 * month, in dollars; lines with suspect values are left out and counted under the chart.
 */
export function MonthlyTradesChart({ issuer, months, from, to, flagged }: { issuer: string; months: MonthlyTradesMonth[]; from: string | null; to: string | null; flagged: number }) {
  const flaggedNote = flagged > 0 ? (
    <p className="text-xs text-zinc-600 dark:text-zinc-400">
      {formatShares(flagged)} {flagged === 1 ? 'purchase or sale is' : 'purchases or sales are'} left out of these totals because
      a value filed on {flagged === 1 ? 'it looks' : 'each looks'} wrong (flagged as suspect, kept as filed).
    </p>
  ) : null;
  if (!from || !to || months.length === 0) {
    return (
      <section aria-labelledby="monthly-trades-title" className="space-y-2">
        <h2 id="monthly-trades-title" className="text-base font-semibold tracking-tight">Purchases and sales by month</h2>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">No open-market purchases or sales (codes P and S) to chart.</p>
        {flaggedNote}
      </section>
    );
  }
  const g = monthlyGeometry(from, to, months);
  const bought = months.reduce((sum, m) => sum + m.purchaseValue, 0);
  const sold = months.reduce((sum, m) => sum + m.saleValue, 0);
  const title = `Insider purchases and sales of ${issuer} by month`;
  const desc = `From ${formatMonth(from)} to ${formatMonth(to)}: ${formatDollars(bought)} bought in open-market purchases, ${formatDollars(sold)} sold in open-market sales.`;

  return (
    <section aria-labelledby="monthly-trades-title" className="space-y-2">
      <h2 id="monthly-trades-title" className="text-base font-semibold tracking-tight">Purchases and sales by month</h2>
      <p className="text-sm text-zinc-500 dark:text-zinc-400">
        Dollar value of open-market purchases (code P, <span className={BUY}>up</span>) and sales (code S,{' '}
        <span className={SELL}>down</span>) by month of the transaction, {formatMonth(from)} to {formatMonth(to)}.
      </p>
      <ChartSvg titleId="monthly-trades-svg-title" descId="monthly-trades-svg-desc" title={title} desc={desc}>
        <YAxis ticks={g.yTicks} strong={g.zero} />
        <XAxis ticks={g.xTicks} />
        {g.bars.map((b, i) => {
          const m = months[i]!;
          return (
            <g key={b.month}>
              {b.buyHeight > 0 ? (
                <rect x={b.x} y={b.buyY} width={b.width} height={b.buyHeight} fill="currentColor" className={BUY} data-bar="purchases">
                  <title>{`${formatMonth(m.month)}: ${formatShares(m.purchases)} purchases, ${formatDollars(m.purchaseValue)}`}</title>
                </rect>
              ) : null}
              {b.sellHeight > 0 ? (
                <rect x={b.x} y={b.sellY} width={b.width} height={b.sellHeight} fill="currentColor" className={SELL} data-bar="sales">
                  <title>{`${formatMonth(m.month)}: ${formatShares(m.sales)} sales, ${formatDollars(m.saleValue)}`}</title>
                </rect>
              ) : null}
            </g>
          );
        })}
      </ChartSvg>
      {flaggedNote}
      <ChartTable summary="Purchases and sales by month as a table" caption={`Open-market purchases and sales by month, ${formatMonth(from)} to ${formatMonth(to)}`}>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col" className="text-right">Purchases</th>
            <th scope="col" className="text-right">Value bought</th>
            <th scope="col" className="text-right">Sales</th>
            <th scope="col" className="text-right">Value sold</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row" className="whitespace-nowrap text-left font-normal">{formatMonth(m.month)}</th>
              <td className="num">{formatShares(m.purchases)}</td>
              <td className="num">{m.purchases > 0 ? formatDollars(m.purchaseValue) : '—'}</td>
              <td className="num">{formatShares(m.sales)}</td>
              <td className="num">{m.sales > 0 ? formatDollars(m.saleValue) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </section>
  );
}

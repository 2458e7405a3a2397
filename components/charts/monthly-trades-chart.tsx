import type { ComponentProps } from 'react';
import { formatDollars, formatShares } from '@/lib/format';
import { monthlyGeometry } from './geometry';
import { formatMonth } from './month-label';
import { MonthlyTradesPlot, type PlotData } from './monthly-trades-plot';

/** One month of open-market trades (db/queries/monthly-trades.ts gives these). */
export type MonthlyTradesMonth = { month: string; purchases: number; purchaseValue: number; sales: number; saleValue: number };

type Plot = { span: string; plot: Omit<ComponentProps<typeof MonthlyTradesPlot>, 'note'> };

// The scales, ticks and texts of an issuer's chart, kept per months array: the page's reads are kept
// until the database changes (db/queries/cache.ts), so the same array comes back for every request
// until then, and an ingest brings a new one.
const plots = new WeakMap<MonthlyTradesMonth[], { issuer: string; from: string; to: string; plot: Plot }>();

function plotOf(issuer: string, from: string, to: string, months: MonthlyTradesMonth[]): Plot {
  const kept = plots.get(months);
  if (kept && kept.issuer === issuer && kept.from === from && kept.to === to) return kept.plot;
  const g = monthlyGeometry(from, to, months);
  const bought = months.reduce((sum, m) => sum + m.purchaseValue, 0);
  const sold = months.reduce((sum, m) => sum + m.saleValue, 0);
  const span = `${formatMonth(from)} to ${formatMonth(to)}`;
  const plot: Plot = {
    span,
    plot: {
      data: JSON.stringify([
        months.map((m) => [m.month, m.purchases, m.purchaseValue, m.sales, m.saleValue]),
        g.bars.map((b) => [b.x, b.buyY, b.buyHeight, b.sellHeight]),
        g.xTicks.map((t) => [t.at, t.label]),
        g.yTicks.map((t) => [t.at, t.label]),
      ] satisfies PlotData),
      barWidth: g.bars[0]?.width ?? 0,
      zero: g.zero,
      title: `Insider purchases and sales of ${issuer} by month`,
      desc: `From ${span}: ${formatDollars(bought)} bought in open-market purchases, ${formatDollars(sold)} sold in open-market sales.`,
      caption: `Open-market purchases and sales by month, ${span}`,
    },
  };
  plots.set(months, { issuer, from, to, plot });
  return plot;
}

/**
 * Insiders' open-market purchases (P, bars up) and sales (S, bars down) at an issuer by calendar
 * month, in dollars; lines with suspect values are left out and counted under the chart.
 */
export function MonthlyTradesChart({ issuer, months, from, to, flagged }: { issuer: string; months: MonthlyTradesMonth[]; from: string | null; to: string | null; flagged: number }) {
  const flaggedNote = flagged > 0 ? (
    <p className="text-xs muted">
      {formatShares(flagged)} {flagged === 1 ? 'purchase or sale is' : 'purchases or sales are'} left out of these totals because
      a value filed on {flagged === 1 ? 'it looks' : 'each looks'} wrong (flagged as suspect, kept as filed).
    </p>
  ) : null;
  const heading = <h2 id="monthly-trades-title" className="section-title">Purchases and sales by month</h2>;
  if (!from || !to || months.length === 0) {
    return (
      <section aria-labelledby="monthly-trades-title" className="space-y-2">
        {heading}
        <p className="text-sm muted">No open-market purchases or sales (codes P and S) to chart.</p>
        {flaggedNote}
      </section>
    );
  }
  const { span, plot } = plotOf(issuer, from, to, months);

  return (
    <section aria-labelledby="monthly-trades-title" className="space-y-2">
      {heading}
      <p className="text-sm muted">
        Dollar value of open-market purchases (code P, <span className="tone-buy">up</span>) and sales (code S,{' '}
        <span className="tone-sell">down</span>) by month of the transaction, {span}.
      </p>
      <MonthlyTradesPlot {...plot} note={flaggedNote} />
    </section>
  );
}

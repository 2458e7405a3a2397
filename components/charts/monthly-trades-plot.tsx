'use client';

import { useMemo, type ReactNode } from 'react';
import { formatDollars, formatShares } from '@/lib/format';
import { ChartSvg, ChartTable, XAxis, YAxis } from './chart-parts';
import type { Tick } from './geometry';
import { formatMonth } from './month-label';

// The drawing and the table behind it, as a client island: each month is sent to the browser once,
// as a few numbers, instead of twice as markup (in the HTML and again in the RSC payload). Scales
// and ticks are computed on the server (d3 stays off the browser's bundle). They come as one JSON
// text (PlotData): the RSC payload serializes and parses an array value by value, a string at once.

/** One month: [YYYY-MM, purchases, value bought, sales, value sold]. */
export type MonthTuple = [month: string, purchases: number, purchaseValue: number, sales: number, saleValue: number];
/** One month's bars: [x, top of the purchases bar, its height, its sales bar's height] (sales hang from the zero line). */
export type BarTuple = [x: number, buyY: number, buyHeight: number, sellHeight: number];

/** A tick: [position, label]. */
export type TickTuple = [at: number, label: string];
/** What `data` holds, as JSON: the months, their bars, the x and the y ticks. */
export type PlotData = [months: MonthTuple[], bars: BarTuple[], xTicks: TickTuple[], yTicks: TickTuple[]];

const toTicks = (ticks: TickTuple[]): Tick[] => ticks.map(([at, label]) => ({ at, label }));

export function MonthlyTradesPlot({ data, barWidth, zero, title, desc, caption, note }: {
  /** PlotData's JSON text. */
  data: string;
  barWidth: number;
  zero: number;
  title: string;
  desc: string;
  caption: string;
  /** Shown between the drawing and the table (lines left out of the totals). */
  note?: ReactNode;
}) {
  const { months, bars, xTicks, yTicks } = useMemo(() => {
    const [months, bars, xTicks, yTicks] = JSON.parse(data) as PlotData;
    return { months, bars, xTicks: toTicks(xTicks), yTicks: toTicks(yTicks) };
  }, [data]);
  return (
    <>
      <ChartSvg titleId="monthly-trades-svg-title" descId="monthly-trades-svg-desc" title={title} desc={desc}>
        <YAxis ticks={yTicks} strong={zero} />
        <XAxis ticks={xTicks} />
        {/* One fill per series, set on its group: bars carry only their box and tooltip. */}
        <g fill="currentColor" className="tone-buy">
          {bars.map(([x, y, height], i) => height > 0 ? (
            <rect key={i} x={x} y={y} width={barWidth} height={height} data-bar="purchases">
              <title>{`${formatMonth(months[i]![0])}: ${formatShares(months[i]![1])} purchases, ${formatDollars(months[i]![2])}`}</title>
            </rect>
          ) : null)}
        </g>
        <g fill="currentColor" className="tone-sell">
          {bars.map(([x, , , height], i) => height > 0 ? (
            <rect key={i} x={x} y={zero} width={barWidth} height={height} data-bar="sales">
              <title>{`${formatMonth(months[i]![0])}: ${formatShares(months[i]![3])} sales, ${formatDollars(months[i]![4])}`}</title>
            </rect>
          ) : null)}
        </g>
      </ChartSvg>
      {note}
      <ChartTable summary="Purchases and sales by month as a table" caption={caption}>
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
          {months.map(([month, purchases, purchaseValue, sales, saleValue]) => (
            <tr key={month}>
              <th scope="row" className="whitespace-nowrap text-left font-normal">{formatMonth(month)}</th>
              <td className="num">{formatShares(purchases)}</td>
              <td className="num">{purchases > 0 ? formatDollars(purchaseValue) : '—'}</td>
              <td className="num">{formatShares(sales)}</td>
              <td className="num">{sales > 0 ? formatDollars(saleValue) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </>
  );
}

'use client';

import { describeCode } from '@/lib/domain/transaction-codes';
import { formatShares, formatShortDate } from '@/lib/format';
import { ChartSvg, ChartTable, XAxis, YAxis } from './chart-parts';
import { CHART, type Tick } from './geometry';
import { KINDS } from './holdings-kinds';

// The drawing and the table behind it, as a client island: each step is sent to the browser once, as
// a few values, instead of twice as markup (in the HTML and again in the RSC payload). Scales, paths
// and ticks are computed on the server (d3 stays off the browser's bundle).

/** One transaction: [date, code, D or I, shares held after]. */
export type StepTuple = [date: string, code: string | null, directOrIndirect: 'D' | 'I', sharesOwnedAfter: number];
/** One step on a line: [x, y, index in the steps, 1 when its code's letter is written above it]. */
export type PointTuple = [x: number, y: number, step: number, labelled: 0 | 1];
export type PlotLine = { key: 'D' | 'I'; path: string; points: PointTuple[] };


function stepTitle([date, code, di, shares]: StepTuple): string {
  const meaning = describeCode(code);
  return `${formatShortDate(date)}: ${code ?? 'no code'}${meaning ? ` (${meaning})` : ''}, ${formatShares(shares)} shares held ${KINDS[di].label.toLowerCase()}ly after`;
}

export function HoldingsPlot({ id, title, desc, caption, steps, lines, xTicks, yTicks }: {
  id: string;
  title: string;
  desc: string;
  caption: string;
  steps: StepTuple[];
  lines: PlotLine[];
  xTicks: Tick[];
  yTicks: Tick[];
}) {
  return (
    <>
      <ChartSvg titleId={`${id}-title`} descId={`${id}-desc`} title={title} desc={desc}>
        <YAxis ticks={yTicks} />
        <XAxis ticks={xTicks} />
        {lines.map((l) => (
          // Shared attributes on the group: each step writes only its own.
          <g key={l.key} className={KINDS[l.key].className} fill="currentColor" textAnchor="middle" fontSize={10} fontWeight={600}>
            <path d={l.path} fill="none" stroke="currentColor" strokeWidth={2} strokeDasharray={KINDS[l.key].dash} />
            {l.points.map(([x, y, step, labelled]) => (
              <g key={step}>
                <circle cx={x} cy={y} r={3} data-step={l.key}>
                  <title>{stepTitle(steps[step]!)}</title>
                </circle>
                {labelled ? <text x={x} y={Math.max(CHART.top, y - 7)} aria-hidden="true">{steps[step]![1]}</text> : null}
              </g>
            ))}
          </g>
        ))}
      </ChartSvg>
      <p className="flex flex-wrap gap-x-4 text-xs text-zinc-600 dark:text-zinc-400" aria-hidden="true">
        {lines.map((l) => (
          <span key={l.key} className="inline-flex items-center gap-1.5">
            <svg width="22" height="8" className={KINDS[l.key].className}><line x1="1" x2="21" y1="4" y2="4" stroke="currentColor" strokeWidth={2} strokeDasharray={KINDS[l.key].dash} /></svg>
            {KINDS[l.key].label}
          </span>
        ))}
        <span>Letters: each step&rsquo;s transaction code</span>
      </p>
      <ChartTable summary="Holdings as a table" caption={caption}>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Code</th>
            <th scope="col">Ownership</th>
            <th scope="col" className="text-right">Shares held after</th>
          </tr>
        </thead>
        <tbody>
          {steps.map(([date, code, di, shares], i) => (
            <tr key={i}>
              <td className="whitespace-nowrap">{formatShortDate(date)}</td>
              <td className="code"><b>{code ?? '—'}</b>{describeCode(code) ? <span>{describeCode(code)}</span> : null}</td>
              <td>{KINDS[di].label}</td>
              <td className="num">{formatShares(shares)}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </>
  );
}

'use client';

import { ChartSvg, ChartTable, XAxis, YAxis } from './chart-parts';
import type { Tick } from './geometry';
import { KINDS } from './holdings-kinds';
import { elementsOf } from './holdings-markup';

// The drawing and the table behind it, as a client island: each step is sent to the browser once, as
// a line of text (encodeSteps), instead of twice as markup (in the HTML and again in the RSC payload).
// Scales, paths and the dots' places are computed on the server (d3 stays off the browser's bundle);
// the dots and rows are built once per chart (holdings-markup.tsx).

export type PlotLine = { key: 'D' | 'I'; path: string };

export function HoldingsPlot({ id, title, desc, caption, steps, lines, xTicks, yTicks }: {
  id: string;
  title: string;
  desc: string;
  caption: string;
  /** encodeSteps of the chart's steps, oldest first. */
  steps: string;
  lines: PlotLine[];
  xTicks: Tick[];
  yTicks: Tick[];
}) {
  const { marks, rows } = elementsOf(steps, lines.map((l) => l.key));
  return (
    <>
      <ChartSvg titleId={`${id}-title`} descId={`${id}-desc`} title={title} desc={desc}>
        <YAxis ticks={yTicks} />
        <XAxis ticks={xTicks} />
        {lines.map((l) => (
          // Shared attributes on the group: each step writes only its own.
          <g key={l.key} data-line={l.key} className={KINDS[l.key].className} fill="currentColor" textAnchor="middle" fontSize={10} fontWeight={600}>
            <path d={l.path} fill="none" stroke="currentColor" strokeWidth={2} strokeDasharray={KINDS[l.key].dash} />
            {marks[l.key]}
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
      {/* Dates on one line: the rule is on the table, not on each row's cell. */}
      <ChartTable summary="Holdings as a table" caption={caption} className="[&>tbody>tr>td:first-child]:whitespace-nowrap">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Code</th>
            <th scope="col">Ownership</th>
            <th scope="col" className="text-right">Shares held after</th>
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </ChartTable>
    </>
  );
}

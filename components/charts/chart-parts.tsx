import type { ReactNode } from 'react';
import { CHART, type Tick } from './geometry';

// What both charts draw the same way: the SVG box (scales to its container's width up to 768 px;
// scrolls sideways below 440 px so its text stays readable on a phone) and the axes' labels and
// grid lines. Colours come from currentColor and Tailwind's dark: classes, so the chart follows the
// page's colour scheme.

export function ChartSvg({ titleId, descId, title, desc, children }: { titleId: string; descId: string; title: string; desc: string; children: ReactNode }) {
  return (
    // At most 768 px wide: the text grows with the drawing, and 12 units stay near 14 px.
    <div className="relative max-w-3xl overflow-x-auto" role="region" aria-labelledby={titleId} tabIndex={0}>
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        className="block h-auto w-full min-w-[440px] text-zinc-500 dark:text-zinc-400"
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        fontSize={12}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{desc}</desc>
        {children}
      </svg>
    </div>
  );
}

// Grid lines are one path per stroke, and the labels share their attributes through their group:
// a chart's axes are a few elements, not a <g> per tick.

/** Horizontal grid lines with their labels on the left; `strong` is drawn solid (a zero line). */
export function YAxis({ ticks, strong }: { ticks: Tick[]; strong?: number }) {
  const across = (y: number) => `M${CHART.left} ${y}H${CHART.width - CHART.right}`;
  return (
    <g aria-hidden="true">
      <path d={ticks.filter((t) => t.at !== strong).map((t) => across(t.at)).join('')} fill="none" stroke="currentColor" strokeOpacity={0.2} />
      {strong === undefined ? null : <path d={across(strong)} fill="none" stroke="currentColor" strokeOpacity={0.8} />}
      <g fill="currentColor" textAnchor="end">
        {ticks.map((t) => <text key={t.at} x={CHART.left - 6} y={t.at} dy="0.32em">{t.label}</text>)}
      </g>
    </g>
  );
}

/**
 * Whether a label centred on its tick would run past the drawing's right edge ("Dec 28" on the axis's
 * last tick): it then ends at its tick. About 0.6 em a character at the axes' 12 units.
 */
const overflowsRight = (t: Tick) => t.at + (t.label.length * 7.2) / 2 > CHART.width;

export function XAxis({ ticks }: { ticks: Tick[] }) {
  const y = CHART.height - CHART.bottom;
  return (
    <g aria-hidden="true">
      <path d={`M${CHART.left} ${y}H${CHART.width - CHART.right}`} fill="none" stroke="currentColor" strokeOpacity={0.5} />
      <path d={ticks.map((t) => `M${t.at} ${y}v4`).join('')} fill="none" stroke="currentColor" />
      <g fill="currentColor" textAnchor="middle">
        {ticks.map((t) => <text key={t.at} x={t.at} y={y + 16} {...(overflowsRight(t) ? { textAnchor: 'end' } : {})}>{t.label}</text>)}
      </g>
    </g>
  );
}

/** The numbers behind a chart, folded away: a native <details>, so it opens without JavaScript. */
export function ChartTable({ summary, caption, className = '', children }: { summary: string; caption: string; className?: string; children: ReactNode }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-sky-700 dark:text-sky-400">{summary}</summary>
      <div className="table-box mt-2 max-h-96 overflow-auto" role="region" aria-label={caption} tabIndex={0}>
        <table className={`data-table sticky-head ${className}`}>
          <caption className="sr-only">{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}

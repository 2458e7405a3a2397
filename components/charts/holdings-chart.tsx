import { formatShares, formatShortDate } from '@/lib/format';
import { holdingsGeometry, type StepPoint, type Tick } from './geometry';
import { KINDS } from './holdings-kinds';
import { encodeSteps, type PlotStep } from './holdings-markup';
import { HoldingsPlot, type PlotLine } from './holdings-plot';

/** One Table I transaction and the shares held after it (db/queries/holdings-series.ts gives these). */
export type HoldingsChartStep = { date: string; code: string | null; directOrIndirect: 'D' | 'I'; sharesOwnedAfter: number };

/** The drawing of a chart's steps: d3's scales and paths, and the steps placed on them. */
type Drawing = { lines: PlotLine[]; xTicks: Tick[]; yTicks: Tick[]; steps: string; lastShares: [key: 'D' | 'I', shares: number][] };

// The same steps draw the same chart: the page's queries keep their results until the database
// changes, so a chart is drawn once per result, not on every request.
const drawings = new WeakMap<readonly HoldingsChartStep[], Drawing>();

function draw(steps: readonly HoldingsChartStep[]): Drawing {
  const kinds = (['D', 'I'] as const)
    .map((key) => ({ key, points: steps.filter((s) => s.directOrIndirect === key).map((s): StepPoint => ({ date: s.date, shares: s.sharesOwnedAfter, code: s.code })) }))
    .filter((k) => k.points.length > 0);
  const g = holdingsGeometry(kinds);
  // Each line's points are its kind's steps in order.
  const next = { D: 0, I: 0 };
  const points = Object.fromEntries(g.lines.map((l) => [l.key, l.points]));
  const placed = steps.map((s): PlotStep => {
    const p = points[s.directOrIndirect]![next[s.directOrIndirect]++]!;
    return { date: s.date, code: s.code, directOrIndirect: s.directOrIndirect, sharesOwnedAfter: s.sharesOwnedAfter, x: p.x, y: p.y };
  });
  return {
    lines: g.lines.map((l) => ({ key: l.key, path: l.path })),
    xTicks: g.xTicks,
    yTicks: g.yTicks,
    steps: encodeSteps(placed),
    lastShares: g.lines.map((l) => [l.key, l.points.at(-1)!.shares]),
  };
}

/**
 * Shares of one issuer a person held after each transaction of Table I, direct and indirect as two
 * step lines; each step is one transaction, marked with its code. The numbers are also a table.
 */
export function HoldingsChart({ id, issuer, person, steps, totalSteps }: { id: string; issuer: string; person: string; steps: HoldingsChartStep[]; totalSteps: number }) {
  if (steps.length === 0) return null;
  let g = drawings.get(steps);
  if (!g) drawings.set(steps, (g = draw(steps)));
  const first = steps[0]!.date;
  const last = steps[steps.length - 1]!.date;
  const title = `Shares of ${issuer} held by ${person}`;
  const desc = `${steps.length.toLocaleString('en-US')} transactions from ${formatShortDate(first)} to ${formatShortDate(last)}; ` +
    g.lastShares.map(([key, shares]) => `${KINDS[key].label.toLowerCase()} holdings ${formatShares(shares)} shares after the last`).join(', ') + '.';

  return (
    <figure className="min-w-0 space-y-2" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="text-sm font-medium">
        {issuer}
        <span className="ml-2 font-normal text-zinc-500 dark:text-zinc-400">
          {steps.length < totalSteps
            ? `latest ${steps.length.toLocaleString('en-US')} of ${totalSteps.toLocaleString('en-US')} transactions`
            : `${steps.length.toLocaleString('en-US')} ${steps.length === 1 ? 'transaction' : 'transactions'}`}
        </span>
      </figcaption>
      <HoldingsPlot
        id={id}
        title={title}
        desc={desc}
        caption={`${title}, after each transaction`}
        steps={g.steps}
        lines={g.lines}
        xTicks={g.xTicks}
        yTicks={g.yTicks}
      />
    </figure>
  );
}

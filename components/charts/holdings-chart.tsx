import { formatShares, formatShortDate } from '@/lib/format';
import { holdingsGeometry, type StepPoint } from './geometry';
import { KINDS } from './holdings-kinds';
import { HoldingsPlot, type PlotLine, type PointTuple, type StepTuple } from './holdings-plot';

/** One Table I transaction and the shares held after it (db/queries/holdings-series.ts gives these). */
export type HoldingsChartStep = { date: string; code: string | null; directOrIndirect: 'D' | 'I'; sharesOwnedAfter: number };

/** A code's letter is written above its step where the steps are this far apart (px of the drawing). */
const LABEL_GAP = 14;

/**
 * Shares of one issuer a person held after each transaction of Table I, direct and indirect as two
 * step lines; each step is one transaction, marked with its code. The numbers are also a table.
 */
export function HoldingsChart({ id, issuer, person, steps, totalSteps }: { id: string; issuer: string; person: string; steps: HoldingsChartStep[]; totalSteps: number }) {
  if (steps.length === 0) return null;
  const indexes = (key: 'D' | 'I') => steps.flatMap((s, i) => (s.directOrIndirect === key ? [i] : []));
  const kinds = (['D', 'I'] as const).map((key) => ({ key, at: indexes(key) })).filter((k) => k.at.length > 0);
  const g = holdingsGeometry(kinds.map(({ key, at }) => ({
    key,
    points: at.map((i): StepPoint => ({ date: steps[i]!.date, shares: steps[i]!.sharesOwnedAfter, code: steps[i]!.code })),
  })));
  const plotLines: PlotLine[] = g.lines.map((l, n) => {
    let lastLabel = -Infinity;
    return {
      key: l.key,
      path: l.path,
      points: l.points.map((p, j): PointTuple => {
        const labelled = p.code !== null && p.x - lastLabel >= LABEL_GAP;
        if (labelled) lastLabel = p.x;
        return [p.x, p.y, kinds[n]!.at[j]!, labelled ? 1 : 0];
      }),
    };
  });
  const first = steps[0]!.date;
  const last = steps[steps.length - 1]!.date;
  const title = `Shares of ${issuer} held by ${person}`;
  const desc = `${steps.length.toLocaleString('en-US')} transactions from ${formatShortDate(first)} to ${formatShortDate(last)}; ` +
    g.lines.map((l) => `${KINDS[l.key].label.toLowerCase()} holdings ${formatShares(l.points.at(-1)!.shares)} shares after the last`).join(', ') + '.';

  return (
    <figure className="space-y-2" aria-labelledby={`${id}-caption`}>
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
        steps={steps.map((s): StepTuple => [s.date, s.code, s.directOrIndirect, s.sharesOwnedAfter])}
        lines={plotLines}
        xTicks={g.xTicks}
        yTicks={g.yTicks}
      />
    </figure>
  );
}

import { describeCode } from '@/lib/domain/transaction-codes';
import { formatShares, formatShortDate } from '@/lib/format';
import { ChartSvg, ChartTable, XAxis, YAxis } from './chart-parts';
import { CHART, holdingsGeometry, type StepPoint } from './geometry';

/** One Table I transaction and the shares held after it (db/queries/holdings-series.ts gives these). */
export type HoldingsChartStep = { date: string; code: string | null; directOrIndirect: 'D' | 'I'; sharesOwnedAfter: number };

const KINDS = {
  D: { label: 'Direct', className: 'text-sky-700 dark:text-sky-400', dash: undefined },
  I: { label: 'Indirect', className: 'text-amber-700 dark:text-amber-400', dash: '6 4' },
} as const;

/** A code's letter is written above its step where the steps are this far apart (px of the drawing). */
const LABEL_GAP = 14;

/**
 * Shares of one issuer a person held after each transaction of Table I, direct and indirect as two
 * step lines; each step is one transaction, marked with its code. The numbers are also a table.
 */
export function HoldingsChart({ id, issuer, person, steps, totalSteps }: { id: string; issuer: string; person: string; steps: HoldingsChartStep[]; totalSteps: number }) {
  if (steps.length === 0) return null;
  const byKind = (key: 'D' | 'I') => steps.filter((s) => s.directOrIndirect === key).map((s): StepPoint => ({ date: s.date, shares: s.sharesOwnedAfter, code: s.code }));
  const lines = (['D', 'I'] as const).map((key) => ({ key, points: byKind(key) })).filter((l) => l.points.length > 0);
  const g = holdingsGeometry(lines);
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
      <ChartSvg titleId={`${id}-title`} descId={`${id}-desc`} title={title} desc={desc}>
        <YAxis ticks={g.yTicks} />
        <XAxis ticks={g.xTicks} />
        {g.lines.map((l) => {
          let lastLabel = -Infinity;
          return (
            // Shared attributes on the group: each step writes only its own (it is markup sent twice).
            <g key={l.key} className={KINDS[l.key].className} fill="currentColor" textAnchor="middle" fontSize={10} fontWeight={600}>
              <path d={l.path} fill="none" stroke="currentColor" strokeWidth={2} strokeDasharray={KINDS[l.key].dash} />
              {l.points.map((p, i) => {
                const labelled = p.code !== null && p.x - lastLabel >= LABEL_GAP;
                if (labelled) lastLabel = p.x;
                return (
                  <g key={i}>
                    <circle cx={p.x} cy={p.y} r={3} data-step={l.key}>
                      <title>{`${formatShortDate(p.date)}: ${p.code ?? 'no code'}${describeCode(p.code) ? ` (${describeCode(p.code)})` : ''}, ${formatShares(p.shares)} shares held ${KINDS[l.key].label.toLowerCase()}ly after`}</title>
                    </circle>
                    {labelled ? (
                      <text x={p.x} y={Math.max(CHART.top, p.y - 7)} aria-hidden="true">{p.code}</text>
                    ) : null}
                  </g>
                );
              })}
            </g>
          );
        })}
      </ChartSvg>
      <p className="flex flex-wrap gap-x-4 text-xs text-zinc-600 dark:text-zinc-400" aria-hidden="true">
        {g.lines.map((l) => (
          <span key={l.key} className="inline-flex items-center gap-1.5">
            <svg width="22" height="8" className={KINDS[l.key].className}><line x1="1" x2="21" y1="4" y2="4" stroke="currentColor" strokeWidth={2} strokeDasharray={KINDS[l.key].dash} /></svg>
            {KINDS[l.key].label}
          </span>
        ))}
        <span>Letters: each step&rsquo;s transaction code</span>
      </p>
      <ChartTable summary="Holdings as a table" caption={`${title}, after each transaction`}>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Code</th>
            <th scope="col">Ownership</th>
            <th scope="col" className="text-right">Shares held after</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s, i) => (
            <tr key={i}>
              <td className="whitespace-nowrap">{formatShortDate(s.date)}</td>
              <td className="code"><b>{s.code ?? '—'}</b>{describeCode(s.code) ? <span>{describeCode(s.code)}</span> : null}</td>
              <td>{KINDS[s.directOrIndirect].label}</td>
              <td className="num">{formatShares(s.sharesOwnedAfter)}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </figure>
  );
}

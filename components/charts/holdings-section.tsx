import { HoldingsChart, type HoldingsChartStep } from './holdings-chart';

/** A person's holdings at each issuer (db/queries/holdings-series.ts PersonHoldings). */
export type HoldingsSectionData = {
  series: { issuerCik: string; issuerName: string | null; issuerTicker: string | null; steps: HoldingsChartStep[]; totalSteps: number }[];
  totalIssuers: number;
};

/** "Holdings over time" on a person's page: one chart per issuer, most recently traded first. */
export function HoldingsSection({ person, data }: { person: string; data: HoldingsSectionData }) {
  if (data.series.length === 0) return null;
  return (
    <section aria-labelledby="holdings-title" className="space-y-3">
      <h2 id="holdings-title" className="text-base font-semibold tracking-tight">Holdings over time</h2>
      <p className="text-sm text-zinc-500 dark:text-zinc-400">
        {/* One string: React would mark a second text node beside the first with a comment. */}
        {'Shares held after each transaction in Table I (non-derivative securities), directly and indirectly: ' +
          'the holdings of that security its filing reports, added up (a trust, each fund), as filed; ' +
          'an amended filing as its amendment has it.' +
          (data.series.length < data.totalIssuers ? ` The ${data.series.length} companies traded at most recently, of ${data.totalIssuers}.` : '')}
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        {data.series.map((s) => (
          <HoldingsChart
            key={s.issuerCik}
            id={`holdings-${s.issuerCik}`}
            issuer={`${s.issuerName ?? `CIK ${s.issuerCik}`}${s.issuerTicker ? ` (${s.issuerTicker})` : ''}`}
            person={person}
            steps={s.steps}
            totalSteps={s.totalSteps}
          />
        ))}
      </div>
    </section>
  );
}

import { formatDollars, formatLongDate, formatShares } from '@/lib/format';
import type { BuySellSummary as Summary, TradeTotals } from '@/lib/queries/types';
import { mutedClass, sectionTitleClass } from '@/components/ui/styles';

const cell = 'border-b border-zinc-100 px-2 py-1 dark:border-zinc-800/70';
const head = 'border-b border-zinc-200 bg-zinc-50 px-2 py-1.5 font-semibold text-zinc-700 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-200';

function Totals({ t, tone }: { t: TradeTotals; tone: string }) {
  if (t.count === 0) {
    return (
      <>
        <td className={`${cell} num ${mutedClass}`}>0</td>
        <td className={`${cell} num ${mutedClass}`}>—</td>
        <td className={`${cell} num ${mutedClass}`}>—</td>
        <td className={`${cell} num ${mutedClass}`}>0</td>
      </>
    );
  }
  return (
    <>
      <td className={`${cell} num`}>{t.count.toLocaleString('en-US')}</td>
      <td className={`${cell} num`}>{formatShares(t.shares)}</td>
      <td className={`${cell} num font-medium ${tone}`}>{formatDollars(t.value)}</td>
      <td className={`${cell} num`}>{t.insiders.toLocaleString('en-US')}</td>
    </>
  );
}

/** Open-market buying (P) against selling (S) over 3, 6 and 12 months. */
export function BuySellSummary({ summary }: { summary: Summary }) {
  return (
    <section aria-labelledby="buy-sell-title" className="space-y-2">
      <h2 id="buy-sell-title" className={sectionTitleClass}>Open-market buying and selling</h2>
      {summary.anchor ? (
        <>
          <p className={`text-sm ${mutedClass}`}>
            Codes P (purchases) and S (sales) by transaction date, over the months up to this issuer&rsquo;s
            latest filing in the data, {formatLongDate(summary.anchor)} (not today: this is an archive).
          </p>
          <div className="relative overflow-x-auto rounded-md border border-zinc-200 dark:border-zinc-800" role="region" aria-label="Buying and selling by period" tabIndex={0}>
            <table className="w-full border-separate border-spacing-0 text-sm">
              <caption className="sr-only">Open-market purchases and sales over 3, 6 and 12 months</caption>
              <thead>
                <tr>
                  <th scope="col" rowSpan={2} className={`${head} text-left align-bottom`}>Period</th>
                  <th scope="colgroup" colSpan={4} className={`${head} text-center text-emerald-800 dark:text-emerald-300`}>Bought (P)</th>
                  <th scope="colgroup" colSpan={4} className={`${head} text-center text-rose-800 dark:text-rose-300`}>Sold (S)</th>
                </tr>
                <tr>
                  {['Trades', 'Shares', 'Value', 'Insiders', 'Trades', 'Shares', 'Value', 'Insiders'].map((label, i) => (
                    <th key={i} scope="col" className={`${head} text-right font-medium`}>{label}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {summary.windows.map((w) => (
                  <tr key={w.months}>
                    <th scope="row" className={`${cell} whitespace-nowrap text-left font-medium`}>
                      {w.months} months
                      <span className={`ml-2 text-xs font-normal ${mutedClass}`}>since {formatLongDate(w.since)}</span>
                    </th>
                    <Totals t={w.buys} tone="text-emerald-700 dark:text-emerald-400" />
                    <Totals t={w.sells} tone="text-rose-700 dark:text-rose-400" />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p className={`text-sm ${mutedClass}`}>No dated filings for this issuer yet.</p>
      )}
    </section>
  );
}

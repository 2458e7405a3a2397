import { formatDollars, formatLongDate, formatShares } from '@/lib/format';
import type { BuySellSummary as Summary, TradeTotals } from '@/db/queries/types';
import { mutedClass, sectionTitleClass } from '@/components/ui/styles';

// Cells and headers are styled by .data-table (app/globals.css). Its cells align to the top; every
// cell here is one line.

function Totals({ t, tone }: { t: TradeTotals; tone: string }) {
  if (t.count === 0) {
    return (
      <>
        <td className="num muted">0</td>
        <td className="num muted">—</td>
        <td className="num muted">—</td>
        <td className="num muted">0</td>
      </>
    );
  }
  return (
    <>
      <td className="num">{formatShares(t.count)}</td>
      <td className="num">{formatShares(t.shares)}</td>
      <td className={`num font-medium ${tone}`}>{formatDollars(t.value)}</td>
      <td className="num">{formatShares(t.insiders)}</td>
    </>
  );
}

/**
 * Lines with a suspect value (a total typed as a price, a negative number...) are left out of the
 * totals: say how many, per window, so the totals are not read as every line's.
 */
export function flaggedText(windows: Summary['windows']): string | null {
  const parts = windows
    .filter((w) => w.buys.flagged + w.sells.flagged > 0)
    .map((w) => `${w.months} months: ${[
      w.buys.flagged ? `${w.buys.flagged} purchase${w.buys.flagged === 1 ? '' : 's'}` : null,
      w.sells.flagged ? `${w.sells.flagged} sale${w.sells.flagged === 1 ? '' : 's'}` : null,
    ].filter(Boolean).join(' and ')}`);
  return parts.length ? `Left out of these totals for a suspect value (⚑ in the table below): ${parts.join('; ')}.` : null;
}

function FlaggedNote({ windows }: { windows: Summary['windows'] }) {
  const text = flaggedText(windows);
  return text ? <p className={`text-sm ${mutedClass}`}>{text}</p> : null;
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
          <div className="table-box overflow-x-auto" role="region" aria-label="Buying and selling by period" tabIndex={0}>
            <table className="data-table">
              <caption className="sr-only">Open-market purchases and sales over 3, 6 and 12 months</caption>
              <thead>
                <tr>
                  <th scope="col" rowSpan={2} className="align-bottom">Period</th>
                  <th scope="colgroup" colSpan={4} className="text-center">Bought (P)</th>
                  <th scope="colgroup" colSpan={4} className="text-center">Sold (S)</th>
                </tr>
                <tr>
                  {['Trades', 'Shares', 'Value', 'Insiders', 'Trades', 'Shares', 'Value', 'Insiders'].map((label, i) => (
                    <th key={i} scope="col" className="text-right">{label}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {summary.windows.map((w) => (
                  <tr key={w.months}>
                    <th scope="row" className="whitespace-nowrap text-left font-medium">
                      {w.months} months
                      <span className={`ml-2 text-xs font-normal ${mutedClass}`}>since {formatLongDate(w.since)}</span>
                    </th>
                    <Totals t={w.buys} tone="tone-buy" />
                    <Totals t={w.sells} tone="tone-sell" />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <FlaggedNote windows={summary.windows} />
        </>
      ) : (
        <p className={`text-sm ${mutedClass}`}>No dated filings for this issuer yet.</p>
      )}
    </section>
  );
}

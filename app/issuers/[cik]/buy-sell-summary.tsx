import { formatLongDate } from '@/lib/format';
import type { BuySellSummary as Summary, TradeTotals } from '@/db/queries/types';
import { mutedClass, sectionTitleClass } from '@/components/ui/styles';
import { BuySellTable, type PeriodTuple } from './buy-sell-table';

// The table shows whole dollars: the value is sent so.
const totals = (t: TradeTotals): PeriodTuple[2] => [t.count, t.shares, Math.round(t.value), t.insiders];

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
          <BuySellTable periods={summary.windows.map((w): PeriodTuple => [w.months, formatLongDate(w.since), totals(w.buys), totals(w.sells)])} />
          <FlaggedNote windows={summary.windows} />
        </>
      ) : (
        <p className={`text-sm ${mutedClass}`}>No dated filings for this issuer yet.</p>
      )}
    </section>
  );
}

// The recent window of filing dates the market's summaries show (the home page's cluster buys,
// /industries): the last `days` days, or on a database behind EDGAR (an archive, or one not
// followed lately: the coverage line's rule) the `days` days to its latest filing, as an issuer
// page's buying and selling ends at its latest filing: the latest it holds, not nothing.
import type { DatabaseCoverage } from '@/db/queries/coverage';
import { isBehindEdgar, openDaysBehind } from '@/lib/domain/catch-up';
import { daysBefore } from '@/lib/filing-window';

export interface RecentWindow {
  /** The screener's parameters for the window: `days`, or `filedFrom` and `filedTo`. */
  params: Record<string, string>;
  /** The window's last day when it ends at the database's latest filing; null when it ends today. */
  through: string | null;
}

export function recentWindow(days: number, coverage: DatabaseCoverage, today: string): RecentWindow {
  const through = isBehindEdgar(openDaysBehind(coverage.latestFilingDate, coverage.latestDayRead, today)) ? coverage.latestFilingDate : null;
  return { params: through === null ? { days: String(days) } : { filedFrom: daysBefore(through, days), filedTo: through }, through };
}

import 'server-only';
// The view /industries and /api/industries show: the window of filing dates asked, or without one the
// last 30 days (to the latest filing, on a database behind EDGAR: app/recent-window.ts), with the
// page's other windows.
import { getDatabaseCoverage } from '@/db/queries/coverage';
import { edgarToday } from '@/lib/edgar/urls';
import { parseTradeParams, type TradeParams } from '@/lib/trade-params';
import { recentWindow, type RecentWindow } from '@/app/recent-window';

const WINDOWS = [7, 30, 90, 365] as const;
const DEFAULT_DAYS = 30;

export interface IndustriesView {
  /** The view's parameters, its window set. */
  params: TradeParams;
  /** Each window the page offers, as days. */
  windows: (RecentWindow & { days: number })[];
  /** The windows' last day when they end at the database's latest filing; null when they end today. */
  through: string | null;
  today: string;
}

export function industriesView(asked: TradeParams): IndustriesView {
  const coverage = getDatabaseCoverage();
  const today = edgarToday();
  const windows = WINDOWS.map((days) => ({ days, ...recentWindow(days, coverage, today) }));
  const windowAsked = asked.days !== null || asked.filedFrom !== null || asked.filedTo !== null;
  const fallback = parseTradeParams(windows.find((w) => w.days === DEFAULT_DAYS)!.params).params;
  const params = windowAsked ? asked : { ...asked, days: fallback.days, filedFrom: fallback.filedFrom, filedTo: fallback.filedTo };
  return { params, windows, through: windows[0]!.through, today };
}

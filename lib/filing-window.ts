// A view's window of filing dates as the screener reads it: `filedFrom` and `filedTo` as asked, or
// the last `days` days ending today (UTC), the narrower where both are given.
import type { TradeParams } from './trade-params';

/** YYYY-MM-DD, `days` before `today`. */
export function daysBefore(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The filing-date upper bound: `filedTo`, or with a `days` window at most `today`. */
export function filedToOf(p: Pick<TradeParams, 'filedTo' | 'days'>, today: string = new Date().toISOString().slice(0, 10)): string | null {
  if (p.days === null) return p.filedTo;
  return p.filedTo === null || today < p.filedTo ? today : p.filedTo;
}

/** The filing-date lower bound: the later of `filedFrom` and the `days` window (ending `today`, UTC). */
export function filedFromOf(p: Pick<TradeParams, 'filedFrom' | 'days'>, today: string = new Date().toISOString().slice(0, 10)): string | null {
  const window = p.days === null ? null : daysBefore(today, p.days);
  if (window === null) return p.filedFrom;
  return p.filedFrom === null || window > p.filedFrom ? window : p.filedFrom;
}

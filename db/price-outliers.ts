// Which of an issuer's P/S prices are outliers (isPriceOutlier in lib/domain/suspect-values.ts), for
// a few weeks of prices at once: each price against the others within OUTLIER_WINDOW_DAYS of its
// day. Pure; the store (db/store-signals.ts) reads the prices and writes the flags.
import { isPriceOutlier, OUTLIER_MIN_PEERS, OUTLIER_WINDOW_DAYS } from '../lib/domain/suspect-values';

export type DatedPrice = { date: string; price: number };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date; null for text that is no date. */
export function dayNumber(date: string): number | null {
  const m = ISO.exec(date);
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return Date.UTC(Number(m[1]), month - 1, day) / 86_400_000;
}

/**
 * Whether `price` is an outlier among the other prices of `window` (sorted ascending, positive
 * prices only, `price` itself among them when positive). isPriceOutlier judges by the median of
 * the others: it is given their one or two middle values (the same median) instead of the whole
 * list, which it would copy and sort again for every price.
 */
function outlierAmong(price: number, window: readonly number[]): boolean {
  if (!(price > 0)) return isPriceOutlier(price, []);
  const others = window.length - 1;
  if (others < OUTLIER_MIN_PEERS) return false;
  let lo = 0;
  let hi = window.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (window[mid]! < price) lo = mid + 1;
    else hi = mid;
  }
  const at = (j: number) => window[j < lo ? j : j + 1]!;
  const mid = others >> 1;
  return isPriceOutlier(price, others % 2 ? [at(mid), at(mid)] : [at(mid - 1), at(mid)]);
}

/**
 * For each price dated within days `from`..`to` (day numbers) and the window either side of them,
 * whether it is an outlier. `prices` must hold every price within twice the window of those days;
 * prices whose date is no date are left out.
 */
export function priceOutliers<T extends DatedPrice>(prices: readonly T[], from: number, to: number): Map<T, boolean> {
  const w = OUTLIER_WINDOW_DAYS;
  const byDay = new Map<number, T[]>();
  for (const p of prices) {
    const day = dayNumber(p.date);
    if (day === null) continue;
    const same = byDay.get(day);
    if (same) same.push(p);
    else byDay.set(day, [p]);
  }
  const outliers = new Map<T, boolean>();
  for (const [day, rows] of byDay) {
    if (day < from - w || day > to + w) continue;
    const window: number[] = [];
    for (let d = day - w; d <= day + w; d++) for (const r of byDay.get(d) ?? []) if (r.price > 0) window.push(r.price);
    window.sort((a, b) => a - b);
    for (const r of rows) outliers.set(r, outlierAmong(r.price, window));
  }
  return outliers;
}

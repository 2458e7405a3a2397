// Which of an issuer's P/S prices are outliers (isPriceOutlier in lib/domain/suspect-values.ts), for
// a few weeks of prices at once: each price against the others within OUTLIER_WINDOW_DAYS of its
// day. Pure; the store (db/store-signals.ts) reads the prices and writes the flags.
import { isFarFromMedian, OUTLIER_MIN_PEERS, OUTLIER_WINDOW_DAYS } from '../lib/domain/suspect-values';

export type DatedPrice = { date: string; price: number };

/** The number written by the ASCII digits of `text` from `start` to `end`; -1 when one is no digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date; null for text that is no date. Read digit by digit: it runs for every price compared. */
export function dayNumber(date: string): number | null {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return null;
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * Whether `price` is an outlier among the other prices of `window` (sorted ascending, positive
 * prices only, `price` itself among them when positive): isPriceOutlier's rule, with the median of
 * the others read off the sorted window instead of a copy sorted again for every price.
 */
function outlierAmong(price: number, window: Float64Array): boolean {
  // isPriceOutlier: a price that is not positive is never an outlier.
  if (!(price > 0)) return false;
  const others = window.length - 1;
  if (others < OUTLIER_MIN_PEERS) return false;
  // `price`'s own place in the window: the others are the window without it.
  let lo = 0;
  let hi = window.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (window[mid]! < price) lo = mid + 1;
    else hi = mid;
  }
  const upper = others >> 1;
  const upperValue = window[upper < lo ? upper : upper + 1]!;
  if (others % 2) return isFarFromMedian(price, upperValue);
  const lower = upper - 1;
  return isFarFromMedian(price, (window[lower < lo ? lower : lower + 1]! + upperValue) / 2);
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
    const prices: number[] = [];
    for (let d = day - w; d <= day + w; d++) {
      const near = byDay.get(d);
      if (near) for (const r of near) if (r.price > 0) prices.push(r.price);
    }
    const window = Float64Array.from(prices).sort(); // a typed array sorts numerically, natively
    for (const r of rows) outliers.set(r, outlierAmong(r.price, window));
  }
  return outliers;
}

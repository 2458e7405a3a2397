// The store's fast path for price outliers (each day's window sorted once, the domain rule given the
// middle values) must say what lib/domain's isPriceOutlier says when given every other price in the
// window: checked on hand-written weeks and on random ones (fixed seed).
import { describe, expect, it } from 'vitest';
import { isPriceOutlier } from '../lib/domain/suspect-values';
import { dayNumber, priceOutliers, type DatedPrice } from './price-outliers';

const at = (date: string, price: number): DatedPrice => ({ date, price });

describe('dayNumber', () => {
  it('counts days from 1970-01-01 and reads only YYYY-MM-DD', () => {
    expect([dayNumber('1970-01-01'), dayNumber('1969-12-31'), dayNumber('2000-01-01'), dayNumber('2024-02-29')]).toEqual([0, -1, 10957, 19782]);
    for (const text of ['2024-2-10', '2024-02-1x', ' 2024-02-10', '2024-02-10 ', '2024/02/10', '2024-13-01', '2024-00-10', '2024-02-00', '2024-02-32', '', '２０２４-02-10']) {
      expect(dayNumber(text)).toBeNull();
    }
  });
});

describe('priceOutliers', () => {
  it('flags the total typed as a price, not its neighbours, and only within seven days', () => {
    const week = [at('2024-06-03', 20), at('2024-06-04', 20.5), at('2024-06-04', 19.75), at('2024-06-05', 20250)];
    const far = at('2024-06-13', 20250); // eight days after the last $20 price
    const result = priceOutliers([...week, far], dayNumber('2024-06-05')!, dayNumber('2024-06-13')!);
    expect([...week, far].map((p) => result.get(p))).toEqual([false, false, false, true, false]);
  });

  it('leaves out text that is no date, and judges nothing with fewer than two other prices', () => {
    const result = priceOutliers([at('2024-06-03', 20), at('2024-13-03', 20000), at('2024-06-04', 20000)], dayNumber('2024-06-03')!, dayNumber('2024-06-04')!);
    expect([...result.values()]).toEqual([false, false]);
  });

  it('agrees with isPriceOutlier over every other price in the window, on random weeks', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 300; round++) {
      const prices = Array.from({ length: 1 + Math.floor(random() * 25) }, () => {
        const day = 1 + Math.floor(random() * 28);
        const kind = random();
        const price = kind < 0.1 ? 0 : kind < 0.2 ? 20 * 1000 : kind < 0.3 ? 0.01 : kind < 0.4 ? 20 : 15 + random() * 10;
        return at(`2024-02-${String(day).padStart(2, '0')}`, price);
      });
      const from = dayNumber('2024-02-10')!;
      const to = dayNumber('2024-02-14')!;
      const result = priceOutliers(prices, from, to);
      for (const p of prices) {
        const day = dayNumber(p.date)!;
        if (day < from - 7 || day > to + 7) {
          expect(result.has(p)).toBe(false);
          continue;
        }
        const others = prices.filter((o) => o !== p && Math.abs(dayNumber(o.date)! - day) <= 7).map((o) => o.price);
        expect(result.get(p)).toBe(isPriceOutlier(p.price, others));
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { ownershipPercent, rowValue } from './values';

describe('rowValue', () => {
  it('is shares × price when both are numbers, without binary noise', () => {
    expect(rowValue({ shares: 785, pricePerShare: 7, totalValue: null })).toBe(5495);
    // 100 × 1.10 is 110.00000000000001 and 3 × 1.1 is 3.3000000000000003 in floating point.
    expect(rowValue({ shares: 100, pricePerShare: 1.1, totalValue: null })).toBe(110);
    expect(rowValue({ shares: 3, pricePerShare: 1.1, totalValue: null })).toBe(3.3);
  });

  it('falls back to the filed total value, else null', () => {
    expect(rowValue({ shares: null, pricePerShare: null, totalValue: 5000 })).toBe(5000);
    expect(rowValue({ shares: 785, pricePerShare: 'See footnote 2', totalValue: null })).toBeNull();
    expect(rowValue({ shares: 'n/a', pricePerShare: 7, totalValue: 'n/a' })).toBeNull();
  });
});

describe('ownershipPercent', () => {
  it('rounds to 4 decimals, a tie away from zero as its decimal reads', () => {
    // 41,547 of 16,000 held before: the double of 259.66875 lies a hair below it.
    expect(ownershipPercent((41547 * 100) / 16000)).toBe(259.6688);
    expect(ownershipPercent(1.00005)).toBe(1.0001); // 1.00005 × 10^4 is 10000.499999999998 in binary
    expect(ownershipPercent(-0.00375)).toBe(-0.0038);
    expect(ownershipPercent((200 * 100) / 900)).toBe(22.2222);
    expect(ownershipPercent(0.00004999)).toBe(0);
    expect(ownershipPercent(-0.00004999)).toBe(0);
  });

  it('keeps null, whole numbers and values past 4 decimals of precision', () => {
    expect(ownershipPercent(null)).toBeNull();
    expect(ownershipPercent(100)).toBe(100);
    expect(ownershipPercent(1e-7)).toBe(0);
    expect(ownershipPercent(123456789012.5)).toBe(123456789012.5);
  });
});

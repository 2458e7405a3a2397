import { describe, expect, it } from 'vitest';
import { rowValue } from './values';

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

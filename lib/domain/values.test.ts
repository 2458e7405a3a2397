import { describe, expect, it } from 'vitest';
import { rowValue } from './values';

describe('rowValue', () => {
  it('is shares × price when both are numbers, without binary noise', () => {
    expect(rowValue({ shares: 785, pricePerShare: 7, totalValue: null })).toBe(5495);
    expect(rowValue({ shares: 100, pricePerShare: 12.34, totalValue: null })).toBe(1234);
  });

  it('falls back to the filed total value, else null', () => {
    expect(rowValue({ shares: null, pricePerShare: null, totalValue: 5000 })).toBe(5000);
    expect(rowValue({ shares: 785, pricePerShare: 'See footnote 2', totalValue: null })).toBeNull();
    expect(rowValue({ shares: 'n/a', pricePerShare: 7, totalValue: 'n/a' })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { isPriceOutlier, rowFlags, splitFlags } from './suspect-values';

const row = (over: Partial<Parameters<typeof rowFlags>[0]>) => ({ shares: 100, pricePerShare: 10, value: 1000, transactionDate: '2024-08-01', ...over });

describe('suspect values', () => {
  it('flags a price a thousand times the same days’ others, and not an ordinary spread', () => {
    expect(isPriceOutlier(25_000, [25.1, 24.9, 25.3])).toBe(true);
    expect(isPriceOutlier(0.025, [25.1, 24.9, 25.3])).toBe(true);
    expect(isPriceOutlier(27, [25.1, 24.9, 25.3])).toBe(false);
    // One other price is too little to judge by.
    expect(isPriceOutlier(25_000, [25])).toBe(false);
  });

  it('flags negative amounts, impossible dates and values over $10 billion', () => {
    expect(rowFlags(row({ shares: -5 }), '2024-08-02')).toEqual(['negative-shares']);
    expect(rowFlags(row({ pricePerShare: -1 }), '2024-08-02')).toEqual(['negative-price']);
    expect(rowFlags(row({ transactionDate: '2024-08-03' }), '2024-08-02')).toEqual(['date-after-filing']);
    expect(rowFlags(row({ transactionDate: '1989-12-31' }), '2024-08-02')).toEqual(['date-before-1990']);
    expect(rowFlags(row({ value: 10_000_000_001 }), '2024-08-02')).toEqual(['value-over-10b']);
    expect(rowFlags(row({}), '2024-08-02')).toEqual([]);
    // Text filed in place of a number is not judged.
    expect(rowFlags(row({ shares: 'See footnote', value: null }), null)).toEqual([]);
  });

  it('reads stored flags back, dropping anything unknown', () => {
    expect(splitFlags('negative-price,price-outlier,bogus')).toEqual(['negative-price', 'price-outlier']);
    expect(splitFlags('')).toEqual([]);
  });
});

// A line's dollar value: what the tables show, sort and sum by.
import type { NonDerivativeRow } from '../parser/types';

/** shares × price when both are numbers, else the filed total value; null when neither is a number. */
export function rowValue(row: Pick<NonDerivativeRow, 'shares' | 'pricePerShare' | 'totalValue'>): number | null {
  if (typeof row.shares === 'number' && typeof row.pricePerShare === 'number') {
    // toPrecision strips binary noise (100 × 12.34 = 1233.9999999999998).
    return Number((row.shares * row.pricePerShare).toPrecision(15));
  }
  return typeof row.totalValue === 'number' ? row.totalValue : null;
}

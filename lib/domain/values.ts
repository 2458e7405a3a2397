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

/**
 * A change in holding (percent) as shown and exported: 4 decimals, a tie rounded away from zero.
 * The database keeps the unrounded quotient (round() differs between SQLite versions, and the value
 * is indexed). The tie is read off the shortest decimal of the number (259.66875 → 259.6688), not
 * off its binary value, which may lie a hair on either side.
 */
export function ownershipPercent(pct: number | null): number | null {
  // Past 1e11 a double has no 4th decimal left to round.
  if (pct === null || !Number.isFinite(pct) || Math.abs(pct) >= 1e11) return pct;
  const [digits, exponent] = Math.abs(pct).toExponential().split('e');
  // Scaled by 10^4 in decimal, so a tie stays exactly .5; an integer over 10^4 divides correctly rounded.
  const rounded = Math.round(Number(`${digits}e${Number(exponent) + 4}`)) / 1e4;
  return pct < 0 && rounded !== 0 ? -rounded : rounded;
}

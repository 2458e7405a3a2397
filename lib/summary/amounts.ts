// How much and at what price: "785 shares of … common stock", "at $10.00–$10.50", "($5,495)".
import { formatDollars, formatPrice, formatShares } from '@/lib/format';
import { isNumber, plural, rangePhrase, sum } from './english';
import { footnoteRefs, footnoteWords, footnotesOn } from './footnote-refs';
import { derivativeNoun, securityOf, unitOf } from './securities';
import type { Context, Group, SummaryDerivativeRow, SummaryRow } from './types';

/** " at $7.00", " at $10.00–$10.50", or " at a price given in footnote 3" when only a footnote has it. */
export function pricePhrase(rows: SummaryRow[], field: 'pricePerShare' | 'conversionOrExercisePrice', ctx: Context, lead = 'at'): string {
  const prices = rows.map((r) => (r as SummaryDerivativeRow)[field]).filter(isNumber).filter((p) => p > 0);
  if (prices.length > 0) return ` ${lead} ${rangePhrase(prices, formatPrice)}`;
  // A price given only in a footnote: point at it rather than print nothing or $0.
  const onlyInFootnote = rows.filter((r) => (r as SummaryDerivativeRow)[field] === null || (r as SummaryDerivativeRow)[field] === undefined);
  const refs = footnoteRefs(onlyInFootnote.flatMap((r) => footnotesOn(r, [field])), ctx);
  if (refs.length > 0) return ` ${lead} a price given in ${footnoteWords(refs)}`;
  return '';
}

/** Total shares, or total dollars for securities reported by value; null when not all are numbers. */
export function amountOf(rows: SummaryRow[], field: 'shares' | 'underlyingShares' = 'shares'): { shares: number } | { dollars: number } | null {
  const shares = rows.map((r) => (r as SummaryDerivativeRow)[field]);
  if (shares.every(isNumber)) return { shares: sum(shares) };
  const values = rows.map((r) => r.totalValue);
  if (field === 'shares' && values.every(isNumber)) return { dollars: sum(values) };
  return null;
}

/** Shares × price summed over the rows; null unless every row has both. */
export function dollarValue(rows: SummaryRow[]): number | null {
  let total = 0;
  for (const row of rows) {
    if (!isNumber(row.shares) || !isNumber(row.pricePerShare) || row.pricePerShare <= 0) return null;
    total += row.shares * row.pricePerShare;
  }
  return total;
}

/** What a group moved: "785 shares of Allied Motion Technologies common stock", "10,000 options", "$50,000 of …". */
export function amountPhrase(group: Group, ctx: Context): string {
  const noun = group.table === 'D' ? derivativeNoun(group.title) : '';
  const amount = amountOf(group.rows);
  if (group.table === 'D' && noun) {
    return amount && 'shares' in amount ? `${formatShares(amount.shares)} ${noun}` : noun;
  }
  const what = securityOf(group.title, ctx);
  if (!amount) {
    const refs = footnoteRefs(group.rows.flatMap((r) => footnotesOn(r, ['shares', 'totalValue'])), ctx);
    return refs.length ? `an amount of ${what} given in ${footnoteWords(refs)}` : what;
  }
  if ('dollars' in amount) return `${formatDollars(amount.dollars)} of ${what}`;
  return `${formatShares(amount.shares)} ${unitOf(what, plural(amount.shares, 'share', 'shares'))}`;
}

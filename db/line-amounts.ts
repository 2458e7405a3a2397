import { filingRows } from './schema';

/**
 * What a line of Table I or II traded (lib/domain/line-values.ts LineAmounts) as a drizzle
 * selection: the issuer and person tables read these columns with the rest of the line, the latest
 * filings to sum each filing's lines up.
 */
export const lineAmountColumns = {
  code: filingRows.code,
  acquiredDisposed: filingRows.acquiredDisposed,
  shares: filingRows.shares,
  pricePerShare: filingRows.pricePerShare,
  value: filingRows.value,
  sharesOwnedAfter: filingRows.sharesOwnedAfter,
};

// What one line of Table I or II says, as filed (db/schema.ts filing_rows): the one shape of those
// values in every row that carries them (the screener's TradeRow, the tables' TransactionLine, the
// latest filings' lines), and the one copy of them from one row shape into another.
import type { FilingRowRecord } from '@/db/schema';

/** What the line traded: its code, acquired or disposed, the amounts (value: shares × price, or the filed total) and the holding after. */
export type LineAmounts = Pick<FilingRowRecord, 'code' | 'acquiredDisposed' | 'shares' | 'pricePerShare' | 'value' | 'sharesOwnedAfter'>;

/** The line's filed values as a table shows them: the security, the date, the amounts, direct or indirect. */
export type LineValues = Pick<FilingRowRecord, 'securityTitle' | 'transactionDate' | 'directOrIndirect'> & LineAmounts;

/** A row's line values alone (a query's row or another row shape holds more). */
export function lineValues(row: LineValues): LineValues {
  return {
    securityTitle: row.securityTitle,
    transactionDate: row.transactionDate,
    code: row.code,
    acquiredDisposed: row.acquiredDisposed,
    shares: row.shares,
    pricePerShare: row.pricePerShare,
    value: row.value,
    sharesOwnedAfter: row.sharesOwnedAfter,
    directOrIndirect: row.directOrIndirect,
  };
}

import 'server-only';
import { readableName } from '@/lib/domain/names';
import { joinFlags } from '@/lib/domain/suspect-values';
import { describeCode } from '@/lib/domain/transaction-codes';
import type { TableView } from '@/lib/search-params';
import type { TransactionRow } from '@/db/queries/types';
import { iterateTransactions, type TransactionScope } from '@/db/queries/transactions';
import { getReadableName } from '@/db/queries/names-evidence';
import { csvLine, streamCsv, type CsvColumn } from '@/app/api/_lib/csv-stream';
import { roleColumns } from '@/app/api/_lib/role-columns';

export { slugify } from '@/app/api/_lib/csv-stream';

/** A row, with its owner's name as decided from their filings where the export looked it up. */
type CsvRow = TransactionRow & { ownerReadableName?: string | null };
type Column = CsvColumn<CsvRow>;

const COLUMNS: Column[] = [
  { header: 'transaction_date', value: (r) => r.transactionDate },
  { header: 'filed_at', value: (r) => r.filedAt },
  { header: 'form_type', value: (r) => r.formType },
  { header: 'accession', value: (r) => r.accession },
  { header: 'issuer_cik', value: (r) => r.issuerCik },
  { header: 'issuer_name', value: (r) => r.issuerName },
  { header: 'issuer_ticker', value: (r) => r.issuerTicker },
  { header: 'owner_cik', value: (r) => r.ownerCik },
  { header: 'owner_name', value: (r) => r.ownerName },
  { header: 'owner_readable_name', value: (r) => r.ownerReadableName ?? (readableName(r.ownerName) || null) },
  { header: 'other_owners_on_filing', value: (r) => Math.max(0, r.ownerCount - 1) },
  ...roleColumns<CsvRow>(),
  { header: 'table', value: (r) => (r.table === 'D' ? 'derivative' : 'non-derivative') },
  { header: 'kind', value: (r) => r.kind },
  { header: 'security_title', value: (r) => r.securityTitle },
  { header: 'code', value: (r) => r.code },
  { header: 'code_meaning', value: (r) => describeCode(r.code) },
  { header: 'acquired_disposed', value: (r) => r.acquiredDisposed },
  { header: 'shares', value: (r) => r.shares },
  { header: 'price_per_share', value: (r) => r.pricePerShare },
  { header: 'value', value: (r) => r.value },
  { header: 'shares_owned_after', value: (r) => r.sharesOwnedAfter },
  { header: 'direct_or_indirect', value: (r) => r.directOrIndirect },
  { header: 'underlying_title', value: (r) => r.underlyingTitle },
  { header: 'underlying_shares', value: (r) => r.underlyingShares },
  { header: 'conversion_or_exercise_price', value: (r) => r.conversionOrExercisePrice },
  // The signals (README, "Signals"): empty pattern on a line that is no open-market trade, empty days
  // late when unknown, flags a comma list (empty when none).
  { header: 'pattern', value: (r) => r.pattern },
  { header: 'pattern_reason', value: (r) => r.patternReason },
  { header: 'days_late', value: (r) => r.daysLate },
  { header: 'flags', value: (r) => joinFlags(r.flags) },
];

export const CSV_HEADERS = COLUMNS.map((c) => c.header);

function transactionValues(row: CsvRow): (string | number | null)[] {
  return COLUMNS.map((c) => c.value(row));
}

export function transactionCsvLine(row: CsvRow): string {
  return csvLine(transactionValues(row));
}

/**
 * Every row matching the view (not one page), as CSV, read from the database while the client
 * downloads: memory stays flat however many rows there are.
 */
export function streamTransactionsCsv(scope: TransactionScope, view: TableView): ReadableStream<Uint8Array> {
  // Each owner's readable name is looked up once per export (an issuer has hundreds of insiders, not millions).
  const names = new Map<string, string>();
  const readable = (r: TransactionRow) => {
    if (!r.ownerCik) return null;
    const key = `${r.ownerCik}\u0000${r.ownerName ?? ''}`;
    let name = names.get(key);
    if (name === undefined) names.set(key, (name = getReadableName(r.ownerCik, r.ownerName)));
    return name || null;
  };
  return streamCsv(
    CSV_HEADERS,
    () => iterateTransactions(scope, view),
    (row) => transactionValues({ ...row, ownerReadableName: readable(row) }),
  );
}

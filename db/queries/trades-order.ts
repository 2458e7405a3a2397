import 'server-only';
// The screener's orders: each sort's column, the market order every sort ends with (newest filings
// first, lines as filed), and the newest purchases' order a pattern's count walks.
import { desc, sql, type SQL } from 'drizzle-orm';
import { filingRows } from '@/db/schema';
import { ownershipChangePct } from '@/db/queries/trades-sql';
import type { OrderTerm } from '@/db/queries/trades-by-year';
import type { TradeParams, TradeSortKey } from '@/lib/trade-params';

const SORTS: Record<TradeSortKey, SQL> = {
  filed: sql`${filingRows.filedAt}`,
  date: sql`${filingRows.transactionDate}`,
  value: sql`${filingRows.value}`,
  // The shares filed as a number (the generated column is numeric(shares)), off filing_rows_shares.
  shares: sql`${filingRows.sharesNumber}`,
  // The price filed as a number (the generated column is numeric(price_per_share)), off filing_rows_price.
  price: sql`${filingRows.priceNumber}`,
  ownChange: ownershipChangePct,
};

/**
 * Newest filings first: on the filing date, then the accession, then each filing's lines as filed
 * (Table I before II). In that order (descending) it is read straight off filing_rows_market. The
 * terms are written once here: trades-by-year.ts names the same ones for its merged order.
 */
export function orderTerms(p: Pick<TradeParams, 'sort' | 'dir'>): OrderTerm[] {
  // `dir` is one of two literals (parsed by trade-params); never user text.
  const dir = p.dir === 'asc' ? 'asc' : 'desc';
  const tail: OrderTerm[] = [
    { column: filingRows.accession, dir: 'desc' }, { column: filingRows.table, dir: 'desc' }, { column: filingRows.position, dir: 'asc' },
  ];
  if (p.sort === 'filed') {
    // Descending puts NULL (no filing date) last by itself, as the index holds it.
    return [{ column: filingRows.filedAt, dir, nullsLast: dir === 'asc' }, ...tail];
  }
  return [{ column: SORTS[p.sort], dir, nullsLast: true }, { column: filingRows.filedAt, dir: 'desc' }, ...tail];
}

export function orderBy(p: Pick<TradeParams, 'sort' | 'dir'>): SQL[] {
  return orderTerms(p).map((t) => sql`${t.column} ${sql.raw(t.dir)}${sql.raw(t.nullsLast ? ' nulls last' : '')}`);
}

// Purchases alone, newest trades first, off filing_rows_purchases: a few lines in a hundred, so the
// newest 50,000 took over a second to find in the market's order in a million filings.
export const PURCHASES_NEWEST_FIRST = [desc(filingRows.transactionDate), desc(filingRows.issuerCik), desc(filingRows.accession), desc(filingRows.table)];

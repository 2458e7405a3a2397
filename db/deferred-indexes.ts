// A bulk load into an empty or much smaller database drops the screener's indexes of filing_rows
// (the ingest never reads them) and builds them once at its end: one sort each instead of a B-tree
// insert per transaction row (building costs about a third of what inserting did). Their SQL
// is kept in deferred_indexes, written in the transaction that drops them, so a load that dies
// leaves them to the next open or load, which builds them again.
import type Database from 'better-sqlite3';

/**
 * What the ingest never reads, several entries a filing. The ingest's own lookups keep theirs (price
 * outliers on filing_rows_issuer_view, same content and amendments on filings_issuer_period_form,
 * names on filings_issuer_date and filing_owners_owner, deletions on filing_rows_accession and
 * filings_amends, the primary keys); so do the one-entry-a-filing indexes of filings and
 * filing_owners, whose build reads every page of the table, documents and all, and costs more than
 * their inserts.
 */
export const DEFERRABLE_INDEXES = [
  'filing_rows_market', 'filing_rows_value', 'filing_rows_own_change', 'filing_rows_price', 'filing_rows_purchases',
  'filing_rows_shares', 'filing_rows_late', 'filing_rows_date',
] as const;

/** Filings a load must bring at least, and at least as many as the database holds, to defer. */
export const MIN_DEFERRED_LOAD = 2_000;

/**
 * Whether a load of `incoming` filings into a database of `stored` is worth building the indexes
 * after. `stored` may be a function: counted only for a load large enough (a count reads a whole index).
 */
export function worthDeferring(incoming: number, stored: number | (() => number)): boolean {
  return incoming >= MIN_DEFERRED_LOAD && incoming >= (typeof stored === 'function' ? stored() : stored);
}

/** Drops the deferrable indexes, their SQL kept in deferred_indexes first (one transaction). */
export function deferIndexes(sqlite: Database.Database): void {
  // In the order they were created (the schema's rows), kept in that order: where two indexes
  // cost the same SQLite picks the newer, so they are built again in the same order, and a view's
  // plan after a bulk load is the plan of a migrated database.
  const present = sqlite.prepare<[string], { name: string; sql: string }>(
    `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN (SELECT value FROM json_each(?)) ORDER BY rowid`);
  const keep = sqlite.prepare<[string, string]>('INSERT OR REPLACE INTO deferred_indexes (name, sql) VALUES (?, ?)');
  sqlite.transaction(() => {
    for (const { name, sql } of present.all(JSON.stringify(DEFERRABLE_INDEXES))) {
      keep.run(name, sql);
      sqlite.exec(`DROP INDEX "${name}"`);
    }
  }).immediate();
}

/** Builds every index a load deferred (none: nothing to do, no write). Returns how many it built. */
export function restoreDeferredIndexes(sqlite: Database.Database): number {
  const pending = sqlite.prepare<[], { name: string; sql: string }>('SELECT name, sql FROM deferred_indexes ORDER BY rowid');
  if (pending.get() === undefined) return 0;
  const exists = sqlite.prepare<[string], number>("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").pluck();
  const forget = sqlite.prepare<[string]>('DELETE FROM deferred_indexes WHERE name = ?');
  return sqlite.transaction(() => {
    // Read again inside the write transaction: another connection may have built them meanwhile.
    const indexes = pending.all();
    for (const { name, sql } of indexes) {
      if (!exists.get(name)) sqlite.exec(sql);
      forget.run(name);
    }
    return indexes.length;
  }).immediate();
}

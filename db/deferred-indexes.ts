// A bulk load into an empty or much smaller database drops the screener's indexes of filing_rows
// (the ingest never reads them) and builds them once at its end: one sort each instead of a B-tree
// insert per transaction row (building costs about a third of what inserting did). Their SQL
// is kept in deferred_indexes, written in the transaction that drops them, with the load that owns
// them: while it runs, only it builds them (at its end); any other open or load just reads without
// them. Once it is gone (it died), the next open or load builds them again.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type Database from 'better-sqlite3';
import { trySetJournalMode } from './journal-mode';
import type { deferredIndexes } from './schema-bookkeeping';

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

/** Deferrals this process made, by token: the connection whose load owns them. */
const ownDeferrals = new Map<string, Database.Database>();

/**
 * Past this age a deferral counts as dead whatever its pid says. Another host's pid cannot be asked,
 * and a pid may be reused (a restarted container's process often gets the dead one's): a day, far
 * beyond a whole history's load (about 45 min), bounds how long the indexes can stay missing.
 */
export const DEFERRAL_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** A row of deferred_indexes, as the schema declares it (the reads below select its columns under these names). */
type DeferredIndex = typeof deferredIndexes.$inferSelect;

/**
 * Whether `sqlite` may build this deferred index now: it owns it (its load's end), nobody does (rows
 * from before owners were kept), or its owner is gone.
 */
function mayBuild(sqlite: Database.Database, row: DeferredIndex): boolean {
  if (row.ownerPid === null) return true;
  const owner = row.ownerToken === null ? undefined : ownDeferrals.get(row.ownerToken);
  if (owner === sqlite) return true;
  if (Date.now() - (row.deferredAt ?? 0) > DEFERRAL_MAX_AGE_MS) return true;
  if (row.ownerHost !== os.hostname()) return false;
  // This process: its load runs while its connection to this same file is open (a copy of the file
  // taken mid-load, or a connection closed without building, is a load that died).
  if (row.ownerPid === process.pid) return !(owner?.open && owner.name === sqlite.name);
  try {
    process.kill(row.ownerPid, 0);
    return false;
  } catch (error) {
    // EPERM: alive, another user's. Anything else unknown: leave them to the owner.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Drops the deferrable indexes, their SQL kept in deferred_indexes first (one transaction), owned by
 * this process and connection until `restoreDeferredIndexes` on the same connection builds them.
 */
export function deferIndexes(sqlite: Database.Database): void {
  // In the order they were created (the schema's rows), kept in that order: where two indexes
  // cost the same SQLite picks the newer, so they are built again in the same order, and a view's
  // plan after a bulk load is the plan of a migrated database.
  const present = sqlite.prepare<[string], { name: string; sql: string }>(
    `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN (SELECT value FROM json_each(?)) ORDER BY rowid`);
  const keep = sqlite.prepare<[string, string, number, string, string, number]>(
    'INSERT OR REPLACE INTO deferred_indexes (name, sql, owner_pid, owner_host, owner_token, deferred_at) VALUES (?, ?, ?, ?, ?, ?)');
  const token = randomUUID();
  const dropped = sqlite.transaction(() => {
    const indexes = present.all(JSON.stringify(DEFERRABLE_INDEXES));
    for (const { name, sql } of indexes) {
      keep.run(name, sql, process.pid, os.hostname(), token, Date.now());
      sqlite.exec(`DROP INDEX "${name}"`);
    }
    return indexes.length;
  }).immediate();
  if (dropped > 0) ownDeferrals.set(token, sqlite);
}

/** Rows of filing_rows up to which a fresh file's load builds its indexes on its rollback journal. */
export const ROLLBACK_BUILD_ROWS = 1_000_000;

/**
 * Whether the build can stay on the rollback journal a fresh file's bulk load committed on
 * (db/bulk-load.ts): each index's pages are then written once, at the end of the file, not to the WAL
 * and again at a checkpoint (the eight of 42,900 filings, 320,100 rows: 1.41 to 1.53 s against 1.62
 * to 1.99 s in WAL, three alternating rounds). Readers must not wait for a long build (minutes at a
 * history's size): past ROLLBACK_BUILD_ROWS it goes back to WAL first. Below, an index's pages fit the
 * page cache, so readers wait only while each index's transaction commits, as for the load's batches.
 */
function shortOnRollbackJournal(sqlite: Database.Database): boolean {
  if (sqlite.pragma('journal_mode', { simple: true }) === 'wal') return false;
  // The largest rowid: the row count of a file rows were only added to, read off the table's last page.
  const rows = sqlite.prepare('SELECT max(rowid) FROM filing_rows').pluck().get() as number | null;
  return (rows ?? 0) <= ROLLBACK_BUILD_ROWS;
}

/**
 * Builds every index a load deferred that `sqlite` may build: its own load's, or those of a load that
 * is gone. Those a load still running owns are left to it, without taking the write lock. Returns
 * how many it built (none: nothing to do, no write).
 */
export function restoreDeferredIndexes(sqlite: Database.Database): number {
  const pending = sqlite.prepare<[], DeferredIndex>(
    'SELECT name, sql, owner_pid AS ownerPid, owner_host AS ownerHost, owner_token AS ownerToken, deferred_at AS deferredAt FROM deferred_indexes ORDER BY rowid');
  const candidates = pending.all().filter((row) => mayBuild(sqlite, row));
  if (candidates.length === 0) return 0;
  if (!shortOnRollbackJournal(sqlite)) trySetJournalMode(sqlite, 'wal');
  const exists = sqlite.prepare<[string], number>("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").pluck();
  const forget = sqlite.prepare<[string]>('DELETE FROM deferred_indexes WHERE name = ?');
  const buildOne = sqlite.transaction((name: string): DeferredIndex | null => {
    // Read again inside the write transaction: another connection may have built it meanwhile.
    const row = pending.all().find((r) => r.name === name && mayBuild(sqlite, r));
    if (!row) return null;
    if (!exists.get(name)) sqlite.exec(row.sql);
    forget.run(name);
    return row;
  });
  // A transaction an index, each checkpointed once committed (by a WAL load's checkpointing thread
  // while the next builds, else by SQLite's automatic checkpoint): as one transaction, at a history's
  // size the WAL would take every page of the eight indexes (gigabytes) before any went into the file.
  const built: DeferredIndex[] = [];
  for (const { name } of candidates) {
    const row = buildOne.immediate(name);
    if (row) built.push(row);
  }
  for (const { ownerToken: token } of built) if (token !== null) ownDeferrals.delete(token);
  return built.length;
}

import type Database from 'better-sqlite3';

/**
 * Sets the journal mode, waiting as long as the connection's busy timeout for other connections'
 * reads to end: false when another connection still stands in the way (a bulk load holding the
 * write lock, which SQLite answers at once, or a reader that outlasts the timeout).
 */
export function trySetJournalMode(sqlite: Database.Database, mode: 'wal' | 'truncate'): boolean {
  try {
    return sqlite.pragma(`journal_mode = ${mode}`, { simple: true }) === mode;
  } catch (error) {
    if (!isBusy(error)) throw error;
    return false;
  }
}

/** SQLite's answer when another connection holds the lock this one asked for (after the busy timeout). */
export function isBusy(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'SQLITE_BUSY';
}

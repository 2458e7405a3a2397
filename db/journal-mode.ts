import type Database from 'better-sqlite3';

/**
 * Sets the journal mode if it can at once: false when another connection stands in the way (a
 * fresh file's bulk load on its rollback journal, db/bulk-load.ts, or readers of a WAL file).
 */
export function trySetJournalMode(sqlite: Database.Database, mode: 'wal' | 'truncate'): boolean {
  const timeout = sqlite.pragma('busy_timeout', { simple: true }) as number;
  sqlite.pragma('busy_timeout = 0');
  try {
    return sqlite.pragma(`journal_mode = ${mode}`, { simple: true }) === mode;
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
    return false;
  } finally {
    sqlite.pragma(`busy_timeout = ${timeout}`);
  }
}

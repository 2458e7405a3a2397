// The store's own bookkeeping, beside the filings' tables (db/schema.ts re-exports these, so the
// schema stays one import for the app and drizzle-kit).
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * How many filings were ever deleted (replaced or removed), kept by a trigger on `filings`. Figures
 * the pages keep up to date by folding in only newly added filings (db/queries/insiders.ts) start
 * over when it moves: a deletion can take away what they counted, and SQLite may hand a deleted
 * row's rowid to the next filing.
 */
export const filingDeletions = sqliteTable('filing_deletions', {
  id: integer('id').primaryKey(),
  count: integer('count').notNull(),
});

/**
 * Indexes a bulk load dropped to build once at its end (db/deferred-indexes.ts), with the SQL that
 * recreates them, written in the transaction that dropped them, and the load that owns them: while
 * it runs, it alone builds them; once it is gone (it died), the next open or load builds them.
 * Owner columns null (rows kept before they existed): no owner, built by whoever opens.
 */
export const deferredIndexes = sqliteTable('deferred_indexes', {
  name: text('name').primaryKey(),
  sql: text('sql').notNull(),
  /** The owning load's process id and host name (os.hostname()). */
  ownerPid: integer('owner_pid'),
  ownerHost: text('owner_host'),
  /** One deferral's id, telling two connections of the same process apart. */
  ownerToken: text('owner_token'),
  /** When it was dropped, epoch milliseconds. */
  deferredAt: integer('deferred_at'),
});

/**
 * EDGAR's daily indexes read into this database (`--daily`, and the market's `--follow` as it
 * polls), a row a day: a market `--follow` started later goes on from the latest, so that the days
 * it was not running are not missed (db/edgar-coverage.ts).
 */
export const dailyIndexesRead = sqliteTable('daily_indexes_read', {
  /** The day the index lists (YYYY-MM-DD, EDGAR's). */
  day: text('day').primaryKey(),
  /** The Forms 3/4/5 it listed when last read. */
  filings: integer('filings').notNull(),
  /** When it was last read through, ISO 8601 UTC. */
  readAt: text('read_at').notNull(),
});

/**
 * The SEC's quarterly data sets loaded into this database, a row a quarter (from EDGAR, or a local zip
 * named as the SEC names them, `2024q3_form345.zip`): a market `--follow` reads EDGAR's daily
 * indexes from the day after the latest, so that a load of the history is kept current without a gap.
 */
export const datasetQuartersLoaded = sqliteTable('dataset_quarters_loaded', {
  /** `2024q3`. */
  quarter: text('quarter').primaryKey(),
  /** The filings its zip held, as last loaded. */
  filings: integer('filings').notNull(),
  /** When it was last loaded through, ISO 8601 UTC. */
  loadedAt: text('loaded_at').notNull(),
});

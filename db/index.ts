import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { object, string } from 'zod'; // by name, not `z`: see cli/launch.test.ts
import { restoreDeferredIndexes } from './deferred-indexes';
import { isBusy, trySetJournalMode } from './journal-mode';
import * as schema from './schema';

export type AppDatabase = BetterSQLite3Database<typeof schema>;
export interface OpenedDatabase {
  /** The raw connection: prepared statements in the ingest hot path, pragmas, closing. */
  sqlite: Database.Database;
  /** drizzle over the same connection, with the schema for typed reads. */
  db: AppDatabase;
}

export const DEFAULT_DATABASE_PATH = 'data/section16.db';

const envSchema = object({
  DATABASE_PATH: string().trim().min(1).default(DEFAULT_DATABASE_PATH),
});

/** The database file to use: an explicit path (a CLI's `--db`), else `DATABASE_PATH`, else the default. */
export function resolveDatabasePath(explicit?: string | null): string {
  if (explicit != null) return path.resolve(/*turbopackIgnore: true*/ process.cwd(), explicit);
  const env = envSchema.safeParse(process.env);
  if (!env.success) throw new Error(`DATABASE_PATH is set but empty: unset it or name a database file (default ${DEFAULT_DATABASE_PATH})`);
  // The database is data, not code: keep Turbopack from tracing the whole project from here.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.data.DATABASE_PATH);
}

/**
 * The repo's `db/migrations`. Found from the working directory (the repo root for `next` and npm
 * scripts), walking up, because a Next server bundle's own file location says nothing about the repo.
 */
export function findMigrationsFolder(from = process.cwd()): string {
  for (let dir = path.resolve(/*turbopackIgnore: true*/ from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'db', 'migrations');
    if (existsSync(path.join(candidate, 'meta', '_journal.json'))) return candidate;
    if (path.dirname(dir) === dir) {
      throw new Error(`db/migrations not found above ${from}: run from the Section16 repository`);
    }
  }
}

/** The Section16 repository root (holds `db/migrations`, `fixtures`), found from the working directory. */
export function findRepoRoot(from = process.cwd()): string {
  return path.dirname(path.dirname(findMigrationsFolder(from)));
}

/**
 * Pages of 4 KiB (SQLite's default), chosen by measurement. Bulk ingest into a large database is
 * bound by the index pages it rewrites all over the file (an issuer's newest rows, an owner's
 * filings: a few pages a filing, each rewritten whole in the WAL and again by the checkpoint), so
 * bytes written grow with the page size: at a million filings, with everything else as it is now,
 * ingest was 28% slower than into an empty file with 16 KiB pages and 18% with 4 KiB. Into an
 * empty file 16 KiB pages are 10-15% faster (fewer WAL frames a commit); the large database is the
 * case that lasts.
 */
const PAGE_SIZE = 4096;

/** The page cache of an open for anything but a bulk load, and the least a bulk load's. */
const CACHE_BYTES = 64 * 2 ** 20;

/**
 * Page cache of a bulk load (`openDatabase(file, { bulkLoad: true })`, and between its transactions
 * db/bulk-load.ts): a quarter of the file, at least 64 MiB, at most an eighth of the memory or 2 GiB.
 * Enough to keep the pages every filing goes back to (each index's interior pages, each issuer's and
 * owner's newest leaf) across commits, which in a million-filing file (8.3 GB) a 64 MiB cache could
 * not: it read them from disk again and again; there 1 GiB instead of 64 MiB took ingest from 31% to
 * 24% slower than into an empty file, and 2 GiB was 7% faster again than 1 GiB. No larger: every page
 * the cache takes is fresh memory the kernel zeroes, and the pages a load writes once and never reads
 * again (documents, the tables' new leaves) would fill it. Into a fresh file, 42,900 filings took 3%
 * less time with 64 MiB than with 2 GiB (and 7.5% with the rollback journal of db/bulk-load.ts).
 */
export function bulkLoadCacheBytes(fileBytes: number, totalMemory = os.totalmem()): number {
  const most = Math.min(2 * 2 ** 30, totalMemory / 8);
  return Math.round(Math.min(most, Math.max(CACHE_BYTES, fileBytes / 4)));
}

function setCacheBytes(sqlite: Database.Database, bytes: number): void {
  sqlite.pragma(`cache_size = -${Math.round(bytes / 1024)}`);
}

/** Sets the page cache of a bulk load for the file as large as it is now (`bulkLoadCacheBytes`). */
export function fitBulkLoadCache(sqlite: Database.Database): void {
  const pages = sqlite.pragma('page_count', { simple: true }) as number;
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
  setCacheBytes(sqlite, bulkLoadCacheBytes(pages * pageSize));
}

/** Opens (creating if needed) the SQLite file, sets it up for concurrent readers and fast batched writes, and migrates it. */
export function openDatabase(file: string, options: { readonly?: boolean; bulkLoad?: boolean } = {}): OpenedDatabase {
  const resolved = path.resolve(file);
  if (!options.readonly) mkdirSync(path.dirname(resolved), { recursive: true });
  const sqlite = new Database(resolved, { readonly: options.readonly ?? false });
  try {
    sqlite.pragma('busy_timeout = 10000');
    if (!options.readonly) {
      // Only takes effect while the file is empty.
      if (isEmptyDatabase(sqlite)) sqlite.pragma(`page_size = ${PAGE_SIZE}`);
      // WAL: the web app keeps reading while an ingest writes. NORMAL is durable across a killed
      // process (not a power cut), which is what the batch commits need. A fresh file under a bulk
      // load is on a rollback journal until the load's end (db/bulk-load.ts), which then sets WAL:
      // an open meanwhile cannot set it while the load holds the write lock, and reads on as it is.
      trySetJournalMode(sqlite, 'wal');
      sqlite.pragma('synchronous = NORMAL');
      // Checkpoint every 64 MiB of WAL rather than 4: a bulk ingest copies hot index pages to the
      // database less often (about a third less time per filing), readers are not slowed.
      const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
      sqlite.pragma(`wal_autocheckpoint = ${Math.round((64 * 2 ** 20) / pageSize)}`);
    }
    sqlite.pragma('foreign_keys = ON');
    if (options.bulkLoad) fitBulkLoadCache(sqlite);
    else setCacheBytes(sqlite, CACHE_BYTES);
    sqlite.pragma('temp_store = MEMORY');
    const db = drizzle({ client: sqlite, schema });
    if (!options.readonly) {
      migrateIfNeeded(sqlite, db);
      buildIndexesLeftDeferred(sqlite);
    }
    return { sqlite, db };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/**
 * Builds the indexes a bulk load deferred and did not build (it died: db/deferred-indexes.ts judges by
 * its recorded owner). Those of a load still running are left to it, which builds them at its end;
 * while another connection holds the write lock this gives up.
 */
function buildIndexesLeftDeferred(sqlite: Database.Database): void {
  try {
    restoreDeferredIndexes(sqlite);
  } catch (error) {
    if (!isBusy(error)) throw error;
  }
}

function isEmptyDatabase(sqlite: Database.Database): boolean {
  return (sqlite.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n === 0;
}

function migrateIfNeeded(sqlite: Database.Database, db: AppDatabase): void {
  const migrationsFolder = findMigrationsFolder();
  const latest = latestMigrationMillis(migrationsFolder);
  if (appliedMigrationMillis(sqlite) >= latest) return;
  try {
    migrate(db, { migrationsFolder });
  } catch (error) {
    // Another process (the app and an ingest starting together) may have migrated first.
    if (appliedMigrationMillis(sqlite) >= latest) return;
    throw error;
  }
}

function latestMigrationMillis(migrationsFolder: string): number {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  return Math.max(0, ...journal.entries.map((entry) => entry.when));
}

function appliedMigrationMillis(sqlite: Database.Database): number {
  const table = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return -1;
  const row = sqlite.prepare('SELECT max(created_at) AS latest FROM __drizzle_migrations').get() as {
    latest: number | null;
  };
  return Number(row.latest ?? -1);
}

const globalForDb = globalThis as typeof globalThis & { __section16Db?: OpenedDatabase };

/**
 * The web app's database, opened once per process on first use (kept on `globalThis` so Next's
 * dev reloads don't open it again). `DATABASE_PATH` picks the file.
 */
export function getDb(): AppDatabase {
  return getDatabase().db;
}

/** The same singleton with its raw connection, for query modules that run raw SQL (FTS5). */
export function getDatabase(): OpenedDatabase {
  globalForDb.__section16Db ??= openDatabase(resolveDatabasePath());
  return globalForDb.__section16Db;
}

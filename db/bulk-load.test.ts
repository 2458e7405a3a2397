// A bulk load's journaling (db/bulk-load.ts) on real SQLite files: into a fresh file the batches
// commit on a rollback journal and the file ends on WAL, where the web app's readers never wait for
// a writer; a file that holds filings, or that another connection is reading, stays on WAL
// throughout; the app opening the file mid-load opens at once and reads what is committed.
import { rmSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFiling } from '../lib/parser/index';
import { ownershipXml } from '../test/support/ownership-xml';
import { makeTempDir } from '../test/support/temp-db';
import { startBulkLoad } from './bulk-load';
import { ROLLBACK_BUILD_ROWS } from './deferred-indexes';
import { bulkLoadCacheBytes, openDatabase } from './index';
import { createFilingStore, type FilingStore } from './store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function newFile(): string {
  const dir = makeTempDir();
  dirs.push(dir);
  return path.join(dir, 'bulk.db');
}

const journalMode = (sqlite: Database.Database) => sqlite.pragma('journal_mode', { simple: true });
const filingCount = (sqlite: Database.Database) => sqlite.prepare('SELECT count(*) FROM filings').pluck().get();

/** Filings `from` to `from + count`, each its own owner, stored 10 to a batch as the ingest stores them. */
function loadInBatches(store: FilingStore, between: () => void, from: number, count: number): void {
  for (let at = from; at < from + count; at += 10) {
    const items = Array.from({ length: Math.min(10, from + count - at) }, (_, k) => {
      const n = at + k;
      const parsed = parseFiling(ownershipXml({ ownerCik: String(9_990_000 + n).padStart(10, '0') }));
      return { parsed, options: { document: parsed.ownershipXml, accession: `0009990000-24-${String(n).padStart(6, '0')}` } };
    });
    store.batch(() => store.storeFilings(items));
    between();
  }
}

/** A fresh file under a bulk load that has committed `filings` filings so far. */
function freshLoad(filings: number) {
  const file = newFile();
  const { sqlite } = openDatabase(file, { bulkLoad: true });
  const load = startBulkLoad(sqlite);
  const store = createFilingStore(sqlite);
  const more = (from: number, count: number) => loadInBatches(store, () => load.betweenTransactions(), from, count);
  more(0, filings);
  return { file, sqlite, load, store, more };
}

describe('a bulk load', () => {
  it('into a fresh file commits on a rollback journal and leaves the file on WAL', () => {
    const { sqlite, load, more } = freshLoad(0);
    expect(journalMode(sqlite)).toBe('truncate');
    more(0, 30);
    load.stop();
    expect(journalMode(sqlite)).toBe('wal');
    expect(filingCount(sqlite)).toBe(30);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();
  });

  it('into a file that holds filings stays on WAL, where a reader reads while a batch is open', () => {
    const file = newFile();
    const { sqlite } = openDatabase(file, { bulkLoad: true });
    const store = createFilingStore(sqlite);
    loadInBatches(store, () => {}, 0, 10);
    const load = startBulkLoad(sqlite);
    expect(journalMode(sqlite)).toBe('wal');
    const reader = openDatabase(file, { readonly: true }).sqlite;
    store.batch(() => {
      sqlite.prepare("UPDATE filings SET source = 'rewritten'").run();
      // The write lock is held and the change not committed: the reader neither waits nor sees it.
      expect(reader.prepare("SELECT count(*) FROM filings WHERE source = 'rewritten'").pluck().get()).toBe(0);
    });
    load.stop();
    expect(reader.prepare("SELECT count(*) FROM filings WHERE source = 'rewritten'").pluck().get()).toBe(10);
    reader.close();
    sqlite.close();
  });

  it('stays on WAL when another connection is reading the fresh file as it starts', () => {
    const file = newFile();
    const { sqlite } = openDatabase(file, { bulkLoad: true });
    const reader = openDatabase(file).sqlite;
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM filings').get();
    sqlite.pragma('busy_timeout = 200'); // how long the load waits for the read to end (10 s as opened)
    const load = startBulkLoad(sqlite);
    expect(journalMode(sqlite)).toBe('wal');
    reader.exec('COMMIT');
    loadInBatches(createFilingStore(sqlite), () => load.betweenTransactions(), 0, 10);
    load.stop();
    expect(filingCount(reader)).toBe(10);
    reader.close();
    sqlite.close();
  });

  it('lets the app open the fresh file mid-load and read the committed batches', () => {
    const { file, sqlite, load } = freshLoad(20);
    sqlite.exec('BEGIN IMMEDIATE'); // the next batch under way
    sqlite.prepare("UPDATE filings SET source = 'uncommitted'").run();
    // Setting WAL fails at once while the load holds the write lock: the open reads on regardless.
    const app = openDatabase(file);
    expect(journalMode(app.sqlite)).not.toBe('wal');
    expect(app.sqlite.prepare("SELECT count(*) FROM filings WHERE source = 'uncommitted'").pluck().get()).toBe(0);
    expect(filingCount(app.sqlite)).toBe(20);
    sqlite.exec('COMMIT');
    load.stop();
    expect(journalMode(sqlite)).toBe('wal');
    expect(filingCount(app.sqlite)).toBe(20);
    expect(journalMode(app.sqlite)).toBe('wal');
    app.sqlite.close();
    sqlite.close();
  });

  it('goes on, in WAL, when another connection sets WAL between two of its batches', () => {
    const { file, sqlite, load, more } = freshLoad(20);
    const other = openDatabase(file).sqlite; // between batches nothing holds a lock: it sets WAL
    expect(journalMode(other)).toBe('wal');
    more(20, 20);
    load.stop();
    expect(filingCount(other)).toBe(40);
    expect(other.pragma('integrity_check', { simple: true })).toBe('ok');
    other.close();
    sqlite.close();
  });

  const indexCount = (sqlite: Database.Database) =>
    sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('filing_rows_market', 'filing_rows_value')").pluck().get();

  it('builds the indexes a small load deferred on its rollback journal, and goes back to WAL at its end', () => {
    const { sqlite, load, store, more } = freshLoad(0);
    store.deferIndexes();
    more(0, 10);
    expect(journalMode(sqlite)).toBe('truncate');
    store.buildDeferredIndexes();
    expect(journalMode(sqlite)).toBe('truncate');
    expect(indexCount(sqlite)).toBe(2);
    load.stop();
    expect(journalMode(sqlite)).toBe('wal');
    sqlite.close();
  });

  it('goes back to WAL before it builds the indexes of a load past ROLLBACK_BUILD_ROWS rows (readers must not wait minutes)', () => {
    const { sqlite, load, store, more } = freshLoad(0);
    store.deferIndexes();
    more(0, 10);
    // The rule reads the largest rowid, a fresh file's row count: one row stands for a table that long.
    sqlite.prepare('UPDATE filing_rows SET id = ? WHERE id = (SELECT max(id) FROM filing_rows)').run(ROLLBACK_BUILD_ROWS + 1);
    store.buildDeferredIndexes();
    expect(journalMode(sqlite)).toBe('wal');
    expect(indexCount(sqlite)).toBe(2);
    load.stop();
    sqlite.close();
  });
});

describe('bulkLoadCacheBytes', () => {
  const MiB = 2 ** 20;
  const GiB = 2 ** 30;
  it('is a quarter of the file, at least 64 MiB, at most an eighth of the memory or 2 GiB', () => {
    expect(bulkLoadCacheBytes(0, 16 * GiB)).toBe(64 * MiB);
    expect(bulkLoadCacheBytes(1 * GiB, 16 * GiB)).toBe(256 * MiB);
    expect(bulkLoadCacheBytes(8 * GiB, 8 * GiB)).toBe(1 * GiB);
    expect(bulkLoadCacheBytes(40 * GiB, 64 * GiB)).toBe(2 * GiB);
  });
});

import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../test/support/temp-db';
import { findMigrationsFolder, openDatabase, resolveDatabasePath } from './index';

let dir: string;
beforeAll(() => {
  dir = makeTempDir('section16-open-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openDatabase', () => {
  it('creates the file and its folders, in WAL mode, with foreign keys on, 4 KiB pages and every table', () => {
    const file = path.join(dir, 'a', 'b', 'new.db');
    const { sqlite } = openDatabase(file);
    try {
      expect(existsSync(file)).toBe(true);
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
      expect(sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
      expect(sqlite.pragma('page_size', { simple: true })).toBe(4096);
      const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'name_search_%' AND name NOT LIKE 'issuer_name_search_%' ORDER BY name").pluck().all();
      expect(tables).toEqual(['__drizzle_migrations', 'daily_indexes_read', 'dataset_quarters_loaded', 'deferred_indexes', 'filing_deletions', 'filing_owners', 'filing_rows', 'filings', 'insider_years', 'issuer_aliases', 'issuer_name_search', 'issuers', 'name_search', 'owners']);
    } finally {
      sqlite.close();
    }
  });

  it('migrates once: opening again (twice at once, like the app and an ingest) changes nothing', () => {
    const file = path.join(dir, 'twice.db');
    const first = openDatabase(file);
    const second = openDatabase(file);
    const third = openDatabase(file);
    try {
      const migrations = first.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
      const journal = JSON.parse(readFileSync(path.join(findMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
      expect(journal.entries.length).toBeGreaterThanOrEqual(3);
      expect(migrations.n).toBe(journal.entries.length);
      first.sqlite.prepare("INSERT INTO issuers (cik, name) VALUES ('1', 'Kept Inc')").run();
      expect(third.sqlite.prepare('SELECT name FROM issuers').pluck().get()).toBe('Kept Inc');
    } finally {
      first.sqlite.close();
      second.sqlite.close();
      third.sqlite.close();
    }
  });

  it('opens read-only without writing', () => {
    const file = path.join(dir, 'ro.db');
    openDatabase(file).sqlite.close();
    const { sqlite } = openDatabase(file, { readonly: true });
    try {
      expect(() => sqlite.prepare("INSERT INTO issuers (cik) VALUES ('2')").run()).toThrow(/readonly/);
    } finally {
      sqlite.close();
    }
  });
});

describe('resolveDatabasePath', () => {
  it('takes --db, else DATABASE_PATH, else data/section16.db, relative to the working directory', () => {
    const saved = process.env.DATABASE_PATH;
    try {
      delete process.env.DATABASE_PATH;
      expect(resolveDatabasePath()).toBe(path.resolve('data/section16.db'));
      process.env.DATABASE_PATH = '/tmp/elsewhere.db';
      expect(resolveDatabasePath()).toBe('/tmp/elsewhere.db');
      expect(resolveDatabasePath('x/y.db')).toBe(path.resolve('x/y.db'));
      process.env.DATABASE_PATH = '  ';
      expect(() => resolveDatabasePath()).toThrow('DATABASE_PATH is set but empty');
    } finally {
      if (saved === undefined) delete process.env.DATABASE_PATH;
      else process.env.DATABASE_PATH = saved;
    }
  });
});

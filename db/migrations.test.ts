// Migrations that move data are tested on a database made by the migrations before them, holding
// what those kept: an upgrade must not lose a footnote someone loaded a year ago.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../lib/testing/temp-db';
import { findMigrationsFolder, openDatabase } from './index';
import { getFilingJson } from './queries/filing-json';

let dir: string;
beforeAll(() => {
  dir = makeTempDir('section16-migrations-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A database migrated up to (not including) the migration tagged `before`. */
function databaseBefore(before: string): string {
  const folder = path.join(dir, `migrations-${before}`);
  cpSync(findMigrationsFolder(), folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((entry) => entry.tag === before);
  expect(cut).toBeGreaterThan(0);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));
  const file = path.join(dir, `${before}.db`);
  const sqlite = new Database(file);
  migrate(drizzle({ client: sqlite }), { migrationsFolder: folder });
  sqlite.close();
  return file;
}

describe('0005: footnotes and signatures onto their filing', () => {
  it('keeps every footnote and signature, in filed order, repeated ids included', () => {
    const file = databaseBefore('0005_footnotes-on-filings');
    const old = new Database(file);
    old.exec(`
      INSERT INTO filings (accession, form_type, issuer_cik, not_subject_to_section16, no_securities_owned, content_hash, document)
      VALUES ('0000000001-13-000001', '4', '46129', 0, 0, 'h1', 'doc'), ('0000000001-13-000002', '4', '46129', 0, 0, 'h2', 'doc');
      INSERT INTO footnotes (accession, id, position, text) VALUES
        ('0000000001-13-000001', 'F2', 1, 'Second, filed second.'),
        ('0000000001-13-000001', 'F1', 0, 'First.'),
        ('0000000001-13-000001', 'F1', 2, 'A repeated id.');
      INSERT INTO signatures (accession, position, name, date) VALUES
        ('0000000001-13-000001', 0, 'Richard D. Federico', '2013-05-21'),
        ('0000000001-13-000001', 1, NULL, NULL);`);
    old.close();

    const { sqlite, db } = openDatabase(file);
    try {
      const first = getFilingJson('0000000001-13-000001', db)!;
      expect(first.footnotes).toEqual([
        { id: 'F1', text: 'First.' },
        { id: 'F2', text: 'Second, filed second.' },
        { id: 'F1', text: 'A repeated id.' },
      ]);
      expect(first.signatures).toEqual([{ name: 'Richard D. Federico', date: '2013-05-21' }, { name: null, date: null }]);
      const second = getFilingJson('0000000001-13-000002', db)!;
      expect([second.footnotes, second.signatures]).toEqual([[], []]);
      const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE name IN ('footnotes', 'signatures')").all();
      expect(tables).toEqual([]);
    } finally {
      sqlite.close();
    }
  });
});

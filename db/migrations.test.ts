// Migrations that move data are tested on a database made by the migrations before them, holding
// what those kept: an upgrade must not lose a footnote someone loaded a year ago.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../test/support/temp-db';
import { seedFixture } from '../test/support/corpus';
import { packDocument } from './document';
import { findMigrationsFolder, openDatabase } from './index';
import { getFilingJson } from './queries/filing-json';

let dir: string;
beforeAll(() => {
  dir = makeTempDir('section16-migrations-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The repo's migrations folder, cut just before the migration tagged `before`. */
function migrationsBefore(before: string): string {
  const folder = path.join(dir, `migrations-${before}`);
  cpSync(findMigrationsFolder(), folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((entry) => entry.tag === before);
  expect(cut).toBeGreaterThan(0);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));
  return folder;
}

/** Migrates `file` up to (not including) the migration tagged `before`. */
function migrateUpTo(file: string, before: string): void {
  const sqlite = new Database(file);
  migrate(drizzle({ client: sqlite }), { migrationsFolder: migrationsBefore(before) });
  sqlite.close();
}

/** A new database migrated up to (not including) the migration tagged `before`. */
function databaseBefore(before: string): string {
  const file = path.join(dir, `${before}.db`);
  migrateUpTo(file, before);
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

    migrateUpTo(file, '0008_footnotes-from-document');
    const sqlite = new Database(file, { readonly: true });
    try {
      const stored = (accession: string) => sqlite.prepare('SELECT footnotes, signatures FROM filings WHERE accession = ?').get(accession) as { footnotes: string; signatures: string };
      const first = stored('0000000001-13-000001');
      expect(JSON.parse(first.footnotes)).toEqual([
        { id: 'F1', text: 'First.' },
        { id: 'F2', text: 'Second, filed second.' },
        { id: 'F1', text: 'A repeated id.' },
      ]);
      expect(JSON.parse(first.signatures)).toEqual([{ name: 'Richard D. Federico', date: '2013-05-21' }, { name: null, date: null }]);
      const second = stored('0000000001-13-000002');
      expect([JSON.parse(second.footnotes), JSON.parse(second.signatures)]).toEqual([[], []]);
      const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE name IN ('footnotes', 'signatures')").all();
      expect(tables).toEqual([]);
    } finally {
      sqlite.close();
    }
  });
});

describe('0008: footnotes and remarks read from the document', () => {
  it('drops the stored copies and shows what the document holds', () => {
    const file = databaseBefore('0008_footnotes-from-document');
    const seed = readFileSync(seedFixture, 'utf8');
    const old = new Database(file);
    // A stale stored copy: what the page shows must come from the document.
    old.prepare(`
      INSERT INTO filings (accession, form_type, issuer_cik, not_subject_to_section16, no_securities_owned, content_hash, document, footnotes, remarks)
      VALUES ('0000000001-13-000001', '4', '46129', 0, 0, 'h1', ?, '[{"id":"F9","text":"stale"}]', 'stale')`).run(packDocument(seed));
    old.close();

    const { sqlite, db } = openDatabase(file);
    try {
      const json = getFilingJson('0000000001-13-000001', db)!;
      expect(json.footnotes).toEqual([{
        id: 'F1',
        text: "These shares were purchased by the Reporting Person pursuant to the Company's Non-Employee Director Stock in Lieu of Cash Retainer Plan.",
      }]);
      expect(json.remarks).toBeNull();
      const columns = sqlite.prepare("SELECT name FROM pragma_table_info('filings') WHERE name IN ('footnotes', 'remarks')").all();
      expect(columns).toEqual([]);
    } finally {
      sqlite.close();
    }
  });
});

describe('0009: table rows keep what the tables list', () => {
  it('keeps every row, its id and the fields the tables read, in one rebuild with both indexes', () => {
    const file = databaseBefore('0009_rows-as-listed');
    const old = new Database(file);
    old.exec(`
      INSERT INTO filings (accession, form_type, issuer_cik, not_subject_to_section16, no_securities_owned, content_hash, document)
      VALUES ('0000000001-13-000001', '4', '46129', 0, 0, 'h1', 'doc');
      INSERT INTO filing_rows (id, accession, "table", position, kind, issuer_cik, filed_at, security_title, transaction_date, code,
        shares, price_per_share, acquired_disposed, shares_owned_after, direct_or_indirect, nature_of_ownership, footnote_ids, value)
      VALUES (41, '0000000001-13-000001', 'N', 0, 'transaction', '46129', '2013-05-23', 'Common Stock', '2013-05-21', 'P',
        785, 7, 'A', 12759, 'D', 'By trust', '{"shares":["F1"]}', 5495);`);
    old.close();

    const { sqlite } = openDatabase(file);
    try {
      expect(sqlite.prepare('SELECT * FROM filing_rows').all()).toEqual([{
        id: 41, accession: '0000000001-13-000001', table: 'N', position: 0, kind: 'transaction', issuer_cik: '46129',
        filed_at: '2013-05-23', security_title: 'Common Stock', transaction_date: '2013-05-21', code: 'P', shares: 785,
        price_per_share: 7, acquired_disposed: 'A', shares_owned_after: 12759, direct_or_indirect: 'D',
        conversion_or_exercise_price: null, underlying_title: null, underlying_shares: null, value: 5495,
      }]);
      const indexes = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'filing_rows' ORDER BY name").pluck().all();
      expect(indexes).toEqual(['filing_rows_accession', 'filing_rows_issuer_view']);
      expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    } finally {
      sqlite.close();
    }
  });
});

describe('0010: the filing date as a column', () => {
  it('adds it in place: rows keep their rowids, the date reads the filing date or else the period, both indexes use it', () => {
    const file = databaseBefore('0010_filing-date-column');
    const old = new Database(file);
    old.exec(`
      INSERT INTO filings (rowid, accession, form_type, issuer_cik, period_of_report, filed_at, not_subject_to_section16, no_securities_owned, content_hash, document)
      VALUES (7, '0000000001-13-000001', '4', '46129', '2013-05-21', '2013-05-23', 0, 0, 'h1', 'doc'),
        (9, '0000000001-13-000002', '4', '46129', '2013-06-03', NULL, 0, 0, 'h2', 'doc');`);
    old.close();

    const { sqlite } = openDatabase(file);
    try {
      expect(sqlite.prepare('SELECT rowid, accession, filing_date FROM filings ORDER BY rowid').all()).toEqual([
        { rowid: 7, accession: '0000000001-13-000001', filing_date: '2013-05-23' },
        { rowid: 9, accession: '0000000001-13-000002', filing_date: '2013-06-03' },
      ]);
      const indexed = (name: string) => sqlite.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck().all(name);
      expect(indexed('filings_date')).toEqual(['filing_date', 'accession']);
      expect(indexed('filings_issuer_date')).toEqual(['issuer_cik', 'filing_date']);
    } finally {
      sqlite.close();
    }
  });
});

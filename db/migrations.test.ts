// Migrations that move data are tested on a database made by the migrations before them, holding
// what those kept: an upgrade must not lose a footnote someone loaded a year ago.
import { readFileSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../test/support/temp-db';
import { databaseBefore, migrateUpTo } from '../test/support/old-database';
import { seedFixture } from '../test/support/corpus';
import { packDocument } from './document';
import { openDatabase } from './index';
import { getFilingJson } from './queries/filing-json';

let dir: string;
beforeAll(() => {
  dir = makeTempDir('section16-migrations-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('0005: footnotes and signatures onto their filing', () => {
  it('keeps every footnote and signature, in filed order, repeated ids included', () => {
    const file = databaseBefore(dir, '0005_footnotes-on-filings');
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

    migrateUpTo(dir, file, '0008_footnotes-from-document');
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
    const file = databaseBefore(dir, '0008_footnotes-from-document');
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
    const file = databaseBefore(dir, '0009_rows-as-listed');
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
        days_late: null, flags: '', // added by 0012
        own_change_pct: 6.555871053950225, // 0017's generated column (unrounded since 0023): 785 of the 11,974 held before
        price_number: 7, // 0018's
        shares_number: 785, // 0020's
        filed_year: '2013', // 0025's
      }]);
      const indexes = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'filing_rows' ORDER BY name").pluck().all();
      // The screener's (0013, 0015, 0017, 0018, 0020, 0021) come after.
      expect(indexes).toEqual([
        'filing_rows_accession', 'filing_rows_date', 'filing_rows_issuer_view', 'filing_rows_late', 'filing_rows_market', 'filing_rows_own_change',
        'filing_rows_price', 'filing_rows_purchases', 'filing_rows_shares', 'filing_rows_value',
      ]);
      expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    } finally {
      sqlite.close();
    }
  });
});

describe('0010: the filing date as a column', () => {
  it('adds it in place: rows keep their rowids, the date reads the filing date or else the period, both indexes use it', () => {
    const file = databaseBefore(dir, '0010_filing-date-column');
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

describe('0012: signals', () => {
  it('backfills each row’s own flags and the months each insider traded; days late stay unknown until a reparse', () => {
    const file = databaseBefore(dir, '0012_signals');
    const old = new Database(file);
    old.exec(`
      INSERT INTO filings (accession, form_type, issuer_cik, filed_at, not_subject_to_section16, no_securities_owned, content_hash, document)
      VALUES ('0000000001-21-000001', '4', '46129', '2021-03-12', 0, 0, 'h1', 'doc'),
        ('0000000001-22-000001', '4', '46129', '2022-11-03', 0, 0, 'h2', 'doc');
      INSERT INTO filing_owners (accession, position, owner_cik, is_director, is_officer, is_ten_percent_owner, is_other)
      VALUES ('0000000001-21-000001', 0, '1001', 1, 0, 0, 0), ('0000000001-21-000001', 1, '1002', 0, 0, 1, 0),
        ('0000000001-22-000001', 0, '1001', 1, 0, 0, 0);
      INSERT INTO filing_rows (id, accession, "table", position, kind, issuer_cik, filed_at, transaction_date, code, shares, price_per_share, value)
      VALUES (1, '0000000001-21-000001', 'N', 0, 'transaction', '46129', '2021-03-12', '2021-03-10', 'P', 100, 7, 700),
        (2, '0000000001-21-000001', 'N', 1, 'transaction', '46129', '2021-03-12', '2021-05-10', 'S', -5, 7, -35),
        (3, '0000000001-21-000001', 'N', 2, 'transaction', '46129', '2021-03-12', '1989-06-30', 'A', 5, -1, -5),
        (4, '0000000001-21-000001', 'D', 0, 'transaction', '46129', '2021-03-12', '2021-07-01', 'P', 1, 20000000000, 20000000000),
        (5, '0000000001-22-000001', 'N', 0, 'transaction', '46129', '2022-11-03', '2022-11-01', 'S', 10, 'See footnote 1', NULL),
        (6, '0000000001-22-000001', 'N', 1, 'transaction', '46129', '2022-11-03', '2022-13-01', 'S', 10, 1, 10),
        (7, '0000000001-22-000001', 'N', 2, 'holding', '46129', '2022-11-03', NULL, NULL, 10, NULL, NULL);`);
    old.close();

    const { sqlite } = openDatabase(file);
    try {
      expect(sqlite.prepare('SELECT id, flags, days_late FROM filing_rows ORDER BY id').raw().all()).toEqual([
        [1, '', null],
        [2, 'negative-shares,date-after-filing', null],
        [3, 'negative-price,date-before-1990', null],
        [4, 'date-after-filing,value-over-10b', null],
        [5, '', null],
        [6, 'date-after-filing', null],
        [7, '', null],
      ]);
      expect(sqlite.prepare('SELECT days_late FROM filings').pluck().all()).toEqual([null, null]);
      // March and May 2021 for both owners of the joint filing; November 2022 (not the month "13"); Table II and code A left out.
      expect(sqlite.prepare('SELECT issuer_cik, owner_cik, year, months FROM insider_years ORDER BY owner_cik, year').raw().all()).toEqual([
        ['46129', '1001', 2021, 0b10100],
        ['46129', '1001', 2022, 0b10000000000],
        ['46129', '1002', 2021, 0b10100],
      ]);
      const indexed = sqlite.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck().all('filing_rows_issuer_view');
      expect(indexed.slice(-2)).toEqual(['flags', 'days_late']);
      expect(sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'insider_years'").pluck().get()).toMatch(/WITHOUT ROWID$/);
    } finally {
      sqlite.close();
    }
  });
});

describe('0023: the change in holding unrounded', () => {
  it('adds the column again in place: rows keep their rowids, both indexes are built again and match it', () => {
    const file = databaseBefore(dir, '0023_exact-own-change');
    const old = new Database(file);
    old.exec(`
      INSERT INTO filings (accession, form_type, issuer_cik, not_subject_to_section16, no_securities_owned, content_hash, document)
      VALUES ('0000000001-24-000001', '4', '46129', 0, 0, 'h1', 'doc');
      INSERT INTO filing_rows (id, accession, "table", position, kind, issuer_cik, filed_at, transaction_date, code, shares, acquired_disposed, shares_owned_after, value)
      VALUES (41, '0000000001-24-000001', 'N', 0, 'transaction', '46129', '2024-03-04', '2024-03-01', 'P', 41547, 'A', 57547, 83094),
        (42, '0000000001-24-000001', 'N', 1, 'transaction', '46129', '2024-03-04', '2024-03-01', 'S', 3, 'D', 79997, 6),
        (43, '0000000001-24-000001', 'N', 2, 'holding', '46129', '2024-03-04', NULL, NULL, NULL, NULL, 500, NULL);`);
    // Before: rounded by round(), which on this tie gives one or the other depending on the SQLite version.
    expect([259.6687, 259.6688]).toContain(old.prepare('SELECT own_change_pct FROM filing_rows WHERE id = 41').pluck().get());
    // (filing_rows_own_change is keyed by year since 0025: the two others are compared here.)
    const indexSql = old.prepare("SELECT name, sql FROM sqlite_master WHERE name IN ('filing_rows_late', 'filing_rows_market') ORDER BY name").all();
    expect(indexSql).toHaveLength(2);
    old.close();

    const { sqlite } = openDatabase(file);
    try {
      expect(sqlite.prepare('SELECT id, own_change_pct FROM filing_rows ORDER BY id').all()).toEqual([
        { id: 41, own_change_pct: 259.66875 }, { id: 42, own_change_pct: 0.00375 }, { id: 43, own_change_pct: null },
      ]);
      // Still VIRTUAL (hidden 2), no bytes in the rows; the indexes (and the late one, built again after them) as declared before.
      expect(sqlite.prepare("SELECT hidden FROM pragma_table_xinfo('filing_rows') WHERE name = 'own_change_pct'").pluck().get()).toBe(2);
      expect(sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE name IN ('filing_rows_late', 'filing_rows_market') ORDER BY name").all()).toEqual(indexSql);
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const viaIndex = sqlite.prepare("SELECT id FROM filing_rows INDEXED BY filing_rows_own_change WHERE kind = 'transaction' AND filed_year = '2024' AND own_change_pct >= 259.66875").pluck().all();
      expect(viaIndex).toEqual([41]);
      sqlite.prepare('DELETE FROM filing_rows WHERE id = 41').run();
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      sqlite.close();
    }
  });
});

describe('0025: the screener indexes by an amount keyed by year', () => {
  it('adds the year in place (no bytes in the rows) and builds the four indexes on it, each read a year at a time', () => {
    const file = databaseBefore(dir, '0025_screener-amounts-by-year');
    const old = new Database(file);
    old.exec(`
      INSERT INTO filings (accession, form_type, issuer_cik, not_subject_to_section16, no_securities_owned, content_hash, document)
      VALUES ('0000000001-23-000001', '4', '46129', 0, 0, 'h1', 'doc'), ('0000000001-24-000001', '4', '46129', 0, 0, 'h2', 'doc');
      INSERT INTO filing_rows (id, accession, "table", position, kind, issuer_cik, filed_at, transaction_date, code, shares, price_per_share, acquired_disposed, shares_owned_after, value)
      VALUES (41, '0000000001-23-000001', 'N', 0, 'transaction', '46129', '2023-12-29', '2023-12-27', 'P', 100, 10, 'A', 200, 1000),
        (42, '0000000001-24-000001', 'N', 0, 'transaction', '46129', '2024-01-02', '2023-12-28', 'S', 50, 20, 'D', 150, 1000),
        (43, '0000000001-24-000001', 'N', 1, 'transaction', '46129', NULL, NULL, 'S', 5, 1, 'D', 10, 5);`);
    old.close();

    const { sqlite } = openDatabase(file);
    try {
      expect(sqlite.prepare('SELECT id, filed_year FROM filing_rows ORDER BY id').all()).toEqual([
        { id: 41, filed_year: '2023' }, { id: 42, filed_year: '2024' }, { id: 43, filed_year: null },
      ]);
      expect(sqlite.prepare("SELECT hidden FROM pragma_table_xinfo('filing_rows') WHERE name = 'filed_year'").pluck().get()).toBe(2);
      for (const [index, column] of [['filing_rows_value', 'value'], ['filing_rows_own_change', 'own_change_pct'], ['filing_rows_price', 'price_number'], ['filing_rows_shares', 'shares_number']]) {
        expect(sqlite.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno LIMIT 2').pluck().all(index)).toEqual(['filed_year', column]);
        const inYear = sqlite.prepare(`SELECT id FROM filing_rows INDEXED BY ${index} WHERE kind = 'transaction' AND filed_year = '2024' ORDER BY ${column} DESC`).pluck().all();
        expect(inYear).toEqual([42]);
      }
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      sqlite.close();
    }
  });
});

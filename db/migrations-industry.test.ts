// 0030 moved the issuer's industry from each filing onto the issuer: a database whose filings
// carried codes (loaded from EDGAR before it) keeps each issuer's, as its newest filing with one gives it.
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseBefore } from '../test/support/old-database';
import { makeTempDir } from '../test/support/temp-db';
import { openDatabase } from './index';

let dir: string;
beforeAll(() => {
  dir = makeTempDir('section16-migrations-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('0030: the industry on the issuer', () => {
  it("gives each issuer its newest coded filing's code and title, and none to an issuer whose filings carry none", () => {
    const file = databaseBefore(dir, '0030_issuers-industry');
    const old = new Database(file);
    // Tesla: a 2013 filing under an older code, a 2024 one under its current, and a newer bare XML
    // without one. Microsoft: bare XMLs only.
    old.exec(`
      INSERT INTO issuers (cik, name) VALUES ('1318605', 'Tesla, Inc.'), ('789019', 'MICROSOFT CORP');
      INSERT INTO filings (accession, form_type, issuer_cik, filed_at, issuer_sic, issuer_sic_title, not_subject_to_section16, no_securities_owned, content_hash, document)
      VALUES ('0001-13-1', '4', '1318605', '2013-05-01', '3714', 'MOTOR VEHICLE PARTS & ACCESSORIES', 0, 0, 'h1', 'doc'),
        ('0001-24-1', '4', '1318605', '2024-05-01', '3711', 'MOTOR VEHICLES & PASSENGER CAR BODIES', 0, 0, 'h2', 'doc'),
        ('x1', '4', '1318605', NULL, NULL, NULL, 0, 0, 'h3', 'doc'),
        ('x2', '4', '789019', NULL, NULL, NULL, 0, 0, 'h4', 'doc');
      UPDATE filings SET period_of_report = '2025-01-02' WHERE accession IN ('x1', 'x2');`);
    old.close();

    const { sqlite } = openDatabase(file);
    try {
      expect(sqlite.prepare('SELECT cik, sic, sic_title, sic_at FROM issuers ORDER BY cik').all()).toEqual([
        { cik: '1318605', sic: '3711', sic_title: 'MOTOR VEHICLES & PASSENGER CAR BODIES', sic_at: '2024-05-01' },
        { cik: '789019', sic: null, sic_title: null, sic_at: null },
      ]);
      // The filings keep what came with each.
      expect(sqlite.prepare('SELECT issuer_sic FROM filings ORDER BY accession').pluck().all()).toEqual(['3714', '3711', null, null]);
      expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE name IN ('filings_issuer_sic', 'issuers_sic')").pluck().all()).toEqual(['issuers_sic']);
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      sqlite.close();
    }
  });
});

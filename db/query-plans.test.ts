// Every statement the store, getFilingJson and searchNames run is checked with EXPLAIN QUERY PLAN:
// none may scan a whole table, because at full-history scale (millions of filings) that is the
// difference between microseconds and seconds per filing or per request.
import { readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFiling } from '../lib/parser/index';
import { seedFixture } from '../test/support/corpus';
import { ownershipXml } from '../test/support/ownership-xml';
import { openTempStore, type TempStore } from '../test/support/temp-db';
import { getFilingDocument } from '../ingest/filing-document';
import { getFilingJson } from './queries/filing-json';
import { searchNames } from './queries/search';
import { createFilingStore } from './store';
import { HOLDS_SAMPLES_SQL } from './samples';
import { explainPlan } from '../test/support/query-plan';

// Statements allowed to scan, each for a reason that keeps it cheap at any size.
const ALLOWED_SCANS = new Map<string, string>([
  // Reads the first row in rowid order and stops (LIMIT 1).
  [HOLDS_SAMPLES_SQL, 'one row'],
  // Runs only while the database holds the bundled samples, when every filing is one of a handful.
  ["SELECT accession FROM filings WHERE substr(source, 1, 7) = 'sample:'", 'samples only'],
  // Only when the samples leave: their issuers' former names go with them (a handful of rows).
  ['DELETE FROM issuer_aliases WHERE cik = ?', 'samples only'],
]);

let t: TempStore;
const executed = new Set<string>();

beforeAll(() => {
  t = openTempStore();
  // Record the SQL of every statement prepared on this connection from here on.
  const prepare = t.sqlite.prepare.bind(t.sqlite);
  (t.sqlite as { prepare: Database.Database['prepare'] }).prepare = ((source: string) => {
    executed.add(source);
    return prepare(source);
  }) as Database.Database['prepare'];
  const store = createFilingStore(t.sqlite);
  const seed = readFileSync(seedFixture, 'utf8');
  const original = ownershipXml();
  const amendment = ownershipXml({ formType: '4/A', dateOfOriginalSubmission: '2024-03-04', price: '10.55' });
  store.storeFilings([
    { parsed: parseFiling(seed), options: { document: seed } },
    { parsed: parseFiling(amendment), options: { document: amendment, accession: '0009990901-24-000002' } },
    { parsed: parseFiling(original), options: { document: original, accession: '0009990901-24-000001' } },
  ]);
  store.storeFiling(parseFiling(original), { document: original, accession: '0009990901-24-000001', force: true });
  store.storeFiling(parseFiling(seed), { document: seed });
  store.deleteFiling('0009990901-24-000002');
  store.hasFiling('0009990901-24-000001');
  getFilingJson('0009990901-24-000001', t.db);
  getFilingDocument('0009990901-24-000001', t.db);
  // A stored document that no longer parses: its page falls back to the rows as stored.
  t.sqlite.prepare("UPDATE filings SET document = '<html>no longer a filing</html>' WHERE accession = ?").run('0009990901-24-000001');
  getFilingJson('0009990901-24-000001', t.db);
  for (const query of ['Richard Federico', 'AMOT', '46129']) searchNames(query, 10, t.sqlite);
});
afterAll(() => t.close());

describe('query plans', () => {
  it('recorded the statements of storing, reading and searching', () => {
    const all = [...executed].join('\n');
    for (const fragment of ['INSERT INTO filing_rows', 'UPDATE filings SET amends', 'DELETE FROM filings', 'name_search MATCH', 'from "filing_rows"', 'from "filings"']) {
      expect(all).toContain(fragment);
    }
  });

  it('never scan a table', () => {
    const scans: string[] = [];
    const tables = new Set(t.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    for (const source of executed) {
      if (!/^\s*(SELECT|INSERT|UPDATE|DELETE|select|insert|update|delete)/.test(source)) continue;
      if (ALLOWED_SCANS.has(source.trim())) continue;
      for (const detail of explainPlan(t.sqlite, source)) {
        // count(*) over filings is the one full pass allowed (countFilings: CLI summaries and tests).
        // A scan of a subquery's rows (`SCAN recent`) reads what an index already narrowed; only tables count.
        const scanned = /^SCAN (\w+)/.exec(detail)?.[1];
        if (scanned && tables.has(scanned) && !/VIRTUAL TABLE/.test(detail) && !/count\(\*\)/i.test(source)) scans.push(`${detail}  ←  ${source.replace(/\s+/g, ' ').trim()}`);
      }
    }
    expect(scans).toEqual([]);
  });
});

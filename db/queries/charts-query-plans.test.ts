// EXPLAIN QUERY PLAN of the charts' statements on a real SQLite file: at a million filings a scan of
// filing_rows is seconds, so a person's holdings start from filing_owners_owner and read each
// filing's lines through filing_rows_accession, and an issuer's months are one range of
// filing_rows_issuer_view that never touches the table.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '@/test/support/temp-db';
import { TEST_CIKS as C, loadTestFilings } from '@/test/support/test-filings';
import { getPersonHoldings } from './holdings-series';
import { getIssuerMonthlyTrades } from './monthly-trades';

let t: TempStore;
const recorded: string[] = [];
const prepare = Database.prototype.prepare;

beforeAll(() => {
  t = openTempStore();
  loadTestFilings(t.store);
  Database.prototype.prepare = function (this: Database.Database, source: string) {
    if (/filing_rows/.test(source)) recorded.push(source);
    return prepare.call(this, source);
  } as typeof prepare;
});
afterAll(() => {
  Database.prototype.prepare = prepare;
  t.close();
});

function planOf(run: () => unknown): string {
  recorded.length = 0;
  run();
  expect(recorded).toHaveLength(1);
  const source = recorded[0]!;
  const params: null[] = (source.match(/\?/g) ?? []).map(() => null);
  const explain = prepare.call(t.sqlite, `EXPLAIN QUERY PLAN ${source}`) as Database.Statement<unknown[], { detail: string }>;
  return explain.all(...params).map((r) => r.detail).join('\n');
}

it("reads a person's Table I lines from their filings by index, without scanning a table", () => {
  const plan = planOf(() => getPersonHoldings(C.DOE, t.db));
  expect(plan).toMatch(/SEARCH \S+ USING COVERING INDEX filing_owners_owner \(owner_cik=\?\)/);
  expect(plan).toMatch(/SEARCH \S+ USING INDEX filing_rows_accession \(accession=\? AND table=\?\)/);
  expect(plan).toMatch(/USING COVERING INDEX filings_amends \(amends=\?\)/);
  expect(plan).not.toMatch(/\bSCAN\b/);
});

it("sums an issuer's months from one range of its covering index", () => {
  const plan = planOf(() => getIssuerMonthlyTrades(C.ACME, t.db));
  expect(plan).toMatch(/SEARCH filing_rows USING COVERING INDEX filing_rows_issuer_view \(issuer_cik=\?\)/);
  expect(plan).not.toMatch(/\bSCAN\b/);
});

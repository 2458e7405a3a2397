// EXPLAIN QUERY PLAN of every statement the pages run on their hot paths (issuer page with each sort
// key and filter, person page, filing page, search, latest filings, the CSV export), recorded from a
// real SQLite file loaded through the parser and store. At full-history scale a table scan is
// seconds per request, so none may scan a table, and the paths that page straight off an index
// (an issuer's rows in date order, the latest filings) must not sort at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppDatabase, type TempStore } from '@/test/support/temp-db';
import { SORT_KEYS, parseTableView } from '@/lib/search-params';
import { TEST_CIKS as C, TEST_FILINGS, loadTestFilings } from '../../test/support/test-filings';
import { explainPlan, recordStatements } from '@/test/support/query-plan';

let t: TempStore;
// Every connection's statements, the CSV export's own read-only connection among them.
const { executed, run, restore } = recordStatements();

beforeAll(async () => {
  t = openAppDatabase(loadTestFilings);
  // Opened (and its migrations checked) before recording: that is not a page's work.
  (await import('@/db/index')).getDatabase();
  const issuers = await import('./issuers');
  const insiders = await import('./insiders');
  const buySell = await import('./buy-sell');
  const people = await import('./people');
  const transactions = await import('./transactions');
  const latest = await import('./latest');
  const coverage = await import('./coverage');
  const search = await import('./search');
  const api = await import('../../app/api/_lib/transactions-api');
  const { getFilingJson } = await import('@/db/queries/filing-json');

  await run('issuer header', () => issuers.getIssuerByCik(C.ACME));
  await run('ticker', () => issuers.getIssuerByTicker('acme'));
  await run('insiders', () => insiders.listIssuerInsiders(C.ACME));
  await run('buy/sell summary', () => buySell.getIssuerBuySellSummary(C.ACME));
  for (const sort of SORT_KEYS) {
    for (const dir of ['asc', 'desc']) {
      await run(`issuer sorted by ${sort} ${dir}`, () => transactions.listIssuerTransactions(C.ACME, parseTableView({ sort, dir, page: '2', size: '25' })));
      await run(`person sorted by ${sort} ${dir}`, () => transactions.listPersonTransactions(C.DOE, parseTableView({ sort, dir })));
    }
  }
  for (const filter of [{ code: 'S' }, { code: 'P,S', ad: 'A' }, { role: 'director' }, { insider: C.GP }, { from: '2023-01-01', to: '2024-12-31' },
    { pattern: 'routine' }, { late: '1' }, { pattern: 'unclassified', sort: 'value' }]) {
    await run(`issuer filtered ${JSON.stringify(filter)}`, () => transactions.listIssuerTransactions(C.ACME, parseTableView(filter)));
  }
  await run('person filtered by issuer', () => transactions.listPersonTransactions(C.DOE, parseTableView({ issuer: C.BETA })));
  await run('person filtered by pattern', () => transactions.listPersonTransactions(C.DOE, parseTableView({ pattern: 'opportunistic', late: '1' })));
  await run('person header', () => people.getPersonByCik(C.DOE));
  await run('person issuers', () => people.listPersonIssuers(C.DOE));
  await run('filing page', () => getFilingJson(TEST_FILINGS[0]!.accession));
  await run('latest filings', () => latest.listLatestFilings(30));
  await run('database coverage', () => coverage.getDatabaseCoverage());
  await run('search', () => search.searchEverything('Jane Doe'));
  await run('prefix search', () => search.suggestNames('do'));
  await run('CSV export', () => api.transactionsResponse('issuer', C.ACME, new URL('http://x/api/issuers/1/transactions?format=csv')));
});
afterAll(() => {
  restore();
  t?.close();
});

const planOf = (source: string): string[] => explainPlan(t.sqlite, source);

const reads = () => executed.filter(([source]) => /^\s*select/i.test(source));

describe('query plans of the pages', () => {
  it('recorded the statements of every hot path', () => {
    const labels = new Set(executed.map(([, label]) => label));
    for (const label of ['insiders', 'buy/sell summary', 'issuer sorted by price desc', 'person sorted by date desc', 'filing page', 'latest filings', 'database coverage', 'search', 'CSV export']) {
      expect(labels).toContain(label);
    }
    expect(reads().length).toBeGreaterThan(20);
  });

  it('never scan a table', () => {
    const scans: string[] = [];
    for (const [source, label] of reads()) {
      const plan = planOf(source);
      // A subquery in FROM is scanned as its own result rows ("CO-ROUTINE ranked", then "SCAN ranked"):
      // what it reads is checked on its own lines.
      const subqueries = new Set(plan.flatMap((d) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(d)?.[1] ?? []));
      for (const detail of plan) {
        // "SCAN t" without an index reads every row of t. Virtual tables (FTS5, pragmas) are not tables of ours.
        const scanned = /^SCAN (\S+)(?: AS \S+)?$/.exec(detail)?.[1];
        if (scanned && scanned !== 'CONSTANT' && !subqueries.has(scanned)) {
          scans.push(`${label}: ${detail}  ←  ${source.replace(/\s+/g, ' ').slice(0, 200)}`);
        }
      }
    }
    expect(scans).toEqual([]);
  });

  it("page an issuer's rows in date order and the latest filings straight off an index, without sorting", () => {
    const sorted: string[] = [];
    for (const [source, label] of reads()) {
      const indexPath = label === 'latest filings' || /^issuer sorted by date /.test(label);
      if (!indexPath || !/order by/i.test(source)) continue;
      const plan = planOf(source);
      // Sorting within runs of one date ("FOR LAST 3 TERMS OF ORDER BY") is cheap; sorting the whole set is not.
      if (plan.some((d) => d === 'USE TEMP B-TREE FOR ORDER BY')) {
        sorted.push(`${label}: ${plan.join(' | ')}  ←  ${source.replace(/\s+/g, ' ').slice(0, 200)}`);
      }
    }
    expect(sorted).toEqual([]);
  });

  it("fetch a page's rows by id, the ids driving the join (not a fund's thousands of filings)", () => {
    const byIds = reads().filter(([source]) => /"filing_rows"\."id" in \(/.test(source));
    expect(byIds.length).toBeGreaterThanOrEqual(2);
    for (const [source, label] of byIds) {
      // A full page asks for 50 ids; the planner weighs a list that long differently from the test's few.
      const fullPage = source.replace(/"filing_rows"\."id" in \((?:\?(?:, )?)+\)/, `"filing_rows"."id" in (${Array(50).fill('?').join(', ')})`);
      expect(`${label}: ${planOf(fullPage)[0]}`).toMatch(/: SEARCH filing_rows USING INTEGER PRIMARY KEY \(rowid=\?\)$/);
    }
  });

  it('read an issuer page and its count from the covering index, not the table', () => {
    const issuerReads = reads().filter(([source, label]) => /^issuer sorted by date /.test(label) && /^select (count|"id")/i.test(source));
    expect(issuerReads.length).toBeGreaterThanOrEqual(2);
    for (const [source] of issuerReads) expect(planOf(source).join(' | ')).toContain('USING COVERING INDEX filing_rows_issuer_view');
  });
});

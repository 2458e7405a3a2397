// The issuer's transaction table (order, filters, pages) on a real SQLite file loaded with the
// small filings in test/support/test-filings.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFiling } from '@/lib/parser/index';
import { openAppDatabase, type TempStore } from '@/test/support/temp-db';
import { DEFAULT_VIEW, parseTableView, type TableView } from '@/lib/search-params';
import { TEST_CIKS as C, TEST_FILINGS, loadTestFilings, testFilingXml } from '../../test/support/test-filings';
import { label } from '../../test/support/test-filing-labels';

let t: TempStore;
// The query modules open DATABASE_PATH themselves (lazily, once): point it at the test file first.
let q: { transactions: typeof import('./transactions') };

beforeAll(async () => {
  t = openAppDatabase(loadTestFilings);
  q = { transactions: await import('./transactions') };
});
afterAll(() => t?.close());

const view = (params: Record<string, string> = {}): TableView => parseTableView(params);

describe('issuer transactions', () => {
  it('lists every line and holding, newest transaction first, holdings last', () => {
    const page = q.transactions.listIssuerTransactions(C.ACME, DEFAULT_VIEW);
    expect(page.total).toBe(6);
    expect(page.rows.map((r) => [r.transactionDate, r.code])).toEqual([
      ['2024-06-10', 'S'], ['2024-06-09', 'M'], ['2024-03-01', 'P'], ['2024-03-01', 'P'], ['2023-01-15', 'S'], [null, null],
    ]);
    expect(page.rows[5]).toMatchObject({ kind: 'holding', sharesOwnedAfter: 1000, formType: '3' });
  });

  it('labels each row with its filing, issuer and the filing’s first reporting owner', () => {
    const rows = q.transactions.listIssuerTransactions(C.ACME, view({ code: 'S' })).rows;
    expect(rows[0]).toMatchObject({
      accession: '0000000001-24-000002', issuerName: 'Acme Widgets, Inc.', issuerTicker: 'ACME', ownerCik: C.ROE,
      ownerName: 'ROE RICHARD', isOfficer: true, officerTitle: 'Chief Financial Officer', ownerCount: 1,
      table: 'N', shares: 200, pricePerShare: 20, value: 4000, acquiredDisposed: 'D', sharesOwnedAfter: 800, directOrIndirect: 'D',
    });
    expect(rows[1]).toMatchObject({ ownerCik: C.FUND, ownerCount: 2, directOrIndirect: 'I' });
  });

  it('sorts by price as numbers, with a price filed as text after every number either way', () => {
    const asc = q.transactions.listIssuerTransactions(C.ACME, view({ sort: 'price', dir: 'asc' })).rows;
    expect(asc.map((r) => r.pricePerShare)).toEqual([10, 11, 15, 20, 'See footnote 1', null]);
    const desc = q.transactions.listIssuerTransactions(C.ACME, view({ sort: 'price', dir: 'desc' })).rows;
    expect(desc.map((r) => r.pricePerShare).slice(0, 4)).toEqual([20, 15, 11, 10]);
  });

  const order = (sort: string, dir: string) => q.transactions.listIssuerTransactions(C.ACME, view({ sort, dir })).rows.map(label);

  it('sorts by every column, either way, empty values last and ties newest first then as filed', () => {
    // Written out from the filings in test/support/test-filings.ts, column by column.
    const expected: Record<string, [asc: string[], desc: string[]]> = {
      date: [['S1000', 'P100', 'P50', 'M300', 'S200', 'H1000'], ['S200', 'M300', 'P100', 'P50', 'S1000', 'H1000']],
      // No filing has a filing date (bare XML): every tie falls to the newest transaction.
      filed: [['S200', 'M300', 'P100', 'P50', 'S1000', 'H1000'], ['S200', 'M300', 'P100', 'P50', 'S1000', 'H1000']],
      issuer: [['S200', 'M300', 'P100', 'P50', 'S1000', 'H1000'], ['S200', 'M300', 'P100', 'P50', 'S1000', 'H1000']],
      // Big Fund LP, DOE JANE Q, ROE RICHARD.
      insider: [['S1000', 'P100', 'P50', 'H1000', 'S200', 'M300'], ['S200', 'M300', 'P100', 'P50', 'H1000', 'S1000']],
      // 10% owner, officer, director.
      role: [['S1000', 'S200', 'M300', 'P100', 'P50', 'H1000'], ['P100', 'P50', 'H1000', 'S200', 'M300', 'S1000']],
      security: [['S200', 'P100', 'P50', 'S1000', 'H1000', 'M300'], ['M300', 'S200', 'P100', 'P50', 'S1000', 'H1000']],
      code: [['M300', 'P100', 'P50', 'S200', 'S1000', 'H1000'], ['S200', 'S1000', 'P100', 'P50', 'M300', 'H1000']],
      ad: [['P100', 'P50', 'S200', 'M300', 'S1000', 'H1000'], ['S200', 'M300', 'S1000', 'P100', 'P50', 'H1000']],
      shares: [['P50', 'P100', 'S200', 'M300', 'S1000', 'H1000'], ['S1000', 'M300', 'S200', 'P100', 'P50', 'H1000']],
      price: [['P100', 'P50', 'S1000', 'S200', 'M300', 'H1000'], ['S200', 'S1000', 'P50', 'P100', 'M300', 'H1000']],
      value: [['P50', 'P100', 'S200', 'S1000', 'M300', 'H1000'], ['S1000', 'S200', 'P100', 'P50', 'M300', 'H1000']],
      owned: [['M300', 'S200', 'H1000', 'P100', 'P50', 'S1000'], ['S1000', 'P50', 'P100', 'H1000', 'S200', 'M300']],
      di: [['S200', 'M300', 'P100', 'P50', 'H1000', 'S1000'], ['S1000', 'S200', 'M300', 'P100', 'P50', 'H1000']],
    };
    for (const [sort, [asc, desc]] of Object.entries(expected)) {
      expect(order(sort, 'asc'), `${sort} asc`).toEqual(asc);
      expect(order(sort, 'desc'), `${sort} desc`).toEqual(desc);
    }
    const byInsider = q.transactions.listIssuerTransactions(C.ACME, view({ sort: 'insider', dir: 'asc' })).rows;
    expect(byInsider.map((r) => r.ownerName)).toEqual(['Big Fund LP', 'DOE JANE Q', 'DOE JANE Q', 'DOE JANE Q', 'ROE RICHARD', 'ROE RICHARD']);
  });

  it('breaks ties by the newest transaction, not by accession', () => {
    // A later sale filed under an accession that sorts before every other Acme filing's.
    const late = { ...TEST_FILINGS[2]!, accession: '0000000001-20-000009', period: '2024-12-02', owners: [TEST_FILINGS[1]!.owners[0]!],
      lines: [{ kind: 'transaction' as const, date: '2024-12-02', code: 'S', shares: '7', price: '30.00', ad: 'D' as const, after: '793' }] };
    const xml = testFilingXml(late);
    t.store.storeFiling(parseFiling(xml), { document: xml, source: 'test:late', accession: late.accession });
    try {
      expect(order('issuer', 'asc')).toEqual(['S7', 'S200', 'M300', 'P100', 'P50', 'S1000', 'H1000']);
      expect(order('insider', 'desc').slice(0, 3)).toEqual(['S7', 'S200', 'M300']);
    } finally {
      t.store.deleteFiling(late.accession);
    }
    expect(order('issuer', 'asc')).toEqual(['S200', 'M300', 'P100', 'P50', 'S1000', 'H1000']);
  });

  it('filters by code, direction, role, dates and insider', () => {
    const count = (params: Record<string, string>) => q.transactions.listIssuerTransactions(C.ACME, view(params)).total;
    expect(count({ code: 'P' })).toBe(2);
    expect(count({ code: 'P,S' })).toBe(4);
    expect(count({ ad: 'D' })).toBe(3);
    expect(count({ ad: 'A' })).toBe(2);
    expect(count({ role: 'director' })).toBe(3);
    expect(count({ role: 'officer' })).toBe(2);
    expect(count({ role: 'ten-percent' })).toBe(1);
    expect(count({ role: 'other' })).toBe(0);
    expect(count({ from: '2024-01-01' })).toBe(4);
    expect(count({ from: '2024-03-01', to: '2024-06-09' })).toBe(3);
    expect(count({ insider: C.DOE })).toBe(3);
    expect(count({ insider: C.GP, role: 'ten-percent' })).toBe(1);
    expect(count({ insider: C.GP, role: 'director' })).toBe(0);
  });

  it('shows the insider filtered on, even when a joint filing names them second', () => {
    const rows = q.transactions.listIssuerTransactions(C.ACME, view({ insider: C.GP })).rows;
    expect(rows.map((r) => [r.ownerCik, r.ownerName])).toEqual([[C.GP, 'Fund GP LLC']]);
  });

  it('pages on the server, with the total, and clamps a page past the end to the last page', () => {
    const small = (page: number) => q.transactions.listIssuerTransactions(C.ACME, { ...DEFAULT_VIEW, pageSize: 4, page });
    expect(small(1)).toMatchObject({ total: 6, page: 1, pageCount: 2 });
    expect(small(1).rows).toHaveLength(4);
    expect(small(2).rows.map((r) => r.code)).toEqual(['S', null]);
    expect(small(99)).toMatchObject({ page: 2, pageCount: 2 });
    expect(q.transactions.listIssuerTransactions('999', DEFAULT_VIEW)).toMatchObject({ total: 0, rows: [], page: 1, pageCount: 1 });
  });
});

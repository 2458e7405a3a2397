// The page queries on a real SQLite file, loaded through the real parser and store with the small
// filings in ./test-filings (a director's two-lot purchase, an officer's sale and option exercise, a
// fund's joint filing, a Form 3 of holdings, one insider at a second company). The issuer's
// transaction table is in transactions.test.ts, its CSV and JSON exports in transactions-export.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppDatabase, type TempStore } from '@/test/support/temp-db';
import { DEFAULT_VIEW, parseTableView, type TableView } from '@/lib/search-params';
import { TEST_CIKS as C, loadTestFilings } from '../../test/support/test-filings';

let t: TempStore;
// The query modules open DATABASE_PATH themselves (lazily, once): point it at the test file first.
let q: {
  issuers: typeof import('./issuers') & typeof import('./insiders') & typeof import('./buy-sell');
  people: typeof import('./people');
  transactions: typeof import('./transactions');
  latest: typeof import('./latest');
  search: typeof import('./search');
};

beforeAll(async () => {
  t = openAppDatabase(loadTestFilings);
  q = {
    issuers: { ...(await import('./issuers')), ...(await import('./insiders')), ...(await import('./buy-sell')) },
    people: await import('./people'),
    transactions: await import('./transactions'),
    latest: await import('./latest'),
    search: await import('./search'),
  };
});
afterAll(() => t?.close());

const view = (params: Record<string, string> = {}): TableView => parseTableView(params);

describe('issuers', () => {
  it('finds an issuer by CIK with its filing count and date range, and null for an unknown CIK', () => {
    expect(q.issuers.getIssuerByCik(C.ACME)).toEqual({
      cik: C.ACME, name: 'Acme Widgets, Inc.', ticker: 'ACME', industry: null, filings: 4, firstFiledAt: '2022-05-01', lastFiledAt: '2024-06-10',
      // Bare XMLs without their EDGAR header: no filing date, so no lateness known.
      lateFilings: { late: 0, known: 0, share: null },
    });
    expect(q.issuers.getIssuerByCik('999')).toBeNull();
  });

  it('finds an issuer by ticker in any case', () => {
    expect(q.issuers.getIssuerByTicker('acme')?.cik).toBe(C.ACME);
    expect(q.issuers.getIssuerByTicker('AcMe')?.cik).toBe(C.ACME);
    expect(q.issuers.getIssuerByTicker('NOPE')).toBeNull();
    expect(q.issuers.getIssuerByTicker('')).toBeNull();
  });

  it('gives a reused ticker to the issuer with the newest filing, not the one renamed last', () => {
    // An issuer that once traded as ACME, renamed later than Acme Widgets was, with no filing since.
    t.sqlite.prepare("INSERT INTO issuers (cik, name, ticker, named_at) VALUES ('777', 'Former Acme Holdings', 'ACME', '2030-01-01')").run();
    try {
      expect(q.issuers.getIssuerByTicker('acme')?.cik).toBe(C.ACME);
      expect(q.search.suggestNames('ACME').map((r) => r.cik).slice(0, 2)).toEqual([C.ACME, '777']);
    } finally {
      t.sqlite.prepare("DELETE FROM issuers WHERE cik = '777'").run();
    }
  });

  it('lists insiders with their latest roles and the shares held after their latest report', () => {
    const insiders = q.issuers.listIssuerInsiders(C.ACME);
    expect(insiders.map((i) => i.cik)).toEqual([C.ROE, C.DOE, C.FUND, C.GP]);
    const doe = insiders.find((i) => i.cik === C.DOE)!;
    expect(doe).toMatchObject({ name: 'DOE JANE Q', isDirector: true, filings: 2, lastFiledAt: '2024-03-01', sharesHeld: 1150, heldDirectOrIndirect: 'D' });
    const roe = insiders.find((i) => i.cik === C.ROE)!;
    expect(roe).toMatchObject({ isOfficer: true, officerTitle: 'Chief Financial Officer', sharesHeld: 800 });
    const gp = insiders.find((i) => i.cik === C.GP)!;
    expect(gp).toMatchObject({ isTenPercentOwner: true, sharesHeld: 5000, heldDirectOrIndirect: 'I' });
  });

  it('sums open-market buying and selling over 3, 6 and 12 months up to the latest filing', () => {
    const summary = q.issuers.getIssuerBuySellSummary(C.ACME);
    expect(summary.anchor).toBe('2024-06-10');
    const [three, six, twelve] = summary.windows;
    expect(three).toMatchObject({ months: 3, since: '2024-03-11', buys: { count: 0, shares: 0, value: 0, insiders: 0 } });
    expect(three!.sells).toEqual({ count: 1, shares: 200, value: 4000, insiders: 1, flagged: 0 });
    expect(six!.buys).toEqual({ count: 2, shares: 150, value: 1550, insiders: 1, flagged: 0 });
    // The fund's January 2023 sale is more than 12 months before June 2024.
    expect(twelve!.sells).toEqual({ count: 1, shares: 200, value: 4000, insiders: 1, flagged: 0 });
    expect(q.issuers.getIssuerBuySellSummary('999')).toEqual({ anchor: null, windows: [] });
  });

  it('shows a joint filing’s line once, with how many owners filed it', () => {
    const rows = q.transactions.listIssuerTransactions(C.ACME, view({ code: 'S', insider: C.FUND })).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ownerCik: C.FUND, ownerCount: 2, shares: 1000, value: 15000 });
  });
});

describe('people', () => {
  it('finds a person by CIK, and null for an unknown one', () => {
    expect(q.people.getPersonByCik(C.DOE)).toEqual({
      cik: C.DOE, name: 'DOE JANE Q', filings: 3, firstFiledAt: '2022-05-01', lastFiledAt: '2024-03-01', lateFilings: { late: 0, known: 0, share: null },
    });
    expect(q.people.getPersonByCik('999')).toBeNull();
  });

  it('lists each issuer with the roles on the person’s latest filing there', () => {
    const issuers = q.people.listPersonIssuers(C.DOE);
    expect(issuers).toEqual([
      expect.objectContaining({ cik: C.ACME, name: 'Acme Widgets, Inc.', ticker: 'ACME', isDirector: true, isOfficer: false, filings: 2, lastFiledAt: '2024-03-01' }),
      expect.objectContaining({ cik: C.BETA, name: 'Beta Corp', isDirector: false, isOfficer: true, officerTitle: 'CEO', filings: 1 }),
    ]);
  });

  it('lists the person’s transactions across issuers, filterable by issuer', () => {
    const all = q.transactions.listPersonTransactions(C.DOE, DEFAULT_VIEW);
    expect(all.total).toBe(4);
    expect(all.rows.map((r) => r.issuerCik)).toEqual([C.ACME, C.ACME, C.BETA, C.ACME]);
    expect(all.rows.every((r) => r.ownerCik === C.DOE)).toBe(true);
    expect(all.rows[2]).toMatchObject({ isOfficer: true, officerTitle: 'CEO', code: 'A' });
    expect(q.transactions.listPersonTransactions(C.DOE, view({ issuer: C.BETA })).total).toBe(1);
    expect(q.transactions.listPersonTransactions(C.DOE, view({ role: 'officer' })).total).toBe(1);
    expect(q.transactions.listPersonTransactions(C.GP, DEFAULT_VIEW).rows[0]).toMatchObject({ ownerCik: C.GP, ownerCount: 2 });
  });
});

describe('latest filings', () => {
  it('lists filings newest first with their main line summed over like lines', () => {
    const latest = q.latest.listLatestFilings(10);
    expect(latest.map((f) => f.accession)).toEqual([
      '0000000001-24-000002', '0000000001-24-000001', '0000000001-24-000005', '0000000001-23-000003', '0000000001-22-000004',
    ]);
    expect(latest[0]).toMatchObject({ code: 'S', shares: 200, pricePerShare: 20, value: 4000, otherLines: 1, ownerName: 'ROE RICHARD' });
    expect(latest[1]).toMatchObject({ code: 'P', shares: 150, value: 1550, otherLines: 0, isDirector: true });
    expect(latest[1]!.pricePerShare).toBeCloseTo(10.3333, 3);
    expect(latest[3]).toMatchObject({ ownerCount: 2, ownerCik: C.FUND, isTenPercentOwner: true });
    expect(latest[4]).toMatchObject({ formType: '3', code: null, shares: 1000, otherLines: 0 });
    expect(q.latest.listLatestFilings(2)).toHaveLength(2);
  });
});

describe('search', () => {
  it('finds a person by first and last name in any order, with a readable label', () => {
    const found = q.search.searchEverything('Jane Doe');
    expect(found.people.map((p) => [p.cik, p.label, p.href])).toEqual([[C.DOE, 'Jane Q. Doe', `/people/${C.DOE}`]]);
    expect(q.search.searchEverything('doe ja').people).toHaveLength(1);
  });

  it('finds an issuer by exact ticker and marks it as the exact hit', () => {
    const found = q.search.searchEverything('acme');
    expect(found.exact).toMatchObject({ kind: 'issuer', cik: C.ACME, href: `/issuers/${C.ACME}` });
    expect(q.search.searchEverything(C.BETA).exact).toMatchObject({ cik: C.BETA, match: 'cik' });
  });

  it('survives anything typed', () => {
    for (const text of ['"', 'AND OR NOT', '*', '(', 'name:x', '', '   ', '💥', 'x'.repeat(5000)]) {
      expect(() => q.search.searchEverything(text)).not.toThrow();
      expect(() => q.search.suggestNames(text)).not.toThrow();
    }
  });
});

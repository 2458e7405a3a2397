// The page queries on a real SQLite file, loaded through the real parser and store with the small
// filings in ./test-filings (a director's two-lot purchase, an officer's sale and option exercise, a
// fund's joint filing, a Form 3 of holdings, one insider at a second company).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFiling } from '@/lib/parser/index';
import { openAppDatabase, type TempStore } from '@/test/support/temp-db';
import { DEFAULT_VIEW, parseTableView, type TableView } from '@/lib/search-params';
import { TEST_CIKS as C, TEST_FILINGS, loadTestFilings, testFilingXml } from '../../test/support/test-filings';
import { csvField, slugify } from '@/app/api/_lib/csv-stream';

let t: TempStore;
// The query modules open DATABASE_PATH themselves (lazily, once): point it at the test file first.
let q: {
  issuers: typeof import('./issuers') & typeof import('./insiders') & typeof import('./buy-sell');
  people: typeof import('./people');
  transactions: typeof import('./transactions');
  latest: typeof import('./latest');
  search: typeof import('./search');
  csv: typeof import('../../app/api/_lib/transactions-csv');
  api: typeof import('../../app/api/_lib/transactions-api');
};

beforeAll(async () => {
  t = openAppDatabase(loadTestFilings);
  q = {
    issuers: { ...(await import('./issuers')), ...(await import('./insiders')), ...(await import('./buy-sell')) },
    people: await import('./people'),
    transactions: await import('./transactions'),
    latest: await import('./latest'),
    search: await import('./search'),
    csv: await import('../../app/api/_lib/transactions-csv'),
    api: await import('../../app/api/_lib/transactions-api'),
  };
});
afterAll(() => t?.close());

const view = (params: Record<string, string> = {}): TableView => parseTableView(params);
// Each Acme line by its code and amount: H1000 is the Form 3 holding, M300 the option exercise
// (price filed as text), S1000 the fund's sale, S200 the officer's, P100 and P50 the director's lots.
const label = (r: { code: string | null; shares: unknown; sharesOwnedAfter: unknown }) => `${r.code ?? 'H'}${r.shares ?? r.sharesOwnedAfter}`;

describe('issuers', () => {
  it('finds an issuer by CIK with its filing count and date range, and null for an unknown CIK', () => {
    expect(q.issuers.getIssuerByCik(C.ACME)).toEqual({
      cik: C.ACME, name: 'Acme Widgets, Inc.', ticker: 'ACME', filings: 4, firstFiledAt: '2022-05-01', lastFiledAt: '2024-06-10',
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

describe('CSV export', () => {
  it('iterates every matching row in the table’s order, beyond one page', () => {
    const v: TableView = { ...DEFAULT_VIEW, sort: 'price', dir: 'asc', pageSize: 2 };
    const { rows } = q.transactions.iterateTransactions({ issuerCik: C.ACME }, v);
    const all = [...rows];
    expect(all).toHaveLength(6);
    expect(all.map(label)).toEqual(['P100', 'P50', 'S1000', 'S200', 'M300', 'H1000']);
    expect(all[0]).toMatchObject({ isDirector: true, pricePerShare: 10 });
  });

  it('quotes fields that need it and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Acme Widgets, Inc.')).toBe('"Acme Widgets, Inc."');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-5)).toBe('-5');
    expect(csvField(null)).toBe('');
    expect(slugify('ACME Acme Widgets, Inc.')).toBe('acme-acme-widgets-inc');
  });

  it('streams a header and one line per matching row', async () => {
    const text = await new Response(q.csv.streamTransactionsCsv({ issuerCik: C.ACME }, view({ code: 'P,S' }))).text();
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'transaction_date,filed_at,form_type,accession,issuer_cik,issuer_name,issuer_ticker,owner_cik,owner_name,owner_readable_name,' +
        'other_owners_on_filing,director,officer,ten_percent_owner,other,officer_title,other_text,table,kind,security_title,code,' +
        'code_meaning,acquired_disposed,shares,price_per_share,value,shares_owned_after,direct_or_indirect,underlying_title,' +
        'underlying_shares,conversion_or_exercise_price,pattern,pattern_reason,days_late,flags',
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain('2024-06-10,,4,0000000001-24-000002,1000001,"Acme Widgets, Inc.",ACME,2000002,ROE RICHARD,Richard Roe');
  });
});

describe('transactions API', () => {
  const url = (path: string) => new URL(`http://localhost${path}`);

  it('returns the page’s rows as JSON for the same query string', async () => {
    const response = q.api.transactionsResponse('issuer', '0001000001', url('/api/issuers/1000001/transactions?sort=price&dir=asc&code=P'));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 50, sort: { key: 'price', dir: 'asc' } });
    expect(body.rows.map((r: { pricePerShare: number }) => r.pricePerShare)).toEqual([10, 11]);
  });

  it('returns every matching row as a CSV download named after the issuer or person', async () => {
    const issuer = q.api.transactionsResponse('issuer', C.ACME, url('/x?format=csv&page=2'));
    expect(issuer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(issuer.headers.get('content-disposition')).toBe('attachment; filename="acme-acme-widgets-inc-transactions.csv"');
    expect((await issuer.text()).trimEnd().split('\r\n')).toHaveLength(7);
    const person = q.api.transactionsResponse('person', C.DOE, url('/x?format=csv'));
    expect(person.headers.get('content-disposition')).toBe('attachment; filename="jane-q-doe-transactions.csv"');
    expect((await person.text()).trimEnd().split('\r\n')).toHaveLength(5);
  });

  it('answers 404 JSON for an unknown or malformed CIK', async () => {
    for (const [kind, cik] of [['issuer', '999'], ['person', '999'], ['issuer', 'abc']] as const) {
      const response = q.api.transactionsResponse(kind, cik, url('/x'));
      expect(response.status).toBe(404);
      expect(await response.json()).toHaveProperty('error');
    }
  });
});

// The page queries keep whole-issuer and whole-person figures until the database changes: an ingest
// in another process (PRAGMA data_version) or a write on the app's own connection (total_changes,
// the app's EDGAR loads). On a real SQLite file, through the real parser and store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFilingStore } from '@/db/store';
import { parseFiling } from '@/lib/parser/index';
import { parseTableView } from '@/lib/search-params';
import { openTempStore, type TempStore } from '@/test/support/temp-db';
import { TEST_CIKS as C, TEST_FILINGS, testFilingXml, type TestFiling } from '../../test/support/test-filings';

let t: TempStore;
let q: {
  db: typeof import('@/db/index');
  issuers: typeof import('./issuers') & typeof import('./insiders') & typeof import('./buy-sell');
  people: typeof import('./people');
  transactions: typeof import('./transactions');
};

function store(target: TempStore['store'], f: TestFiling): void {
  const xml = testFilingXml(f);
  target.storeFiling(parseFiling(xml), { document: xml, source: `test:${f.accession}`, accession: f.accession });
}

const sale = (accession: string, owner: { cik: string; name: string }, shares: string): TestFiling => ({
  accession, form: '4', period: '2024-07-01',
  issuer: { cik: C.ACME, name: 'Acme Widgets, Inc.', ticker: 'ACME' },
  owners: [{ ...owner, officer: 'Chief Operating Officer' }],
  lines: [{ kind: 'transaction', date: '2024-07-01', code: 'S', shares, price: '30.00', ad: 'D', after: '100' }],
});

beforeAll(async () => {
  t = openTempStore();
  for (const f of TEST_FILINGS) store(t.store, f);
  process.env.DATABASE_PATH = t.file;
  q = {
    db: await import('@/db/index'),
    issuers: { ...(await import('./issuers')), ...(await import('./insiders')), ...(await import('./buy-sell')) },
    people: await import('./people'),
    transactions: await import('./transactions'),
  };
});
afterAll(() => t?.close());

/** The insiders list computed from nothing, on a connection of its own. */
function afresh(cik: string) {
  const own = q.db.openDatabase(t.file);
  try {
    return q.issuers.listIssuerInsiders(cik, own.db);
  } finally {
    own.sqlite.close();
  }
}

describe('figures kept until the database changes', () => {
  it('answers a repeated question from what it kept while nothing is written', () => {
    const insiders = q.issuers.listIssuerInsiders(C.ACME);
    expect(q.issuers.listIssuerInsiders(C.ACME)).toBe(insiders);
    const summary = q.issuers.getIssuerBuySellSummary(C.ACME);
    expect(q.issuers.getIssuerBuySellSummary(C.ACME)).toBe(summary);
    expect(q.people.listPersonIssuers(C.DOE)).toBe(q.people.listPersonIssuers(C.DOE));
  });

  it('sees a filing loaded by another process (another connection) at once', () => {
    const view = parseTableView({});
    const byPrice = parseTableView({ sort: 'price' });
    const before = {
      issuer: q.issuers.getIssuerByCik(C.ACME)!,
      insiders: q.issuers.listIssuerInsiders(C.ACME),
      summary: q.issuers.getIssuerBuySellSummary(C.ACME),
      rows: q.transactions.listIssuerTransactions(C.ACME, view).total,
      rowsByPrice: q.transactions.listIssuerTransactions(C.ACME, byPrice).total,
    };
    store(t.store, sale('0000000001-24-000101', { cik: '2000101', name: 'POE EDGAR A' }, '1000'));

    expect(q.issuers.getIssuerByCik(C.ACME)!.filings).toBe(before.issuer.filings + 1);
    expect(q.issuers.getIssuerByCik(C.ACME)!.lastFiledAt).toBe('2024-07-01');
    const insiders = q.issuers.listIssuerInsiders(C.ACME);
    expect(insiders).toHaveLength(before.insiders.length + 1);
    expect(insiders[0]).toMatchObject({ cik: '2000101', isOfficer: true, sharesHeld: 100 });
    const summary = q.issuers.getIssuerBuySellSummary(C.ACME);
    expect(summary.anchor).toBe('2024-07-01');
    expect(summary.windows[0]!.sells.shares).toBe(before.summary.windows[0]!.sells.shares + 1000);
    expect(q.transactions.listIssuerTransactions(C.ACME, view).total).toBe(before.rows + 1);
    const sorted = q.transactions.listIssuerTransactions(C.ACME, byPrice);
    expect(sorted.total).toBe(before.rowsByPrice + 1);
    expect(sorted.rows[0]).toMatchObject({ accession: '0000000001-24-000101', pricePerShare: 30 });
  });

  it('folds new filings into the insiders list exactly as computing it afresh would', () => {
    q.issuers.listIssuerInsiders(C.ACME);
    // Doe again, later (new roles and holdings), and a new insider with an older filing.
    store(t.store, { ...sale('0000000001-24-000103', { cik: C.DOE, name: 'DOE JANE Q' }, '50'), period: '2024-08-01',
      lines: [{ kind: 'transaction', date: '2024-08-01', code: 'S', shares: '50', price: '31.00', ad: 'D', after: '1100', di: 'I' }] });
    store(t.store, { ...sale('0000000001-21-000104', { cik: '2000104', name: 'OLD TIMER' }, '7'), period: '2021-01-04',
      lines: [{ kind: 'transaction', date: '2021-01-04', code: 'S', shares: '7', price: '3.00', ad: 'D', after: '93' }] });
    const folded = q.issuers.listIssuerInsiders(C.ACME);
    expect(folded).toEqual(afresh(C.ACME));
    expect(folded[0]).toMatchObject({ cik: C.DOE, isOfficer: true, lastFiledAt: '2024-08-01', sharesHeld: 1100, heldDirectOrIndirect: 'I' });
    expect(folded.find((i) => i.cik === '2000104')).toMatchObject({ filings: 1, sharesHeld: 93 });
  });

  it('starts the insiders list over when a filing is replaced', () => {
    q.issuers.listIssuerInsiders(C.ACME);
    const replacement = { ...sale('0000000001-21-000104', { cik: '2000104', name: 'OLD TIMER' }, '7'), period: '2021-01-04',
      lines: [{ kind: 'transaction' as const, date: '2021-01-04', code: 'S', shares: '7', price: '3.00', ad: 'D' as const, after: '42' }] };
    const xml = testFilingXml(replacement);
    t.store.storeFiling(parseFiling(xml), { document: xml, source: 'test:replaced', accession: replacement.accession, force: true });
    const list = q.issuers.listIssuerInsiders(C.ACME);
    expect(list.find((i) => i.cik === '2000104')).toMatchObject({ filings: 1, sharesHeld: 42 });
    expect(list).toEqual(afresh(C.ACME));
  });

  it("sees a filing the app loads on its own connection (Load from SEC EDGAR)", () => {
    const before = q.issuers.listIssuerInsiders(C.ACME).length;
    const person = q.transactions.listPersonTransactions('2000102', parseTableView({})).total;
    store(createFilingStore(q.db.getDatabase().sqlite), sale('0000000001-24-000102', { cik: '2000102', name: 'LOE ADA' }, '5'));
    expect(q.issuers.listIssuerInsiders(C.ACME)).toHaveLength(before + 1);
    expect(q.transactions.listPersonTransactions('2000102', parseTableView({})).total).toBe(person + 1);
    expect(q.people.getPersonByCik('2000102')).toMatchObject({ filings: 1, lastFiledAt: '2024-07-01' });
  });
});

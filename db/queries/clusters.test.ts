// Cluster buys kept up to date as filings arrive and leave (db/queries/clusters-state.ts): the
// view is asked after each change, as a running app is between ingests, and must read as a
// fresh computation would. Filings of ./trades-test-filings plus an amendment and a 4/A stored
// before its original (both real orders EDGAR's index brings).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFiling } from '@/lib/parser/index';
import { openTempStore, type TempStore } from '@/test/support/temp-db';
import { parseClusterParams, type ClusterParams } from '@/lib/trade-params';
import { FIXTURES, MKT, OWNERS, fixtureText } from './trades-test-filings';

let t: TempStore;
let clusters: typeof import('./clusters');

const fixture = (accession: string) => FIXTURES.find((f) => f.accession === accession)!;
function store(f: Parameters<typeof fixtureText>[0]): void {
  const text = fixtureText(f);
  t.store.storeFiling(parseFiling(text), { document: text, source: `test:${f.accession}`, accession: f.accession });
}
/** [from, to, insiders, trades, value] of each cluster, newest first. */
function view(query = ''): [string, string, number, number, number][] {
  const { params } = parseClusterParams(new URLSearchParams(query));
  return clusters.listClusters(params as ClusterParams).clusters.map((c) => [c.from, c.to, c.insiderCount, c.trades, c.value]);
}

beforeAll(async () => {
  t = openTempStore();
  process.env.DATABASE_PATH = t.file;
  clusters = await import('./clusters');
});
afterAll(() => t?.close());

describe('cluster buys as filings arrive and leave', () => {
  it('finds a cluster once a second insider buys, and grows it with the third', () => {
    store(fixture('0000000002-24-000001')); // CEO buys 1,000 at $10 on 2024-03-01
    store(fixture('0000000002-24-000004')); // a sale at another issuer
    expect(view()).toEqual([]);
    store(fixture('0000000002-24-000002')); // a director buys 500 at $20 on 2024-03-05
    expect(view()).toEqual([['2024-03-01', '2024-03-05', 2, 2, 20_000]]);
    // Other cuts of the same purchases, kept beside the default one and brought up to date with it.
    expect(view('minInsiders=3')).toEqual([]);
    expect(view('window=2')).toEqual([]);
    store(fixture('0000000002-24-000003')); // a fund and its GP, jointly, 10,000 at $5 on 2024-03-07
    expect(view()).toEqual([['2024-03-01', '2024-03-07', 3, 3, 70_000]]);
    expect(view('minInsiders=3')).toEqual([['2024-03-01', '2024-03-07', 3, 3, 70_000]]);
    expect(view('window=2')).toEqual([['2024-03-05', '2024-03-07', 2, 2, 60_000]]);
    expect(view('minInsiders=3&minValue=70000')).toEqual([['2024-03-01', '2024-03-07', 3, 3, 70_000]]);
  });

  it('drops a purchase its 4/A replaces (as amended), keeps it as filed', () => {
    // The director's 4/A: the purchase was a sale.
    store({
      accession: '0000000002-24-000010', filed: '2024-03-09', form: '4/A', dateOfOriginalSubmission: '2024-03-06', issuer: MKT,
      owners: [OWNERS.DIRECTOR], lines: [{ kind: 'transaction', date: '2024-03-05', code: 'S', shares: '500', price: '20.00', ad: 'D', after: '0' }],
    });
    expect(view()).toEqual([['2024-03-01', '2024-03-07', 2, 2, 60_000]]);
    expect(view('amendments=filed')).toEqual([['2024-03-01', '2024-03-07', 3, 3, 70_000]]);
  });

  it('reads a 4/A stored before its original as amending it once the original arrives', () => {
    // The CEO's 4/A first, then the Form 4 it amends: the 4/A's purchase stands, the original's goes.
    const line = (shares: string) => [{ kind: 'transaction' as const, date: '2024-04-29', code: 'P', shares, price: '10.00', ad: 'A' as const, after: '5000' }];
    store({ accession: '0000000002-24-000012', filed: '2024-05-03', form: '4/A', dateOfOriginalSubmission: '2024-05-01', issuer: MKT, owners: [OWNERS.CEO], lines: line('300') });
    store(fixture('0000000002-24-000007')); // a director buys 100 at $30 on 2024-04-30
    expect(view()[0]).toEqual(['2024-04-29', '2024-04-30', 2, 2, 6_000]);
    store({ accession: '0000000002-24-000011', filed: '2024-05-01', issuer: MKT, owners: [OWNERS.CEO], lines: line('200') });
    expect(view()[0]).toEqual(['2024-04-29', '2024-04-30', 2, 2, 6_000]);
    expect(view('amendments=filed')[0]).toEqual(['2024-04-29', '2024-04-30', 2, 3, 8_000]);
  });

  it('reads again after a filing is deleted', () => {
    t.store.deleteFiling('0000000002-24-000001');
    // Left in March: the fund alone (the director's purchase amended away).
    expect(view()).toEqual([['2024-04-29', '2024-04-30', 2, 2, 6_000]]);
    expect(view('amendments=filed')).toEqual([['2024-04-29', '2024-04-30', 2, 3, 8_000], ['2024-03-05', '2024-03-07', 2, 2, 60_000]]);
  });
});

// Every trade filter of a cluster view's rows (lib/trade-params.ts clusterRowFilters) reaches each
// of its users: the purchases read (clusters-state.ts), the key views share purchases under
// (clusters.ts: a filter left out of it would answer from another view's purchases) and the
// screener link of a cluster (components/market/trade-links.ts). The table is keyed by the filters,
// so a filter added to ClusterParams needs a case here before this file compiles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFiling } from '@/lib/parser/index';
import { openAppDatabase, type TempStore } from '@/test/support/temp-db';
import { parseClusterParams, parseTradeParams, type ClusterRowFilters } from '@/lib/trade-params';
import { clusterTradesQuery } from '@/components/market/trade-links';
import { fixtureText, loadFixtures, MKT, OWNERS, YYY } from './trades-test-filings';

/** A row filter, as asked in the URL, that changes which purchases of the fixtures make the MKT cluster. */
const CASES: Record<Exclude<keyof ClusterRowFilters, 'minValue' | 'maxValue' | 'owner'>, string> = {
  ad: 'ad=D',
  roles: 'role=other',
  from: 'from=2024-03-06',
  to: 'to=2024-03-04',
  filedFrom: 'filedFrom=2024-03-07',
  filedTo: 'filedTo=2024-03-05',
  days: 'days=30',
  minPrice: 'minPrice=25',
  maxPrice: 'maxPrice=4',
  minOwnChange: 'minOwnChange=60',
  issuer: `issuer=${YYY.cik}`,
  sic: 'sic=3711',
  derivative: 'derivative=only',
  tenb5One: 'tenb5One=yes',
  amendments: 'amendments=filed',
};

let t: TempStore;
let clusters: typeof import('./clusters');

beforeAll(async () => {
  t = openAppDatabase((store) => {
    loadFixtures(store);
    // The director's 4/A: the purchase was a sale (as amended the cluster loses an insider).
    const text = fixtureText({
      accession: '0000000002-24-000010', filed: '2024-03-09', form: '4/A', dateOfOriginalSubmission: '2024-03-06', issuer: MKT,
      owners: [OWNERS.DIRECTOR], lines: [{ kind: 'transaction', date: '2024-03-05', code: 'S', shares: '500', price: '20.00', ad: 'D', after: '0' }],
    });
    store.storeFiling(parseFiling(text), { document: text, source: 'test:4/A', accession: '0000000002-24-000010' });
  });
  clusters = await import('./clusters');
});
afterAll(() => t?.close());

/** [from, to, insiders, value] of each cluster, newest first. */
const view = (query: string) =>
  clusters.listClusters(parseClusterParams(new URLSearchParams(query)).params, { today: '2026-01-15' }).clusters.map((c) => [c.from, c.to, c.insiderCount, c.value]);

describe('a cluster view’s row filters', () => {
  it('each narrows the purchases read, after the unfiltered view was read and kept', () => {
    for (const [filter, query] of Object.entries(CASES)) {
      expect(view(''), filter).toEqual([['2024-03-01', '2024-03-07', 2, 60_000]]);
      expect(view(query), filter).toEqual(filter === 'amendments' ? [['2024-03-01', '2024-03-07', 3, 70_000]] : []);
    }
  });

  it('each is kept by a cluster’s link to its purchases on the screener (the issuer and dates are the cluster’s)', () => {
    const cluster = { issuerCik: MKT.cik, from: '2024-03-01', to: '2024-03-07' };
    const own: Partial<ClusterRowFilters> = { issuer: { cik: MKT.cik }, from: cluster.from, to: cluster.to };
    for (const [filter, query] of Object.entries(CASES) as [keyof typeof CASES, string][]) {
      const view = parseClusterParams(new URLSearchParams(query)).params;
      const trades = parseTradeParams(new URLSearchParams(clusterTradesQuery(view, cluster))).params;
      expect(trades[filter], filter).toEqual(filter in own ? own[filter] : view[filter]);
    }
  });
});

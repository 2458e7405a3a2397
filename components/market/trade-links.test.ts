import { describe, expect, it } from 'vitest';
import { parseClusterParams } from '@/lib/trade-params';
import { clusterTradesQuery } from './trade-links';

describe('clusterTradesQuery', () => {
  const cluster = { issuerCik: '3100001', from: '2026-03-02', to: '2026-03-09' };

  it('asks the screener for the issuer’s purchases between the cluster’s dates', () => {
    expect(clusterTradesQuery(parseClusterParams({}).params, cluster)).toBe('?code=P&from=2026-03-02&to=2026-03-09&issuer=3100001');
  });

  it('keeps the view’s row filters and leaves out what picks clusters (their value, an insider, the window)', () => {
    const { params } = parseClusterParams({
      role: 'officer', filedFrom: '2026-01-01', minValue: '1000000', owner: '4100001', minInsiders: '3', window: '5', sort: 'value', dir: 'desc', page: '2',
    });
    // Clusters ranked by value (or bounded by it) leave derivative rows out; the screener is told so.
    expect(clusterTradesQuery(params, cluster)).toBe('?code=P&role=officer&from=2026-03-02&to=2026-03-09&filedFrom=2026-01-01&issuer=3100001&derivative=exclude');
  });
});

// GET /api/trades, /api/clusters and /trades/feed on a real SQLite file holding the small filings
// of db/queries/trades-test-filings (three insiders buying one week, a 4/A, options, 10b5-1 flags).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppDatabase, type TempStore } from '@/test/support/temp-db';
import { loadFixtures, MKT, OWNERS } from '@/db/queries/trades-test-filings';
import { missingAtomElements } from '@/lib/feeds/atom-check';
import { parseCsv } from '@/test/support/csv';

let t: TempStore;
let trades: typeof import('./route');
let clusters: typeof import('../clusters/route');
let feed: typeof import('../../trades/feed/route');

beforeAll(async () => {
  t = openAppDatabase(loadFixtures);
  trades = await import('./route');
  clusters = await import('../clusters/route');
  feed = await import('../../trades/feed/route');
});
afterAll(() => t?.close());

// As a server receives it: the host the client asked for is in the Host header.
const get = (handler: { GET: (r: Request) => Promise<Response> }, url: string) =>
  handler.GET(new Request(`http://insiders.test${url}`, { headers: { host: 'insiders.test' } }));


describe('GET /api/trades', () => {
  it('answers a page as JSON with the total', async () => {
    const res = await get(trades, '/api/trades?code=P&size=2');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ total: 4, totalIsCapped: false, page: 1, size: 2, pageCount: 2, sort: { key: 'filed', dir: 'desc' } });
    expect(body.rows.map((r: { accession: string }) => r.accession)).toEqual(['0000000002-24-000007', '0000000002-24-000003']);
    expect(Object.keys(body.rows[0])).toEqual(expect.arrayContaining([
      'accession', 'filedAt', 'transactionDate', 'issuer', 'owner', 'code', 'acquiredDisposed', 'shares', 'pricePerShare', 'value',
      'sharesOwnedAfter', 'ownershipChangePct', 'directOrIndirect', 'isDerivative', 'aff10b5One',
    ]));
  });

  it.each([
    ['an unknown code', 'code=P,Q', ['code']],
    ['a negative value', 'minValue=-1', ['minValue']],
    ['from after to', 'from=2024-05-01&to=2024-04-01', ['to']],
    ['a 10,000-character string', `issuer=${'A'.repeat(10_000)}`, ['issuer']],
    ['a page too large for JSON', 'size=1001', ['size']],
    ['an industry that is not a SIC code', 'sic=pharma', ['sic']],
    ['several at once', 'role=king&tenb5One=maybe&format=xml', ['role', 'tenb5One', 'format']],
  ])('answers 400 naming the parameter for %s', async (_what, query, params) => {
    const res = await get(trades, `/api/trades?${query}`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.problems.map((p: { param: string }) => p.param)).toEqual(params);
    for (const param of params) expect(body.error).toContain(param);
  });

  it.each([
    ['derivative=include&amendments=filed', 8],
    ['role=ceo,cfo&sort=value&dir=asc', 3],
  ])('streams every matching row as CSV, the same rows and values as the JSON (%s)', async (query, total) => {
    const json = await (await get(trades, `/api/trades?${query}&size=1000`)).json();
    const res = await get(trades, `/api/trades?${query}&format=csv`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [header, ...lines] = parseCsv(await res.text());
    const col = (name: string) => header!.indexOf(name);
    expect(lines).toHaveLength(json.total);
    expect(json.total).toBe(total);
    lines.forEach((line, i) => {
      const r = json.rows[i];
      const text = (v: unknown) => (v === null ? '' : String(v));
      expect([line[col('accession')], line[col('owner_cik')], line[col('code')], line[col('shares')], line[col('price_per_share')], line[col('value')], line[col('ownership_change_pct')], line[col('aff10b5_one')], line[col('is_derivative')], line[col('issuer_ticker')]])
        .toEqual([r.accession, r.owner.cik, r.code, text(r.shares), text(r.pricePerShare), text(r.value), text(r.ownershipChangePct), r.aff10b5One === null ? '' : r.aff10b5One ? '1' : '0', r.isDerivative ? '1' : '0', r.issuer.ticker]);
    });
  });
});

describe('GET /api/clusters', () => {
  it('answers the clusters as JSON and as CSV', async () => {
    const body = await (await get(clusters, '/api/clusters')).json();
    expect(body).toMatchObject({ total: 1, page: 1, pageCount: 1 });
    expect(body.clusters[0]).toMatchObject({ issuer: { cik: MKT.cik, ticker: 'MKT' }, insiderCount: 3, from: '2024-03-01', to: '2024-03-07', trades: 3, shares: 11500, value: 70000 });
    const [header, line, ...rest] = parseCsv(await (await get(clusters, '/api/clusters?format=csv')).text());
    expect(rest).toEqual([]);
    expect(Object.fromEntries(header!.map((h, i) => [h, line![i]]))).toMatchObject({
      issuer_cik: MKT.cik, from: '2024-03-01', to: '2024-03-07', insiders: '3', trades: '3', shares: '11500', value: '70000',
      insider_ciks: [OWNERS.CEO.cik, OWNERS.DIRECTOR.cik, OWNERS.FUND.cik, OWNERS.GP.cik].join(';'),
    });
  });

  it('answers 400 for a bad window or minimum', async () => {
    const res = await get(clusters, '/api/clusters?minInsiders=1&window=-3');
    expect(res.status).toBe(400);
    expect((await res.json()).problems.map((p: { param: string }) => p.param)).toEqual(['minInsiders', 'window']);
  });
});

describe('GET /trades/feed', () => {
  it('is valid Atom: one entry per filing, newest first, linking to the filing on the host asked', async () => {
    const res = await get(feed, '/trades/feed?issuer=yyy&derivative=include&page=3');
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    expect(missingAtomElements(xml)).toEqual([]);
    const titles = [...xml.matchAll(/<entry>\s*<id>[^<]*<\/id>\s*<title type="text">([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual(['Dora Delta (CFO) sold 200 YYY at $100.00 (+1 more line)', 'Dora Delta (CFO) sold 120 YYY at $50.00']);
    expect([...xml.matchAll(/<link rel="alternate" type="text\/html" href="([^"]*)"\/>\s*<summary/g)].map((m) => m[1])).toEqual([
      'http://insiders.test/filings/0000000002-24-000006', 'http://insiders.test/filings/0000000002-24-000005',
    ]);
    // Its own address in canonical form: defaults (derivative rows with no dollar filter) and paging left out.
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="http://insiders.test/trades/feed?issuer=YYY"/>');
  });

  it('titles a joint filing by its first owner and the others', async () => {
    const xml = await (await get(feed, '/trades/feed?tenb5One=yes')).text();
    expect(xml).toContain('<title type="text">Gamma Fund LP (10% owner) and 1 other bought 10K MKT at $5.00</title>');
  });

  it('answers 400 naming a bad parameter', async () => {
    const res = await get(feed, '/trades/feed?days=-1');
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/^Bad parameters: days /);
  });
});

// CSV exports through the route handlers, on a real SQLite file: a few per client a minute, then
// 429 with Retry-After; the JSON pages are not counted; each address is its own client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures, MKT, OWNERS } from '@/db/queries/trades-test-filings';
import { openAppDatabase, type TempStore } from '@/test/support/temp-db';

let t: TempStore;
let issuerRoute: typeof import('../issuers/[cik]/transactions/route');
let personRoute: typeof import('../people/[cik]/transactions/route');
let limits: typeof import('./client-limits');
let tradesRoute: typeof import('../trades/route');
let clustersRoute: typeof import('../clusters/route');
const saved = { ...process.env };

beforeAll(async () => {
  t = openAppDatabase(loadFixtures);
  process.env.SECTION16_CSV_PER_MINUTE = '2';
  issuerRoute = await import('../issuers/[cik]/transactions/route');
  personRoute = await import('../people/[cik]/transactions/route');
  limits = await import('./client-limits');
  tradesRoute = await import('../trades/route');
  clustersRoute = await import('../clusters/route');
});
afterAll(() => {
  process.env = saved;
  t?.close();
});

const get = (route: typeof issuerRoute, cik: string, query: string, from: string) =>
  route.GET(new Request(`http://section16.test/api/x/${cik}/transactions${query}`, { headers: { 'x-forwarded-for': from } }), { params: Promise.resolve({ cik }) });

describe('the client address', () => {
  it('is the last X-Forwarded-For entry: the one next start or the proxy in front wrote', () => {
    const from = (value?: string) => limits.clientAddress(new Request('http://x/', { headers: value === undefined ? {} : { 'x-forwarded-for': value } }));
    expect(from('198.51.100.7')).toBe('198.51.100.7');
    expect(from('10.0.0.1, 198.51.100.7')).toBe('198.51.100.7');
    expect(from(' 2001:DB8::1 ')).toBe('2001:db8::1');
    expect(from('')).toBe('unknown');
    expect(from()).toBe('unknown');
  });
});

describe('CSV exports', () => {
  it('allow a client its exports a minute, then answer 429 with Retry-After; JSON pages are not counted', async () => {
    const a = '198.51.100.7';
    expect((await get(issuerRoute, MKT.cik, '?format=csv', a)).headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // The table's own JSON is not an export.
    for (let i = 0; i < 5; i++) expect((await get(issuerRoute, MKT.cik, '?page=1', a)).status).toBe(200);
    expect((await get(personRoute, OWNERS.CEO.cik, '?format=csv', a)).status).toBe(200);

    const limited = await get(issuerRoute, MKT.cik, '?format=csv', a);
    expect(limited.status).toBe(429);
    // 2 a minute: one more every 30 seconds.
    expect(limited.headers.get('retry-after')).toBe('30');
    expect(await limited.json()).toEqual({ error: 'Too many CSV exports from your address: try again in 30 seconds.' });
    expect((await get(personRoute, OWNERS.CEO.cik, '?format=csv', a)).status).toBe(429);

    // Another address is another client.
    expect((await get(issuerRoute, MKT.cik, '?format=csv', '203.0.113.9')).status).toBe(200);
  });

  it('count the screener and cluster exports against the same allowance', async () => {
    const c = '192.0.2.44';
    const market = (path: string) => new Request(`http://section16.test${path}`, { headers: { 'x-forwarded-for': c } });
    expect((await tradesRoute.GET(market('/api/trades?format=csv'))).status).toBe(200);
    expect((await clustersRoute.GET(market('/api/clusters?format=csv'))).status).toBe(200);
    const limited = await tradesRoute.GET(market('/api/trades?format=csv'));
    expect(limited.status).toBe(429);
    expect((await clustersRoute.GET(market('/api/clusters?format=csv'))).status).toBe(429);
    // JSON is not an export.
    expect((await tradesRoute.GET(market('/api/trades?code=P'))).status).toBe(200);
  });

  it('read their allowance from SECTION16_CSV_PER_MINUTE, naming it when it is wrong', () => {
    expect(limits.readCsvPerMinute({})).toBe(10);
    expect(limits.readCsvPerMinute({ SECTION16_CSV_PER_MINUTE: '30' })).toBe(30);
    expect(() => limits.readCsvPerMinute({ SECTION16_CSV_PER_MINUTE: 'lots' })).toThrow('SECTION16_CSV_PER_MINUTE must be a number');
    expect(() => limits.readCsvPerMinute({ SECTION16_CSV_PER_MINUTE: '0' })).toThrow('SECTION16_CSV_PER_MINUTE must be at least 1');
  });
});

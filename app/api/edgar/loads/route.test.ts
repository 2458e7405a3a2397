// POST /api/edgar/loads as a public server sees it: off unless the operator turns it on, then a
// few loads per client an hour (429) and a few loads running and waiting in all (503), each with
// Retry-After; bad input is 400. Against the EDGAR look-alike and a real SQLite file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, hasCorpus } from '@/test/fake-edgar/fake-edgar';
import { useFakeEdgar } from '@/test/fake-edgar/fake-edgar-suite';

if (!hasCorpus) console.warn(`web load limit tests skipped: the corpus is missing at ${CORPUS_DIR}`);

type Route = typeof import('./route');

const post = (route: Route, body: unknown, from = '198.51.100.7') =>
  route.POST(new Request('http://section16.test/api/edgar/loads', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify(body),
  }));

const postForm = (route: Route, fields: Record<string, string>, from: string) =>
  route.POST(new Request('http://section16.test/api/edgar/loads', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': from },
    body: new URLSearchParams(fields).toString(),
  }));

describe.skipIf(!hasCorpus)('POST /api/edgar/loads on a public server', () => {
  const edgar = useFakeEdgar();
  let route: Route;
  const saved = { ...process.env };

  beforeAll(async () => {
    route = await import('./route');
  });
  afterAll(() => {
    process.env = saved;
  });

  it('is off, with a 403 saying how to turn it on, until the operator sets SECTION16_WEB_LOADS=1', async () => {
    Object.assign(process.env, edgar.env(), { DATABASE_PATH: edgar.ws.dbPath });
    delete process.env.SECTION16_WEB_LOADS;
    const response = await post(route, { ticker: 'RUM' });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'Loading from SEC EDGAR is off on this server. Its operator can turn it on with SECTION16_WEB_LOADS=1 and SEC_USER_AGENT.' });
    expect(edgar.fake.requests).toHaveLength(0);
  });

  it('then limits each client, the whole server, and answers bad input with 400', async () => {
    Object.assign(process.env, edgar.env(), {
      DATABASE_PATH: edgar.ws.dbPath,
      SECTION16_WEB_LOADS: '1',
      SECTION16_WEB_LOADS_RUNNING: '1',
      SECTION16_WEB_LOADS_QUEUED: '1',
      SECTION16_WEB_LOADS_PER_HOUR: '3',
    });
    // Rumble's first document is slow: its load is still running while the others ask.
    edgar.fake.delay(edgar.fake.issuerByTicker('RUM').filings[0]!.documentPath, 2_000);

    const bad = await post(route, { ticker: 'not a ticker!' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'Send { "ticker": "AMOT" } or { "cik": "46129" }.' });

    const first = await post(route, { ticker: 'RUM' });
    expect(first.status).toBe(202);
    expect((await first.json()).load).toMatchObject({ cik: '1830081', status: 'running' });
    const second = await post(route, { ticker: 'MDB' }, '203.0.113.9');
    expect(second.status).toBe(202);
    expect((await second.json()).load).toMatchObject({ cik: '1441816', status: 'queued', waitingBehind: 1 });

    // One running and one waiting is all this server allows: a third issuer waits for room.
    const busy = await post(route, { ticker: 'PLTR' }, '192.0.2.1');
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('60');
    expect(await busy.json()).toEqual({ error: 'The server is already loading 2 issuers from SEC EDGAR; try again in a few minutes.' });

    // The first client has spent 1 of its 3 (the bad request cost nothing): two more, then 429.
    expect((await post(route, { cik: '1830081' })).status).toBe(200); // joins the running load
    expect((await post(route, { cik: '1830081' })).status).toBe(200);
    const limited = await post(route, { cik: '1830081' });
    expect(limited.status).toBe(429);
    // 3 an hour: one more every 20 minutes.
    expect(limited.headers.get('retry-after')).toBe('1200');
    expect(await limited.json()).toEqual({ error: 'Too many loads from SEC EDGAR from your address: try again in 20 minutes.' });

    // Without JavaScript the same refusal is a page, with the same Retry-After.
    const page = await postForm(route, { cik: '1830081' }, '198.51.100.7');
    expect(page.status).toBe(429);
    expect(page.headers.get('retry-after')).toBe('1200');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<p>Too many loads from SEC EDGAR from your address: try again in 20 minutes.</p>');

    // Another address behind the same proxy is its own client.
    const other = await post(route, { cik: '1830081' }, '198.51.100.7, 192.0.2.44');
    expect(other.status).toBe(200);

    // The queued load runs once the first is done.
    const { getEdgarLoads } = await import('@/ingest/app-loads');
    await getEdgarLoads()!.settled('1830081');
    await getEdgarLoads()!.settled('1441816');
    expect(getEdgarLoads()!.get('1441816')).toMatchObject({ status: 'done' });
  }, 30_000);
});

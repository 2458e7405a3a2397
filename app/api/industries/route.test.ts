// GET /api/industries over the corpus, stored through the ingest pipeline into a real SQLite file:
// /industries as JSON and CSV, with the page's window when none is asked.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '@/ingest/files';
import { openAppDatabase, type TempStore } from '@/test/support/temp-db';
import { corpusDir, hasCorpus, warnIfNoCorpus } from '@/test/support/corpus';
import { parseCsv } from '@/test/support/csv';

warnIfNoCorpus('app/api/industries/route.test.ts (the industries API over the corpus)');

let t: TempStore;
let route: typeof import('./route');

const get = (query: string) => route.GET(new Request(`http://localhost/api/industries${query}`));

describe.skipIf(!hasCorpus)('GET /api/industries', () => {
  beforeAll(async () => {
    t = openAppDatabase((store) => ingestPaths([path.join(corpusDir, 'xml'), path.join(corpusDir, 'submissions')], { store }));
    route = await import('./route');
  });
  afterAll(() => t?.close());

  it('answers the window asked as JSON, each industry with its purchases and sales', async () => {
    const res = await get('?filedFrom=2024-01-01&filedTo=2025-12-31');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ filedFrom: '2024-01-01', filedTo: '2025-12-31', days: null });
    expect(body.industries.map((a: { industry: { sic: string } }) => a.industry.sic)).toEqual(['6022', '6798', '3711', '7990', '3720', '3841']);
    // Isabella Bank's director bought 275.634 shares at $18.14 (0000842517-24-000086).
    expect(body.industries[0]).toEqual({
      industry: { sic: '6022', title: 'STATE COMMERCIAL BANKS' },
      buys: { trades: 1, issuers: 1, value: expect.closeTo(5000, 2) },
      sells: { trades: 0, issuers: 0, value: 0 },
    });
  });

  it('without a window, sums the page’s 30 days: to the latest filing of a database behind EDGAR (June 8, 2026 here)', async () => {
    const body = await (await get('')).json();
    expect(body).toMatchObject({ filedFrom: '2026-05-09', filedTo: '2026-06-08', days: null });
  });

  it('gives the same lines as CSV, one an industry, without a code where there is none', async () => {
    const query = '?filedFrom=2007-01-01&filedTo=2025-12-31';
    const json = (await (await get(query)).json()).industries;
    const res = await get(`${query}&format=csv`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [header, ...lines] = parseCsv(await res.text());
    expect(header).toEqual(['sic', 'sic_title', 'companies_buying', 'purchases', 'bought', 'companies_selling', 'sales', 'sold']);
    expect(lines.map((l) => l[0])).toEqual(json.map((a: { industry: { sic: string } | null }) => a.industry?.sic ?? ''));
    expect(lines.at(-1)).toEqual(['', '', '1', '1', '3525', '0', '0', '0']);
    expect(lines.find((l) => l[0] === '6798')).toEqual(['6798', 'REAL ESTATE INVESTMENT TRUSTS', '0', '0', '0', '1', '1', '282812500']);
  });

  it.each([
    ['a window that is no number of days', 'days=soon', ['days']],
    ['an industry that is not a SIC code', 'sic=pharma', ['sic']],
  ])('answers 400 naming the parameter for %s', async (_what, query, params) => {
    const res = await get(`?${query}`);
    expect(res.status).toBe(400);
    expect((await res.json()).problems.map((p: { param: string }) => p.param)).toEqual(params);
  });
});

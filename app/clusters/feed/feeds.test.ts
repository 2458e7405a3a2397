// The cluster, issuer and person feeds on a real SQLite file holding the small filings of
// db/queries/trades-test-filings: MKT's three insiders buying in one week (the fund and its GP on
// one joint filing), a CFO's sale at YYY and its 4/A, and a purchase at MKT a month later.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppDatabase, type TempStore } from '@/test/support/temp-db';
import { loadFixtures, MKT, OWNERS } from '@/db/queries/trades-test-filings';
import { missingAtomElements } from '@/lib/feeds/atom-check';

let t: TempStore;
let clusters: typeof import('./route');
let issuer: typeof import('../../issuers/[cik]/feed/route');
let person: typeof import('../../people/[cik]/feed/route');

beforeAll(async () => {
  t = openAppDatabase(loadFixtures);
  clusters = await import('./route');
  issuer = await import('../../issuers/[cik]/feed/route');
  person = await import('../../people/[cik]/feed/route');
});
afterAll(() => t?.close());

// Links are made for the host the reader asked (lib/site-url.ts).
const request = (url: string) => new Request(`http://insiders.test${url}`, { headers: { 'x-forwarded-host': 'insiders.test' } });
const titles = (xml: string) => [...xml.matchAll(/<entry>\s*<id>[^<]*<\/id>\s*<title type="text">([^<]*)<\/title>/g)].map((m) => m[1]);
/** Each entry's page, its XML escapes undone. */
const links = (xml: string) => [...xml.matchAll(/<link rel="alternate" type="text\/html" href="([^"]*)"\/>\s*<summary/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

describe('GET /clusters/feed', () => {
  it('has one entry per cluster, titled with its insiders and value, linking to the cluster narrowed to its dates', async () => {
    const res = await clusters.GET(request('/clusters/feed?window=10&page=2'));
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    expect(missingAtomElements(xml)).toEqual([]);
    // $10,000 + $10,000 + $50,000 between March 1 and 7, 2024: three insiders (the joint filing once).
    expect(titles(xml)).toEqual(['3 insiders bought $70K of MKT (March 1, 2024 to March 7, 2024)']);
    expect(links(xml)).toEqual([`http://insiders.test/clusters?issuer=${MKT.cik}&from=2024-03-01&to=2024-03-07`]);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="http://insiders.test/clusters/feed"/>');
  });

  it('is empty, and still valid, when no cluster matches; a bad parameter is a 400 naming it', async () => {
    const xml = await (await clusters.GET(request('/clusters/feed?minInsiders=4'))).text();
    expect(missingAtomElements(xml)).toEqual([]);
    expect(titles(xml)).toEqual([]);
    const bad = await clusters.GET(request('/clusters/feed?window=abc'));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/^Bad parameters: window /);
  });
});

describe('issuer and person feeds', () => {
  const params = (cik: string) => ({ params: Promise.resolve({ cik }) });

  it('lists an issuer’s filings newest first, one entry each', async () => {
    const xml = await (await issuer.GET(request(`/issuers/${MKT.cik}/feed`), params(MKT.cik))).text();
    expect(missingAtomElements(xml)).toEqual([]);
    expect(links(xml)).toEqual(['000000000224000007', '000000000224000003', '000000000224000002', '000000000224000001']
      .map((a) => `http://insiders.test/filings/${a.slice(0, 10)}-${a.slice(10, 12)}-${a.slice(12)}`));
    expect(titles(xml)[0]).toBe('Ed Echo (director) bought 100 MKT at $30.00');
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="http://insiders.test/issuers/${MKT.cik}"/>`);
    expect(xml).toContain('<title type="text">Section16: insider filings at Market Test Co (MKT)</title>');
  });

  it('has one id and self link however the CIK was written in the address it was asked at', async () => {
    const self = `http://insiders.test/issuers/${MKT.cik}/feed`;
    for (const cik of [MKT.cik, `000${MKT.cik}`]) {
      const xml = await (await issuer.GET(request(`/issuers/${cik}/feed?utm=x`), params(cik))).text();
      expect(xml).toContain(`<id>${self}</id>`);
      expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${self}"/>`);
    }
  });

  it('lists a person’s filings as amended: the 4/A stands in for the sale it corrects', async () => {
    const xml = await (await person.GET(request(`/people/${OWNERS.CFO.cik}/feed`), params(OWNERS.CFO.cik))).text();
    expect(missingAtomElements(xml)).toEqual([]);
    expect(titles(xml)).toEqual(['Dora Delta (CFO) sold 200 YYY at $100.00 (+1 more line)', 'Dora Delta (CFO) sold 120 YYY at $50.00']);
  });

  it('answers 404 for a CIK that is not stored', async () => {
    const res = await person.GET(request('/people/123/feed'), params('123'));
    expect(res.status).toBe(404);
    expect((await issuer.GET(request('/issuers/x/feed'), params('x'))).status).toBe(404);
  });
});

// GET /api/issuers/[cik] and /api/people/[cik] over the corpus, stored through the ingest pipeline
// into a real SQLite file: the issuer and person pages' facts and lists as JSON and CSV. The expected
// values are read off the filings themselves (named beside each).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '@/ingest/files';
import { openAppDatabase, type TempStore } from '@/test/support/temp-db';
import { corpusDir, hasCorpus, warnIfNoCorpus } from '@/test/support/corpus';
import { parseCsv } from '@/test/support/csv';

warnIfNoCorpus('app/api/_lib/profile-api.test.ts (the issuer and person APIs over the corpus)');

let t: TempStore;
let issuerRoute: typeof import('@/app/api/issuers/[cik]/route');
let personRoute: typeof import('@/app/api/people/[cik]/route');

const NVIDIA = '1045810';
const TESLA = '1318605';
const MUSK = '1494730';
const SHOQUIST = '1283854';

const getIssuer = (cik: string, query = '') =>
  issuerRoute.GET(new Request(`http://localhost/api/issuers/${cik}${query}`), { params: Promise.resolve({ cik }) });
const getPerson = (cik: string, query = '') =>
  personRoute.GET(new Request(`http://localhost/api/people/${cik}${query}`), { params: Promise.resolve({ cik }) });

describe.skipIf(!hasCorpus)('the issuer and person APIs', () => {
  beforeAll(async () => {
    t = openAppDatabase((store) => ingestPaths([path.join(corpusDir, 'xml'), path.join(corpusDir, 'submissions')], { store }));
    issuerRoute = await import('@/app/api/issuers/[cik]/route');
    personRoute = await import('@/app/api/people/[cik]/route');
  });
  afterAll(() => t?.close());

  it('gives an issuer’s facts, its buying and selling and its insiders as JSON', async () => {
    const res = await getIssuer(NVIDIA);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.issuer).toMatchObject({ cik: NVIDIA, name: 'NVIDIA CORP', ticker: 'NVDA', filings: 1, industry: { sic: '3674' } });
    expect(body.buySell.windows.map((w: { months: number }) => w.months)).toEqual([3, 6, 12]);
    // 0001045810-23-000128: EVP, Operations Debora Shoquist, filed as "Shoquist Debora"; 205,539
    // shares held directly after her tax withholding, her Table I's last transaction.
    expect(body.insiders).toEqual([
      expect.objectContaining({
        cik: SHOQUIST, name: 'Debora Shoquist', nameAsFiled: 'Shoquist Debora', isOfficer: true, isDirector: false,
        officerTitle: 'EVP, Operations', filings: 1, lastAccession: '0001045810-23-000128', lastFiledAt: '2023-06-23',
        sharesHeld: 205539, heldDirectOrIndirect: 'D', heldSecurity: 'Common Stock',
        // Beside it, a holding line: 139,860 shares "By Trust", the trust named in footnote F3.
        holdings: [
          { securityTitle: 'Common Stock', directOrIndirect: 'D', natureOfOwnership: null, natureFootnoteIds: [], sharesOwnedAfter: 205539 },
          { securityTitle: 'Common Stock', directOrIndirect: 'I', natureOfOwnership: 'By Trust', natureFootnoteIds: ['F3'], sharesOwnedAfter: 139860 },
        ],
      }),
    ]);
  });

  it('gives the insiders as CSV, one line each, the same people as the JSON', async () => {
    const json = (await (await getIssuer(TESLA)).json()).insiders as { cik: string }[];
    const res = await getIssuer(TESLA, '?format=csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="tsla-tesla-inc-insiders.csv"');
    const [header, ...lines] = parseCsv(await res.text());
    expect(header).toEqual([
      'owner_cik', 'owner_name', 'name_as_filed', 'director', 'officer', 'ten_percent_owner', 'other', 'officer_title', 'other_text',
      'filings', 'last_filed', 'last_accession', 'security_title', 'held_directly', 'held_indirectly', 'indirect_holdings',
    ]);
    expect(lines.map((l) => l[0])).toEqual(json.map((i) => i.cik));
    // Musk's Form 4 of September 2025 checks director, officer (CEO) and 10% owner; 63 filings of his at Tesla.
    // Its Table I ends on 413,362,808 shares held by his trust and a holding line of 96,000,000 held directly.
    const musk = lines.find((l) => l[0] === MUSK)!;
    expect(musk.slice(1, 10)).toEqual(['Elon Musk', 'Musk Elon', '1', '1', '1', '0', 'CEO', '', '63']);
    expect(musk.slice(-4)).toEqual(['Common Stock', '96000000', '413362808', '1']);
  });

  it('gives a person’s facts and each company they reported at', async () => {
    const res = await getPerson(MUSK);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.person).toMatchObject({ cik: MUSK, name: 'Elon Musk', nameAsFiled: 'Musk Elon' });
    // Tesla, SolarCity and Endeavor Group: three filings there, the latest a bare XML (no filing
    // date in it) whose period of report, June 13, 2022, stands in for its date.
    expect(body.companies.map((c: { cik: string }) => c.cik).sort()).toEqual([TESLA, '1408356', '1766363']);
    expect(body.companies.find((c: { cik: string }) => c.cik === '1766363')).toMatchObject({ filings: 3, lastFiledAt: '2022-06-13' });
    // At Tesla, what his September 2025 Form 4 reports: the trust's shares and those held directly.
    expect(body.companies.find((c: { cik: string }) => c.cik === TESLA).holdings.map((h: { sharesOwnedAfter: number }) => h.sharesOwnedAfter)).toEqual([413362808, 96000000]);
  });

  it('gives the companies as CSV', async () => {
    const res = await getPerson(SHOQUIST, '?format=CSV');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="debora-shoquist-companies.csv"');
    expect(parseCsv(await res.text())).toEqual([
      [
        'issuer_cik', 'issuer_name', 'issuer_ticker', 'director', 'officer', 'ten_percent_owner', 'other', 'officer_title', 'other_text', 'filings', 'last_filed',
        'security_title', 'held_directly', 'held_indirectly', 'indirect_holdings',
      ],
      [NVIDIA, 'NVIDIA CORP', 'NVDA', '0', '1', '0', '0', 'EVP, Operations', '', '1', '2023-06-23', 'Common Stock', '205539', '139860', '1'],
    ]);
  });

  it.each([
    ['an issuer CIK nobody filed for', () => getIssuer('999999999'), 'No issuer with CIK 999999999'],
    ['an issuer "CIK" that is not one', () => getIssuer('tesla'), 'No issuer with CIK tesla'],
    ['a person CIK nobody filed as', () => getPerson('999999999'), 'No person with CIK 999999999'],
  ])('answers 404 for %s', async (_what, request, error) => {
    const res = await request();
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error });
  });

  it.each([
    ['the issuer', () => getIssuer(NVIDIA, '?format=xml')],
    ['the person', () => getPerson(SHOQUIST, '?format=xml')],
  ])('answers 400 naming format for a format it does not give (%s)', async (_what, request) => {
    const res = await request();
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.problems).toEqual([{ param: 'format', message: 'must be one of json, csv' }]);
  });
});

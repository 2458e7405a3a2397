// Loading from EDGAR, end to end, against the look-alike server serving the real corpus: the
// command (in process), the HTTP client, the parser and the SQLite store, all for real. The request
// rate is measured in edgar-process.test.ts, where the command runs in a process of its own: here the
// server shares an event loop with the loader, and a parse holding it up skews arrival times.
import { describe, expect, it, vi } from 'vitest';
import { createCoverageLog } from '../db/edgar-coverage';
import { openDatabase } from '../db/index';
import { getIssuerByCik } from '../db/queries/issuers';
import { runEdgarIngest } from './edgar';
import { parseEdgarCommand } from './edgar-command';
import { CORPUS_DIR, hasCorpus } from '../test/fake-edgar/fake-edgar';
import { captureIo, readStoredFilings, TEST_USER_AGENT } from '../test/fake-edgar/harness';
import { useFakeEdgar } from '../test/fake-edgar/fake-edgar-suite';

if (!hasCorpus) console.warn(`EDGAR load tests skipped: the corpus is missing at ${CORPUS_DIR}`);

const isDocument = (p: string) => /^\/Archives\/edgar\/data\/\d+\/\d{18}\/[^/]+\.xml$/.test(p) || /\.txt$/.test(p);

describe.skipIf(!hasCorpus)('loading from EDGAR', () => {
  const edgar = useFakeEdgar();

  const run = async (args: string[], extraEnv: Record<string, string | undefined> = {}) => {
    const io = captureIo(edgar.env(extraEnv));
    const code = await runEdgarIngest([...args, '--db', edgar.ws.dbPath], io);
    return { code, out: io.out, err: io.err };
  };

  /** The days whose daily index was asked for, as EDGAR names them (20250108). */
  const indexesAsked = () => edgar.fake.requests.flatMap((r) => /\/form\.(\d{8})\.idx$/.exec(r.path)?.[1] ?? []);

  /** The database notes `quarter`'s data set as loaded (as `--datasets` does). */
  const noteQuarterLoaded = (quarter: string) => {
    const { sqlite } = openDatabase(edgar.ws.dbPath);
    createCoverageLog(sqlite).noteQuarterLoaded(quarter, 0);
    sqlite.close();
  };

  /** A market `--follow` on EDGAR's `today`, stopped (as by Ctrl-C) once it has caught up and begins to poll: what it printed. */
  const followUntilPolling = async (today: string) => {
    const stop = new AbortController();
    const io = Object.assign(captureIo(edgar.env()), { signal: stop.signal, today: () => today });
    const following = runEdgarIngest(['--follow', '--interval', '3600', '--db', edgar.ws.dbPath], io);
    await vi.waitFor(() => expect(io.out).toContain('following EDGAR'), { timeout: 20_000 });
    stop.abort();
    expect(await following).toBe(0);
    return io.out;
  };

  it('loads every Form 3, 4 and 5 of a ticker, from both pages of its submissions, with EDGAR dates', async () => {
    const mdb = edgar.fake.issuerByTicker('MDB');
    const { code, out } = await run(['--ticker', 'mdb']);

    expect(out).toContain('MongoDB, Inc. (MDB, CIK 1441816)');
    expect(code).toBe(0);
    const stored = readStoredFilings(edgar.ws.dbPath);
    expect(stored.map((f) => f.accession)).toEqual(mdb.filings.map((f) => f.accession).sort());
    // The older half is only on the second page: it must have been read.
    expect(edgar.fake.count((p) => p === '/submissions/CIK0001441816-submissions-001.json')).toBe(1);
    // A bare XML has no dates: they come from the submissions JSON.
    const newest = mdb.filings[0]!;
    const row = stored.find((f) => f.accession === newest.accession)!;
    expect(row.filedAt).toBe(newest.filingDate);
    expect(row.acceptedAt).toMatch(new RegExp(`^${newest.filingDate}T17:30:0\\d$`));
    expect(row.issuerCik).toBe('1441816');
    expect(row.source).toBe(`${edgar.fake.url}${newest.documentPath}`);
    expect(stored.some((f) => f.formType === '5')).toBe(true);
    // The raw XML, never the xsl rendering; never the 10-K or 8-K listed beside the forms.
    expect(edgar.fake.count((p) => p.includes('/xslF345'))).toBe(0);
    expect(edgar.fake.count((p) => p.endsWith('.htm'))).toBe(0);
    expect(edgar.fake.count(isDocument)).toBe(mdb.filings.length);
    expect(edgar.fake.requests.every((r) => r.userAgent === TEST_USER_AGENT)).toBe(true);
    expect(out).toMatch(/loaded 15 \(new 15, replaced 0, unchanged 0\), failed 0/);
  });

  it('gives an issuer loaded by ticker, and each of its filings, the industry EDGAR lists for it; a day\'s submissions keep their headers\' own', async () => {
    expect(await run(['--ticker', 'mdb'])).toMatchObject({ code: 0 });
    expect(await run(['--daily', '2025-03-18'])).toMatchObject({ code: 0 });
    const { sqlite, db } = openDatabase(edgar.ws.dbPath);
    try {
      const industries = sqlite.prepare('SELECT DISTINCT issuer_sic, issuer_sic_title FROM filings WHERE issuer_cik = ?').raw().all('1441816');
      expect(industries).toEqual([['7372', 'Services-Prepackaged Software']]);
      expect(getIssuerByCik('1441816', db)?.industry).toEqual({ sic: '7372', title: 'Services-Prepackaged Software' });
      // DraftKings, from the daily index: a full submission, whose header names the code.
      expect(getIssuerByCik('1883685', db)?.industry).toEqual({ sic: '7990', title: 'SERVICES-MISCELLANEOUS AMUSEMENT & RECREATION' });
      // An issuer stored without a code (as a data set's copies leave it) learns it when loaded again, nothing fetched.
      sqlite.prepare('UPDATE issuers SET sic = NULL, sic_title = NULL, sic_at = NULL WHERE cik = ?').run('1441816');
      expect(getIssuerByCik('1441816', db)?.industry).toBeNull();
    } finally {
      sqlite.close();
    }
    const documents = edgar.fake.count(isDocument);
    expect(await run(['--ticker', 'mdb'])).toMatchObject({ code: 0 });
    expect(edgar.fake.count(isDocument)).toBe(documents);
    const { sqlite: again, db: againDb } = openDatabase(edgar.ws.dbPath);
    try {
      expect(getIssuerByCik('1441816', againDb)?.industry).toEqual({ sic: '7372', title: 'Services-Prepackaged Software' });
      // Another issuer keeps its own.
      expect(getIssuerByCik('1883685', againDb)?.industry).toEqual({ sic: '7990', title: 'SERVICES-MISCELLANEOUS AMUSEMENT & RECREATION' });
    } finally {
      again.close();
    }
  });

  it('loads by CIK, only filings since a date, and skips a page that ends before it', async () => {
    const mdb = edgar.fake.issuerByTicker('MDB');
    const { code } = await run(['--cik', '0001441816', '--since', '2021-01-01']);

    expect(code).toBe(0);
    const wanted = mdb.filings.filter((f) => f.filingDate >= '2021-01-01').map((f) => f.accession).sort();
    expect(wanted.length).toBeGreaterThan(2);
    expect(wanted.length).toBeLessThan(mdb.filings.length);
    expect(readStoredFilings(edgar.ws.dbPath).map((f) => f.accession)).toEqual(wanted);
    expect(edgar.fake.count((p) => p.includes('submissions-001'))).toBe(0);
    expect(edgar.fake.count((p) => p === '/files/company_tickers.json')).toBe(0);
  });

  it('loads every Form 3/4/5 of a day from the daily index, each filing once', async () => {
    const day = edgar.fake.days.get('2025-03-18')!;
    expect(day.length).toBe(3);
    const { code, out } = await run(['--daily', '2025-03-18']);

    expect(code).toBe(0);
    expect(out).toContain('EDGAR daily index 2025-03-18: 3 Form 3/4/5 filings');
    const stored = readStoredFilings(edgar.ws.dbPath);
    expect(stored.map((f) => f.accession)).toEqual(day.map((f) => f.accession).sort());
    // Submissions carry their own header: filing date and acceptance time.
    const draftKings = stored.find((f) => f.accession === '0001104659-25-025206')!;
    expect(draftKings).toMatchObject({ filedAt: '2025-03-18', acceptedAt: '2025-03-18T20:01:08', issuerCik: '1883685' });
    // Each filing is listed under its issuer and its owner: fetched once. Other forms: never.
    expect(edgar.fake.count((p) => p.endsWith('.txt'))).toBe(3);
    expect(edgar.fake.count((p) => p.includes('/99001/') || p.includes('/99002/'))).toBe(0);
  });

  it('reads a day that has no index (a weekend) as an empty day', async () => {
    const { code, out } = await run(['--daily', '2025-03-16']);
    expect(code).toBe(0);
    expect(out).toContain('0 Form 3/4/5 filings');
  });

  it('loads a range of days, reading only the days EDGAR was open, a line for each', async () => {
    // 8 to 21 January 2025: two weekends, the national day of mourning for Jimmy Carter (the 9th) and
    // Martin Luther King Jr. Day (the 20th), when EDGAR was closed and published no index.
    const { code, out } = await run(['--daily', '2025-01-08:2025-01-21']);

    expect(code).toBe(0);
    const wanted = ['2025-01-08', '2025-01-10', '2025-01-21'].flatMap((day) => edgar.fake.days.get(day)!.map((f) => f.accession));
    expect(wanted).toHaveLength(4);
    expect(readStoredFilings(edgar.ws.dbPath).map((f) => f.accession)).toEqual(wanted.sort());
    expect(indexesAsked()).toEqual(['20250108', '20250110', '20250113', '20250114', '20250115', '20250116', '20250117', '20250121']);
    expect(out).toContain('EDGAR daily index 2025-01-10: 1 Form 3/4/5 filings');
    expect(out).toContain('EDGAR daily index 2025-01-13: 0 Form 3/4/5 filings');
  });

  it('follows the market from the latest day read into the database, so the days it was stopped are not missed', async () => {
    // Read on the 8th; stopped until the 21st (the 9th and the 20th EDGAR was closed, then weekends).
    expect((await run(['--daily', '2025-01-08'])).code).toBe(0);
    expect(indexesAsked()).toEqual(['20250108']);

    const out = await followUntilPolling('2025-01-21');
    expect(out).toContain('catching up: EDGAR\'s daily indexes from 2025-01-08, the latest read into this database, through 2025-01-21 (8 days EDGAR was open;');
    // The 8th again (it may have been read before its last filing: a copy taken then is fetched
    // anew, this one, taken days later, comes from the cache), then each open day since.
    expect(out).toContain('EDGAR daily index 2025-01-08: 2 Form 3/4/5 filings');
    expect(indexesAsked().slice(1)).toEqual(['20250110', '20250113', '20250114', '20250115', '20250116', '20250117', '20250121']);
    const wanted = ['2025-01-08', '2025-01-10', '2025-01-21'].flatMap((day) => edgar.fake.days.get(day)!.map((f) => f.accession));
    expect(readStoredFilings(edgar.ws.dbPath).map((f) => f.accession)).toEqual(wanted.sort());
  });

  it('follows the market from the day after the latest data set loaded, so a history loaded from them is kept current', async () => {
    noteQuarterLoaded('2024q4');
    const out = await followUntilPolling('2025-01-21');
    expect(out).toContain('catching up: EDGAR\'s daily indexes from 2025-01-01, the day after the latest data set loaded into this database (2024q4), through 2025-01-21 (12 days EDGAR was open;');
    expect(out).not.toContain('quarters ended');
    // Not New Year's Day, the 9th (Carter's day of mourning) or the 20th (Martin Luther King Jr. Day).
    expect(indexesAsked()).toEqual(['20250102', '20250103', '20250106', '20250107', '20250108', '20250110', '20250113', '20250114', '20250115', '20250116', '20250117', '20250121']);
    const wanted = ['2025-01-08', '2025-01-10', '2025-01-21'].flatMap((day) => edgar.fake.days.get(day)!.map((f) => f.accession));
    expect(readStoredFilings(edgar.ws.dbPath).map((f) => f.accession)).toEqual(wanted.sort());
  });

  it('names the quarters that ended since the latest day read, whose data sets load in minutes', async () => {
    expect((await run(['--daily', '2024-12-31'])).code).toBe(0);
    const out = await followUntilPolling('2025-01-21');
    expect(out).toContain('catching up: EDGAR\'s daily indexes from 2024-12-31, the latest read into this database, through 2025-01-21 (13 days EDGAR was open;');
    expect(out).toContain('quarters ended since then: 2024q4. The SEC\'s quarterly data sets hold them once published, loaded in minutes rather than at a request a filing: npm run ingest -- --datasets 2024q4');
  });

  it('follows the market from today when no day was read into the database', async () => {
    const out = await followUntilPolling('2025-01-21');
    expect(out).not.toContain('catching up');
    expect(indexesAsked()).toEqual(['20250121']);
  });

  it('refuses a range of days that is not one, naming it, before sending anything', async () => {
    const cases = [
      ['2025-01-21:2025-01-08', 'ends before it starts'],
      ['2025-01-08:soon', 'is not a day or a range of days'],
      ['2025-02-30', 'is not a day or a range of days'],
      ['2025-01-08:2999-01-01', 'ends after today'],
    ];
    for (const [given, says] of cases) {
      const { code, err } = await run(['--daily', given!]);
      expect(code).toBe(2);
      expect(err).toContain(`--daily "${given}" ${says}`);
    }
    expect(edgar.fake.requests).toHaveLength(0);
  });

  it('waits as told by a 429 Retry-After, then loads the document', async () => {
    const rum = edgar.fake.issuerByTicker('RUM');
    const target = rum.filings[1]!.documentPath;
    edgar.fake.fault(target, { status: 429, headers: { 'Retry-After': '1' } });
    const { code, err } = await run(['--ticker', 'RUM']);

    expect(code).toBe(0);
    expect(err).toMatch(/retrying in 1\.0s \(HTTP 429/);
    const hits = edgar.fake.requests.filter((r) => r.path === target);
    expect(hits.map((h) => h.status)).toEqual([429, 200]);
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(990);
    // The pause applies to the client, not just that document.
    const after429 = edgar.fake.requests.filter((r) => r.at > hits[0]!.at && r.path !== target);
    expect(after429.every((r) => r.at - hits[0]!.at >= 990)).toBe(true);
    expect(readStoredFilings(edgar.ws.dbPath)).toHaveLength(rum.filings.length);
  });

  it('retries a 503 and a time-out with backoff', async () => {
    const rum = edgar.fake.issuerByTicker('RUM');
    edgar.fake.fault(rum.filings[0]!.documentPath, { status: 503, times: 2 });
    edgar.fake.fault(rum.filings[2]!.documentPath, { status: 200, body: 'late', delayMs: 1_500 });
    const { code } = await run(['--ticker', 'RUM'], { SEC_TIMEOUT_MS: '400' });

    expect(code).toBe(0);
    expect(edgar.fake.requests.filter((r) => r.path === rum.filings[0]!.documentPath).map((r) => r.status)).toEqual([503, 503, 200]);
    expect(edgar.fake.count((p) => p === rum.filings[2]!.documentPath)).toBe(2);
    expect(readStoredFilings(edgar.ws.dbPath)).toHaveLength(3);
  });

  it('reports a document that is not there (404) and loads the rest', async () => {
    const pltr = edgar.fake.issuerByTicker('PLTR');
    const missing = pltr.filings[3]!;
    edgar.fake.fault(missing.documentPath, { status: 404, times: Infinity });
    const { code, out } = await run(['--ticker', 'PLTR']);

    expect(code).toBe(1);
    expect(out).toContain(`${missing.accession} ${edgar.fake.url}${missing.documentPath}: HTTP 404`);
    expect(out).toMatch(new RegExp(`loaded ${pltr.filings.length - 1} .*failed 1`));
    // A 404 is final: asked once, not retried.
    expect(edgar.fake.count((p) => p === missing.documentPath)).toBe(1);
    const stored = readStoredFilings(edgar.ws.dbPath).map((f) => f.accession);
    expect(stored).toHaveLength(pltr.filings.length - 1);
    expect(stored).not.toContain(missing.accession);
  });

  it('reports a malformed document with the parser\'s reason and loads the rest', async () => {
    const pltr = edgar.fake.issuerByTicker('PLTR');
    const bad = pltr.filings[5]!;
    edgar.fake.override(bad.documentPath, '<?xml version="1.0"?>\n<ownershipDocument>\n  <schemaVersion>X0306</schemaVersion>\n  <issuer><issuerCik>0001321655</issuerCik>\n');
    const { code, out } = await run(['--ticker', 'PLTR']);
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`${bad.accession} \\S+: bad filing \\(malformed-xml\\)`));
    const stored = readStoredFilings(edgar.ws.dbPath).map((f) => f.accession);
    expect(stored).toHaveLength(pltr.filings.length - 1);
    expect(stored).not.toContain(bad.accession);
  });

  it('fetches nothing a second time: stored filings are skipped, the listing comes from the cache', async () => {
    await run(['--ticker', 'RUM']);
    const first = edgar.fake.requests.length;
    const { code, out } = await run(['--ticker', 'RUM']);
    expect(code).toBe(0);
    expect(edgar.fake.requests.length).toBe(first);
    expect(out).toContain('3 filings found on EDGAR, 3 stored before; fetched 0 with 0 requests');
  });

  it('refuses to start without SEC_USER_AGENT, says how to set it, and sends nothing', async () => {
    const { code, err } = await run(['--ticker', 'MDB'], { SEC_USER_AGENT: undefined });
    expect(code).toBe(2);
    expect(err).toContain('SEC_USER_AGENT is not set');
    expect(err).toContain('export SEC_USER_AGENT="Jane Doe jane@example.com"');
    expect(edgar.fake.requests).toHaveLength(0);
  });

  it('refuses a user agent without an e-mail address, and a rate above 10', async () => {
    const badAgent = await run(['--ticker', 'MDB'], { SEC_USER_AGENT: 'section16' });
    expect(badAgent.code).toBe(2);
    expect(badAgent.err).toContain('SEC_USER_AGENT must be "Name email"');
    const tooFast = await run(['--ticker', 'MDB'], { SEC_MAX_RPS: '25' });
    expect(tooFast.code).toBe(2);
    expect(tooFast.err).toContain('SEC_MAX_RPS must be at most 10');
    expect(edgar.fake.requests).toHaveLength(0);
  });

  it('says so when a ticker is unknown, before fetching any filing', async () => {
    const { code, err } = await run(['--ticker', 'NOPE', '--ticker', 'MDB']);
    expect(code).toBe(1);
    expect(err).toContain('EDGAR lists no company with ticker "NOPE"');
    expect(edgar.fake.count(isDocument)).toBe(0);
  });
});

describe('--daily FROM:', () => {
  it('runs through today on EDGAR\'s clock', () => {
    expect(parseEdgarCommand(['--daily', '2025-01-08:'], '2025-01-21').daily).toEqual({ from: '2025-01-08', to: '2025-01-21' });
    expect(parseEdgarCommand(['--daily', '2025-01-08'], '2025-01-21').daily).toEqual({ from: '2025-01-08', to: '2025-01-08' });
  });
});

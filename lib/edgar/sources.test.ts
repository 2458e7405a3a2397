// The pure parts: EDGAR's URL layout, its listings' formats, and the settings' checks.
import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './client';
import { readEdgarConfig, requireUserAgent } from './env';
import { dailyIndexMaxAge } from './fetch';
import { formatProgress, Progress } from './progress';
import { normalizeAcceptance, normalizeTicker, parseDailyIndex, parseTickers } from './sources';
import { dailyIndexUrl, edgarToday, rawDocumentUrl, requireCik, submissionsUrl, submissionTextUrl } from './urls';

const hosts = { baseUrl: 'https://www.sec.gov', dataUrl: 'https://data.sec.gov' };

describe('EDGAR paths', () => {
  it('finds the raw XML beside the xsl rendering that primaryDocument names', () => {
    expect(rawDocumentUrl(hosts, '46129', '0001140361-13-023133', 'xslF345X03/doc4.xml')).toBe(
      'https://www.sec.gov/Archives/edgar/data/46129/000114036113023133/doc4.xml',
    );
    expect(rawDocumentUrl(hosts, '0000046129', '0001140361-13-023133', 'wf-form4_1369.xml')).toBe(
      'https://www.sec.gov/Archives/edgar/data/46129/000114036113023133/wf-form4_1369.xml',
    );
    // Pre-XML filings: no raw XML, the complete submission is read instead.
    expect(rawDocumentUrl(hosts, '46129', '0000046129-02-000004', 'form4.txt')).toBeNull();
    expect(submissionTextUrl(hosts, '46129', '0000046129-02-000004')).toBe(
      'https://www.sec.gov/Archives/edgar/data/46129/0000046129-02-000004.txt',
    );
  });

  it('pads CIKs for the submissions file and strips them elsewhere', () => {
    expect(submissionsUrl(hosts, '46129')).toBe('https://data.sec.gov/submissions/CIK0000046129.json');
    expect(requireCik('0000046129', 'cik')).toBe('46129');
    expect(requireCik('CIK0000046129', 'cik')).toBe('46129');
    expect(() => requireCik('46129; rm', 'cik')).toThrow('cik "46129; rm" is not a CIK');
  });

  it('puts a day in its quarter', () => {
    expect(dailyIndexUrl(hosts, '2024-08-01')).toBe('https://www.sec.gov/Archives/edgar/daily-index/2024/QTR3/form.20240801.idx');
    expect(dailyIndexUrl(hosts, '2025-03-31')).toContain('/2025/QTR1/form.20250331.idx');
    expect(dailyIndexUrl(hosts, '2025-12-01')).toContain('/2025/QTR4/');
  });

  it('trusts a cached daily index forever only once the day is long over', () => {
    const now = Date.parse('2025-03-20T15:00:00Z');
    expect(dailyIndexMaxAge(edgarToday(new Date(now)), true, now)).toBe(0);
    expect(dailyIndexMaxAge('2025-03-19', false, now)).toBe(10 * 60_000);
    expect(dailyIndexMaxAge('2024-01-02', false, now)).toBeGreaterThan(365 * 86_400_000);
  });
});

describe('EDGAR listings', () => {
  // Shaped as EDGAR serves form.20250318.idx: a header whose column line wraps, fixed-width rows,
  // each filing once per filer, and forms of every kind (names with runs of spaces, "SC 13G/A").
  const index = [
    'Description:           Daily Index of EDGAR Dissemination Feed by Form Type',
    'Last Data Received:    Mar 18, 2025',
    'Comments:              webmaster@sec.gov',
    'Anonymous FTP:         ftp://ftp.sec.gov/edgar/',
    '',
    'Form Type   Company Name                                                  CIK',
    '      Date Filed  File Name',
    '-'.repeat(141),
    '10-K             SOME  SPACED   CORP                                          1111111     20250318    edgar/data/1111111/0001111111-25-000001.txt',
    '4                DraftKings Inc.                                               1883685     20250318    edgar/data/1883685/0001104659-25-025206.txt',
    '4                Dodge R Stanton                                               1404430     20250318    edgar/data/1404430/0001104659-25-025206.txt',
    '4/A              LAM RESEARCH CORP                                             707549      20250318    edgar/data/707549/0000707549-25-000004.txt   ',
    'SC 13G/A         A FUND  LP                                                    99002       20250318    edgar/data/99002/0000099002-25-000002.txt',
    '3                NEW INSIDER                                                   2000001     2025-03-18  edgar/data/2000001/0002000001-25-000001.txt',
  ].join('\r\n');

  it('reads the Form 3/4/5 lines of a daily index, each filing once', () => {
    const entries = parseDailyIndex(index, hosts);
    expect(entries.map((e) => [e.formType, e.accession, e.cik, e.filedAt])).toEqual([
      ['4', '0001104659-25-025206', '1883685', '2025-03-18'],
      ['4/A', '0000707549-25-000004', '707549', '2025-03-18'],
      ['3', '0002000001-25-000001', '2000001', '2025-03-18'],
    ]);
    expect(entries[0]!.url).toBe('https://www.sec.gov/Archives/edgar/data/1883685/0001104659-25-025206.txt');
    expect(entries[0]!.company).toBe('DraftKings Inc.');
  });

  it('maps tickers to CIKs without regard to case or the dot in class shares', () => {
    const map = parseTickers({
      '0': { cik_str: 1067983, ticker: 'BRK-B', title: 'BERKSHIRE HATHAWAY INC' },
      '1': { cik_str: 46129, ticker: 'AMOT', title: 'Allied Motion Technologies' },
    });
    expect(map.get(normalizeTicker('brk.b'))).toEqual({ cik: '1067983', ticker: 'BRK-B', name: 'BERKSHIRE HATHAWAY INC' });
    expect(map.get(normalizeTicker(' amot '))?.cik).toBe('46129');
    expect(() => parseTickers({ '0': { ticker: 'X' } })).toThrow('company_tickers.json');
  });

  it('keeps acceptance times on EDGAR\'s clock, as a submission header gives them', () => {
    expect(normalizeAcceptance('2024-11-01T06:01:36.000Z')).toBe('2024-11-01T06:01:36');
    expect(normalizeAcceptance('20250318200108')).toBe('2025-03-18T20:01:08');
    expect(normalizeAcceptance('')).toBeNull();
    expect(normalizeAcceptance(null)).toBeNull();
  });
});

describe('EDGAR settings', () => {
  it('defaults to sec.gov at 10 requests a second', () => {
    const config = readEdgarConfig({ SEC_USER_AGENT: 'Jane Doe jane@example.com' });
    expect(config).toMatchObject({ baseUrl: 'https://www.sec.gov', dataUrl: 'https://data.sec.gov', maxRps: 10, cacheDir: 'data/edgar-cache' });
    expect(requireUserAgent(config)).toBe('Jane Doe jane@example.com');
  });

  it('names the variable that is wrong', () => {
    expect(() => readEdgarConfig({ SEC_MAX_RPS: '11' })).toThrow('SEC_MAX_RPS must be at most 10');
    expect(() => readEdgarConfig({ SEC_MAX_RPS: 'fast' })).toThrow('SEC_MAX_RPS must be a number');
    expect(() => readEdgarConfig({ EDGAR_BASE_URL: 'sec.gov' })).toThrow('EDGAR_BASE_URL must be an http(s) URL');
    expect(() => requireUserAgent(readEdgarConfig({}))).toThrow(/SEC_USER_AGENT is not set.*\n.*export SEC_USER_AGENT=/);
    expect(readEdgarConfig({ EDGAR_BASE_URL: 'http://127.0.0.1:9/' }).baseUrl).toBe('http://127.0.0.1:9');
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('2015-10-21T07:28:00Z'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
});

describe('progress', () => {
  it('counts found, fetched, loaded and failed, and estimates the time left from the pace so far', () => {
    let now = 0;
    const progress = new Progress(() => now);
    progress.listed(120, 20);
    progress.started();
    expect(progress.snapshot()).toMatchObject({ found: 120, alreadyStored: 20, remaining: 100, etaSeconds: null });
    now = 10_000;
    for (let i = 0; i < 20; i++) {
      progress.gotDocument();
      progress.stored(i === 0 ? 'replaced' : 'loaded');
    }
    progress.failed({ accession: '0000000001-25-000001', url: 'https://www.sec.gov/x.xml', reason: 'HTTP 404' });
    const s = progress.snapshot();
    expect(s).toMatchObject({ fetched: 20, loaded: 20, replaced: 1, failed: 1, remaining: 79 });
    expect(s.etaSeconds).toBe(38); // 21 done in 10 s: 79 more take about 38 s
    expect(formatProgress(s)).toBe('found 120 (20 stored before) · fetched 20 · loaded 20 · failed 1 · 79 to go, about 38s left');
  });
});

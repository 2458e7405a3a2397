// A small EDGAR look-alike for tests: serves the real filings in ../shared/corpus in EDGAR's
// layout on 127.0.0.1 (random port), records every request with its arrival time, and can be told
// to misbehave (429 with Retry-After, 404, a malformed body) for chosen paths.
//
// Layout served (both EDGAR_BASE_URL and EDGAR_DATA_URL point here):
//   /files/company_tickers.json                          every corpus issuer with its ticker
//   /submissions/CIK##########.json                      newest half of an issuer's filings + a 10-K
//   /submissions/CIK##########-submissions-001.json      older half (listed under filings.files) + an 8-K
//   /Archives/edgar/data/<cik>/<acc>/xslF345X05/<f>.xml  the HTML rendering (a stub page)
//   /Archives/edgar/data/<cik>/<acc>/<f>.xml             the raw ownership XML from corpus/xml
//   /Archives/edgar/daily-index/<y>/QTR<q>/form.<ymd>.idx  the corpus submissions filed that day
//   /Archives/edgar/data/<cik>/<acc>.txt                 a corpus submission (.txt or .nc)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared/corpus` beside the repository, resolved from the repo root (not the working directory). */
export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
export const hasCorpus = existsSync(path.join(CORPUS_DIR, 'MANIFEST.tsv'));

export interface FakeFiling {
  accession: string;
  formType: string;
  filingDate: string;
  /** Path of the raw XML on the fake server. */
  documentPath: string;
  primaryDocument: string;
}

export interface FakeIssuer {
  cik: string;
  ticker: string;
  name: string;
  /** Newest first. */
  filings: FakeFiling[];
}

export interface FakeDayFiling {
  accession: string;
  formType: string;
  /** Every path under which the daily index lists it (one per filer). */
  paths: string[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** Milliseconds (performance.now() of this process) when the request arrived. */
  at: number;
  userAgent: string | null;
  status: number;
}

export interface Fault {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** How many requests it answers (default 1); `Infinity` for always. */
  times?: number;
  /** Waits this long before answering (a slow server, for time-outs). */
  delayMs?: number;
}

export interface FakeEdgar {
  url: string;
  requests: RecordedRequest[];
  issuers: Map<string, FakeIssuer>;
  /** `YYYY-MM-DD` → the ownership filings in that day's index. */
  days: Map<string, FakeDayFiling[]>;
  issuerByTicker(ticker: string): FakeIssuer;
  /** Answers the next request(s) for `path` with `fault` instead of the real thing. */
  fault(path: string, fault: Fault): void;
  /** Answers `path` only after `ms` from now on (a slow document, so progress can be watched). */
  delay(path: string, ms: number): void;
  /** Serves `body` for `path` from now on (a malformed document, say); `null` serves the real one again. */
  override(path: string, body: string | null): void;
  /** Called for every request as it arrives, before it is answered (`status` is 0 until then). */
  onRequest: ((request: RecordedRequest) => void) | null;
  /** Leaves a filing out of every listing (submissions JSON, daily index) until released. */
  hold(accession: string): void;
  release(accession: string): void;
  /** Lists a corpus submission in `day`'s daily index too (as if filed that day). */
  fileOn(day: string, accession: string): void;
  /** Forgets faults, overrides, held filings and recorded requests. */
  reset(): void;
  /** Requests whose path matches. */
  count(predicate: (path: string) => boolean): number;
  close(): Promise<void>;
}

const pad = (cik: string) => cik.padStart(10, '0');
const dashless = (accession: string) => accession.replace(/-/g, '');

interface ManifestRow {
  file: string;
  sourcePath: string;
  formType: string;
  issuerName: string;
  issuerCik: string;
  accession: string;
  period: string;
}

function readManifest(corpus: string): ManifestRow[] {
  const [header, ...lines] = readFileSync(path.join(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const cols = header!.split('\t');
  const at = (name: string) => cols.indexOf(name);
  return lines.map((line) => {
    const f = line.split('\t');
    return {
      file: f[at('local_file')]!,
      sourcePath: f[at('source_path')]!,
      formType: f[at('form_type')]!,
      issuerName: f[at('issuer_name')]!,
      issuerCik: String(Number(f[at('issuer_cik')])),
      accession: f[at('accession')]!,
      period: f[at('period')]!,
    };
  });
}

/** Issuers with their corpus filings that have a real accession number. */
function buildIssuers(corpus: string): { issuers: Map<string, FakeIssuer>; documents: Map<string, string> } {
  const byCik = new Map<string, { rows: ManifestRow[]; tickers: Map<string, number> }>();
  for (const row of readManifest(corpus)) {
    if (!/^\d{10}-\d{2}-\d{6}$/.test(row.accession)) continue;
    const xml = readFileSync(path.join(corpus, row.file), 'utf8');
    const ticker = /<issuerTradingSymbol>\s*([^<\s]+)/.exec(xml)?.[1]?.toUpperCase();
    const entry = byCik.get(row.issuerCik) ?? { rows: [] as ManifestRow[], tickers: new Map<string, number>() };
    entry.rows.push(row);
    if (ticker && ticker !== 'NONE') entry.tickers.set(ticker, (entry.tickers.get(ticker) ?? 0) + 1);
    byCik.set(row.issuerCik, entry);
  }
  const issuers = new Map<string, FakeIssuer>();
  const documents = new Map<string, string>();
  for (const [cik, { rows, tickers }] of byCik) {
    const ticker = [...tickers].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (!ticker) continue;
    const seen = new Set<string>();
    const filings: FakeFiling[] = [];
    for (const row of rows) {
      if (seen.has(row.accession)) continue;
      seen.add(row.accession);
      const file = path.basename(row.sourcePath).replace(/[^A-Za-z0-9._-]/g, '_') || 'form.xml';
      const name = /\.xml$/i.test(file) ? file : `${file}.xml`;
      const folder = `/Archives/edgar/data/${cik}/${dashless(row.accession)}`;
      const documentPath = `${folder}/${name}`;
      documents.set(documentPath, path.join(corpus, row.file));
      filings.push({
        accession: row.accession,
        formType: row.formType.replace('-A', '/A'),
        // Form 4s are due two business days after the trade: the period is a fair filing date here.
        filingDate: /^\d{4}-\d{2}-\d{2}$/.test(row.period) ? row.period : '2020-01-01',
        documentPath,
        primaryDocument: `xslF345X05/${name}`,
      });
    }
    filings.sort((a, b) => b.filingDate.localeCompare(a.filingDate) || b.accession.localeCompare(a.accession));
    issuers.set(cik, { cik, ticker, name: rows[rows.length - 1]!.issuerName, filings });
  }
  return { issuers, documents };
}

interface IndexedSubmission {
  accession: string;
  formType: string;
  /** One per filer: the issuer and each reporting owner. */
  filers: Array<{ name: string; cik: string; archivePath: string }>;
}

/** The corpus submissions by filing day, and where each one is served. */
function buildDays(corpus: string): { days: Map<string, FakeDayFiling[]>; indexed: Map<string, IndexedSubmission>; submissions: Map<string, string> } {
  const days = new Map<string, FakeDayFiling[]>();
  const indexed = new Map<string, IndexedSubmission>();
  const submissions = new Map<string, string>();
  const dir = path.join(corpus, 'submissions');
  for (const file of readdirSync(dir).sort()) {
    const text = readFileSync(path.join(dir, file), 'latin1');
    const documentAt = text.search(/<DOCUMENT>/);
    const header = text.slice(0, documentAt > 0 ? documentAt : 20_000);
    const accession = /(?:ACCESSION NUMBER:\s*|<ACCESSION-NUMBER>)(\d{10}-\d{2}-\d{6})/.exec(header)?.[1];
    const formType = /(?:CONFORMED SUBMISSION TYPE:\s*|<TYPE>)([^\s<]+)/.exec(header)?.[1];
    const date = /(?:FILED AS OF DATE:\s*|<FILING-DATE>)(\d{8})/.exec(header)?.[1];
    if (!accession || !formType || !date) continue;
    const day = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
    const names = [...header.matchAll(/(?:COMPANY CONFORMED NAME:\s*|<CONFORMED-NAME>)([^\r\n<]+)/g)].map((m) => m[1]!.trim());
    const ciks = [...header.matchAll(/(?:CENTRAL INDEX KEY:\s*|<CIK>)(\d+)/g)].map((m) => String(Number(m[1])));
    const filers = ciks.map((cik, i) => ({ name: names[i] ?? 'UNKNOWN', cik, archivePath: `edgar/data/${cik}/${accession}.txt` }));
    for (const filer of filers) submissions.set(`/Archives/${filer.archivePath}`, path.join(dir, file));
    indexed.set(accession, { accession, formType, filers });
    days.set(day, [...(days.get(day) ?? []), { accession, formType, paths: filers.map((f) => `/Archives/${f.archivePath}`) }]);
  }
  return { days, indexed, submissions };
}

/** A day's `form.YYYYMMDD.idx` lines: each filing once per filer, among filings of other forms. */
function dayLines(day: string, filings: FakeDayFiling[], indexed: Map<string, IndexedSubmission>): string[] {
  const ymd = day.replace(/-/g, '');
  const lines: string[] = [];
  for (const { accession } of filings) {
    const sub = indexed.get(accession);
    for (const filer of sub?.filers ?? []) lines.push(indexLine(sub!.formType, filer.name, filer.cik, ymd, filer.archivePath));
  }
  // Other forms share the index; their documents do not exist here, so fetching one is a bug.
  lines.push(indexLine('8-K', 'SOME OTHER CORP', '99001', ymd, `edgar/data/99001/0000099001-${ymd.slice(2, 4)}-000001.txt`));
  lines.push(indexLine('SC 13G/A', 'A FUND  LP', '99002', ymd, `edgar/data/99002/0000099002-${ymd.slice(2, 4)}-000002.txt`));
  return lines.sort();
}

function indexLine(form: string, company: string, cik: string, ymd: string, archivePath: string): string {
  return `${form.padEnd(17)}${company.slice(0, 60).padEnd(62)}${cik.padEnd(12)}${ymd.padEnd(12)}${archivePath}`;
}

function dailyIndexText(day: string, dayLines: string[]): string {
  const date = new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
  return [
    'Description:           Daily Index of EDGAR Dissemination Feed by Form Type',
    `Last Data Received:    ${date}`,
    'Comments:              webmaster@sec.gov',
    'Anonymous FTP:         ftp://ftp.sec.gov/edgar/',
    '',
    '',
    '',
    'Form Type   Company Name                                                  CIK',
    '      Date Filed  File Name',
    '-'.repeat(141),
    ...dayLines,
    '',
  ].join('\n');
}

function columns(filings: Array<{ accession: string; form: string; filingDate: string; primaryDocument: string }>) {
  return {
    accessionNumber: filings.map((f) => f.accession),
    filingDate: filings.map((f) => f.filingDate),
    reportDate: filings.map((f) => f.filingDate),
    acceptanceDateTime: filings.map((f) => `${f.filingDate}T17:30:0${f.accession.slice(-1)}.000Z`),
    act: filings.map((f) => (f.form === '10-K' ? '34' : '')),
    form: filings.map((f) => f.form),
    fileNumber: filings.map(() => ''),
    filmNumber: filings.map(() => ''),
    items: filings.map(() => ''),
    size: filings.map(() => 4321),
    isXBRL: filings.map(() => 0),
    isInlineXBRL: filings.map(() => 0),
    primaryDocument: filings.map((f) => f.primaryDocument),
    primaryDocDescription: filings.map((f) => (f.form.startsWith('10') ? 'Annual report' : 'PRIMARY DOCUMENT')),
  };
}

function submissionsJson(issuer: FakeIssuer): { main: unknown; page: unknown; pageName: string } {
  const asRow = (f: FakeFiling) => ({ accession: f.accession, form: f.formType, filingDate: f.filingDate, primaryDocument: f.primaryDocument });
  const split = Math.ceil(issuer.filings.length / 2);
  const recent = issuer.filings.slice(0, split).map(asRow);
  const older = issuer.filings.slice(split).map(asRow);
  // Filings of other forms sit among them and must be left alone.
  recent.splice(1, 0, { accession: `${pad(issuer.cik)}-99-000010`, form: '10-K', filingDate: recent[0]?.filingDate ?? '2020-01-01', primaryDocument: 'annual-report.htm' });
  older.push({ accession: `${pad(issuer.cik)}-98-000011`, form: '8-K', filingDate: '2001-01-02', primaryDocument: 'current-report.htm' });
  const pageName = `CIK${pad(issuer.cik)}-submissions-001.json`;
  const main = {
    cik: issuer.cik,
    entityType: 'operating',
    name: issuer.name,
    tickers: [issuer.ticker],
    exchanges: ['Nasdaq'],
    filings: {
      recent: columns(recent),
      files: [{ name: pageName, filingCount: older.length, filingFrom: older[older.length - 1]!.filingDate, filingTo: older[0]!.filingDate }],
    },
  };
  return { main, page: columns(older), pageName };
}

/** A path served as given (a binary zip, say): what test/fake-edgar/datasets.ts adds. */
export type FakeRoute = () => { type: string; body: string | Uint8Array };

export async function startFakeEdgar(options: { corpusDir?: string; port?: number; routes?: ReadonlyMap<string, FakeRoute> } = {}): Promise<FakeEdgar> {
  const corpus = options.corpusDir ?? CORPUS_DIR;
  const { issuers, documents } = buildIssuers(corpus);
  const { days, indexed, submissions } = buildDays(corpus);
  const held = new Set<string>();
  const faults = new Map<string, Fault[]>();
  const overrides = new Map<string, string>();
  const delays = new Map<string, number>();
  const routes = new Map<string, FakeRoute>(options.routes ?? []);

  const json = (value: unknown) => () => ({ type: 'application/json', body: JSON.stringify(value) });
  const file = (p: string, type: string) => () => ({ type, body: readFileSync(p, 'utf8') });

  const tickers: Record<string, { cik_str: number; ticker: string; title: string }> = {};
  [...issuers.values()].forEach((issuer, i) => {
    tickers[String(i)] = { cik_str: Number(issuer.cik), ticker: issuer.ticker, title: issuer.name };
    // Built per request: a held-back filing appears once released, as new filings do on EDGAR.
    const listing = () => submissionsJson({ ...issuer, filings: issuer.filings.filter((f) => !held.has(f.accession)) });
    routes.set(`/submissions/CIK${pad(issuer.cik)}.json`, () => json(listing().main)());
    routes.set(`/submissions/${listing().pageName}`, () => json(listing().page)());
    for (const f of issuer.filings) {
      routes.set(f.documentPath, file(documents.get(f.documentPath)!, 'text/xml'));
      const folder = f.documentPath.slice(0, f.documentPath.lastIndexOf('/'));
      routes.set(`${folder}/${f.primaryDocument}`, () => ({ type: 'text/html', body: '<html><body>Rendered form</body></html>' }));
    }
  });
  routes.set('/files/company_tickers.json', json(tickers));
  const dailyIndex = (p: string) => {
    const m = /^\/Archives\/edgar\/daily-index\/(\d{4})\/QTR([1-4])\/form\.(\d{4})(\d{2})(\d{2})\.idx$/.exec(p);
    if (!m || m[1] !== m[3] || Number(m[2]) !== Math.floor((Number(m[4]) - 1) / 3) + 1) return null;
    const day = `${m[3]}-${m[4]}-${m[5]}`;
    const filings = days.get(day)?.filter((f) => !held.has(f.accession));
    return filings ? { type: 'text/plain', body: dailyIndexText(day, dayLines(day, filings, indexed)) } : null;
  };
  for (const [p, source] of submissions) routes.set(p, file(source, 'text/plain'));

  const requests: RecordedRequest[] = [];
  const fake: FakeEdgar = {
    url: '',
    requests,
    issuers,
    days,
    onRequest: null,
    issuerByTicker(ticker) {
      const found = [...issuers.values()].find((i) => i.ticker === ticker.toUpperCase());
      if (!found) throw new Error(`the fake EDGAR has no issuer with ticker ${ticker}`);
      return found;
    },
    fault(p, f) {
      faults.set(p, [...(faults.get(p) ?? []), { ...f, times: f.times ?? 1 }]);
    },
    delay(p, ms) {
      delays.set(p, ms);
    },
    override(p, body) {
      if (body === null) overrides.delete(p);
      else overrides.set(p, body);
    },
    hold: (accession) => void held.add(accession),
    release: (accession) => void held.delete(accession),
    fileOn(day, accession) {
      const sub = indexed.get(accession);
      if (!sub) throw new Error(`no corpus submission ${accession}`);
      const entry = { accession, formType: sub.formType, paths: sub.filers.map((f) => `/Archives/${f.archivePath}`) };
      days.set(day, [...(days.get(day) ?? []).filter((f) => f.accession !== accession), entry]);
    },
    reset() {
      held.clear();
      faults.clear();
      overrides.clear();
      delays.clear();
      requests.length = 0;
      fake.onRequest = null;
    },
    count: (predicate) => requests.filter((r) => predicate(r.path)).length,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    // Recorded as it arrives: the rate test counts arrivals, whatever happens to the answer.
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname),
      at: performance.now(),
      userAgent: req.headers['user-agent'] ?? null,
      status: 0,
    };
    requests.push(record);
    fake.onRequest?.(record);
    const respond = (status: number, type: string, body: string | Uint8Array, headers: Record<string, string> = {}) => {
      record.status = status;
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    // EDGAR refuses programs that do not say who they are.
    if (!record.userAgent || !/@/.test(record.userAgent)) {
      return respond(403, 'text/html', '<h1>Your Request Originates from an Undeclared Automated Tool</h1>');
    }
    const queue = faults.get(record.path);
    const f = queue?.[0];
    if (f) {
      f.times = (f.times ?? 1) - 1;
      if (f.times <= 0) queue!.shift();
      const answer = () => respond(f.status, 'text/plain', f.body ?? `fault ${f.status}`, f.headers);
      if (f.delayMs) setTimeout(answer, f.delayMs);
      else answer();
      return;
    }
    const answer = () => {
      const override = overrides.get(record.path);
      if (override !== undefined) return respond(200, 'text/xml', override);
      const found = routes.get(record.path)?.() ?? dailyIndex(record.path);
      if (!found) return respond(404, 'text/html', '<h1>Not Found</h1>');
      respond(200, found.type, found.body);
    };
    const wait = delays.get(record.path);
    if (wait) setTimeout(answer, wait);
    else answer();
  };

  const server: Server = createServer(handle);
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

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
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDays, buildIssuers, dailyIndexText, dayLines, pad, submissionsJson } from './corpus-data';
import type { FakeDayFiling, FakeIssuer } from './corpus-data';
export type { FakeDayFiling, FakeFiling, FakeIssuer } from './corpus-data';

/** `../shared/corpus` beside the repository, resolved from the repo root (not the working directory). */
export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
export const hasCorpus = existsSync(path.join(CORPUS_DIR, 'MANIFEST.tsv'));

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

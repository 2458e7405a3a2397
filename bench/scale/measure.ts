// Page timings against `next start` on a scale database: the heaviest issuer and person, a filing,
// searches, the home page, sorted, filtered and deep views, and the full CSV export with the
// server's memory sampled from /proc while it streams. Requests go one at a time to 127.0.0.1,
// bounded in number and time.
import type Database from 'better-sqlite3';
import { median, percentile } from '../stats';
import { pidListeningOn, rssKiB } from './proc';

export interface Targets {
  issuer: { cik: string; ticker: string | null; name: string | null; rows: number; filings: number };
  person: { cik: string; name: string | null; filings: number };
  filing: string;
}

/**
 * The heaviest issuer and person. The generator gives rank 0 the most filings; a few candidates are
 * counted through their indexes rather than grouping every row of the database.
 */
export function findTargets(sqlite: Database.Database): Targets {
  const issuerCandidates = ['1000000', '1000001', '1000002'];
  const countRows = sqlite.prepare<[string], number>('SELECT count(*) FROM filing_rows WHERE issuer_cik = ?').pluck();
  const countFilings = sqlite.prepare<[string], number>('SELECT count(*) FROM filings WHERE issuer_cik = ?').pluck();
  const [cik, rows] = issuerCandidates.map((c) => [c, countRows.get(c) ?? 0] as const).sort((a, b) => b[1] - a[1])[0]!;
  const issuer = sqlite.prepare<[string], { name: string | null; ticker: string | null }>('SELECT name, ticker FROM issuers WHERE cik = ?').get(cik);
  const ownerCandidates = ['9000000', '9000001', '3000000', '3000001'];
  const countOwner = sqlite.prepare<[string], number>('SELECT count(*) FROM filing_owners WHERE owner_cik = ?').pluck();
  const [ownerCik, ownerFilings] = ownerCandidates.map((c) => [c, countOwner.get(c) ?? 0] as const).sort((a, b) => b[1] - a[1])[0]!;
  const ownerName = sqlite.prepare<[string], string | null>('SELECT name FROM owners WHERE cik = ?').pluck().get(ownerCik) ?? null;
  const filing = sqlite
    .prepare<[string], string>('SELECT accession FROM filings WHERE issuer_cik = ? ORDER BY filed_at DESC LIMIT 1')
    .pluck()
    .get(cik);
  if (!rows || !filing) throw new Error('the scale database has no filings of its largest issuer');
  return {
    issuer: { cik, ticker: issuer?.ticker ?? null, name: issuer?.name ?? null, rows, filings: countFilings.get(cik) ?? 0 },
    person: { cik: ownerCik, name: ownerName, filings: ownerFilings },
    filing,
  };
}

export interface PageSpec {
  label: string;
  path: string;
}

export function pagesFor(t: Targets): PageSpec[] {
  const { issuer, person } = t;
  const lastPage = Math.max(1, Math.ceil(issuer.rows / 50));
  // "SMITH JOHN A" is searched as a reader types it: "John Smith".
  const [last = 'smith', first = 'john'] = (person.name ?? '').toLowerCase().split(/\s+/);
  const i = `/issuers/${issuer.cik}`;
  return [
    { label: `issuer page, largest issuer (${issuer.rows.toLocaleString('en-US')} rows)`, path: i },
    { label: 'issuer sorted by price, descending', path: `${i}?sort=price&dir=desc` },
    { label: 'issuer sorted by insider', path: `${i}?sort=insider&dir=asc` },
    { label: 'issuer filtered to code S', path: `${i}?code=S` },
    { label: `issuer deep page (page ${lastPage.toLocaleString('en-US')}, the last)`, path: `${i}?page=${lastPage}` },
    { label: 'issuer sorted by value, deep page', path: `${i}?sort=value&dir=desc&page=${Math.ceil(lastPage / 2)}` },
    { label: `person page, busiest owner (${person.filings.toLocaleString('en-US')} filings)`, path: `/people/${person.cik}` },
    { label: 'filing page', path: `/filings/${t.filing}` },
    { label: `name search "${first} ${last}"`, path: `/search?q=${encodeURIComponent(`${first} ${last}`)}` },
    { label: `prefix search "${last.slice(0, 3)}"`, path: `/search?q=${encodeURIComponent(last.slice(0, 3))}` },
    { label: `suggestions API "${last.slice(0, 3)}"`, path: `/api/search?q=${encodeURIComponent(last.slice(0, 3))}` },
    { label: 'latest filings (home)', path: '/' },
  ];
}

export interface Timing {
  label: string;
  path: string;
  status: number;
  count: number;
  medianMs: number;
  p95Ms: number;
}

/** Sequential requests after two warm-ups, at most `count` of them and for at most `budgetMs`. */
export async function timePage(baseUrl: string, page: PageSpec, count: number, budgetMs = 20_000): Promise<Timing> {
  const url = baseUrl + page.path;
  let status = 0;
  for (let i = 0; i < 2; i++) {
    const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
    await res.arrayBuffer();
    status = res.status;
  }
  const times: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (times.length < count && (times.length < 3 || performance.now() < deadline)) {
    const start = performance.now();
    const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
    await res.arrayBuffer();
    times.push(performance.now() - start);
    status = res.status;
  }
  return { label: page.label, path: page.path, status, count: times.length, medianMs: median(times), p95Ms: percentile(times, 95) };
}

export interface CsvResult {
  status: number;
  bytes: number;
  lines: number;
  firstByteMs: number;
  totalMs: number;
  baselineRssMiB: number;
  peakRssMiB: number;
  /** RSS growth while streaming, over the samples (MiB). */
  growthMiB: number;
}

/** Downloads the CSV once while sampling the server's VmRSS every 25 ms. */
export async function timeCsv(baseUrl: string, path: string): Promise<CsvResult> {
  const port = Number(new URL(baseUrl).port);
  const pid = pidListeningOn(port);
  if (pid === null) throw new Error(`no process listens on port ${port}`);
  const baseline = rssKiB(pid) ?? 0;
  let peak = baseline;
  const timer = setInterval(() => {
    const rss = rssKiB(pid);
    if (rss !== null && rss > peak) peak = rss;
  }, 25);
  const start = performance.now();
  let firstByteMs = 0;
  let bytes = 0;
  let lines = 0;
  let status = 0;
  try {
    const res = await fetch(baseUrl + path, { signal: AbortSignal.timeout(300_000) });
    status = res.status;
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (bytes === 0) firstByteMs = performance.now() - start;
      bytes += value.byteLength;
      for (let k = 0; k < value.length; k++) if (value[k] === 10) lines++;
    }
  } finally {
    clearInterval(timer);
  }
  const after = rssKiB(pid) ?? peak;
  peak = Math.max(peak, after);
  return {
    status,
    bytes,
    lines,
    firstByteMs,
    totalMs: performance.now() - start,
    baselineRssMiB: baseline / 1024,
    peakRssMiB: peak / 1024,
    growthMiB: (peak - baseline) / 1024,
  };
}

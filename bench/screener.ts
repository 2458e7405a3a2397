// The market screener (/trades) and cluster buys (/clusters) timed on `next start`: every preset
// (as on the page, and as of the newest stored filing, since a preset's `days` window ends today and
// a benchmark database may end earlier), the cluster view with its defaults, and a fixed list of
// filter combinations through the JSON API. Used by `npm run bench` (the corpus database) and
// `npm run bench:scale`. A view's total is kept until the database changes (db/queries/cache.ts):
// the first request of each line is printed apart ("first"), the median and p95 are of the rest.
import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { TRADE_PRESETS } from '@/lib/trade-urls';
import { getBenchTargets } from './targets';
import { startServer } from './server';
import { fmt, median, percentile } from './stats';

export interface ScreenerTargets {
  issuerCik: string;
  ticker: string | null;
  ownerCik: string;
  /** The newest filing date stored (YYYY-MM-DD). */
  newest: string;
  /** The issuer's SIC code, and the code of fewest filings; null where no filing carries one. */
  industry: string | null;
  rareIndustry: string | null;
}

export type ScreenerGroup = 'preset' | 'clusters' | 'industries' | 'combination';
export interface ScreenerSpec {
  group: ScreenerGroup;
  label: string;
  path: string;
}

export interface ScreenerTiming extends ScreenerSpec {
  status: number;
  firstMs: number;
  times: number[];
  medianMs: number;
  p95Ms: number;
}

/** The newest filing date, an issuer and an owner with many filings (any database). */
export function findScreenerTargets(sqlite: Database.Database, issuerCik: string, ownerCik: string): ScreenerTargets {
  const newest = sqlite.prepare<[], string | null>('SELECT max(filing_date) FROM filings').pluck().get() ?? '2024-01-01';
  const ticker = sqlite.prepare<[string], string | null>('SELECT ticker FROM issuers WHERE cik = ?').pluck().get(issuerCik) ?? null;
  const industry = sqlite.prepare<[string], string | null>('SELECT sic FROM issuers WHERE cik = ?').pluck().get(issuerCik) ?? null;
  // The code of the fewest filings.
  const rareIndustry = sqlite.prepare<[], string | null>(`SELECT i.sic FROM issuers i JOIN filings f ON f.issuer_cik = i.cik
    WHERE i.sic IS NOT NULL GROUP BY i.sic ORDER BY count(*), i.sic LIMIT 1`).pluck().get() ?? null;
  return { issuerCik, ticker, ownerCik, newest, industry, rareIndustry };
}

const minusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

export function screenerSpecs(t: ScreenerTargets): ScreenerSpec[] {
  const last = t.newest;
  // A preset's `days=N` as a filing-date range ending on the newest filing.
  const asOfNewest = (query: string) => query.replace(/days=(\d+)/, (_, n: string) => `filedFrom=${minusDays(last, Number(n))}&filedTo=${last}`);
  const year = last.slice(0, 4);
  const specs: ScreenerSpec[] = [];
  for (const p of TRADE_PRESETS) {
    specs.push({ group: 'preset', label: `preset: ${p.label}`, path: `/trades${p.query}` });
    if (p.query.includes('days=')) specs.push({ group: 'preset', label: `preset: ${p.label} (to ${last})`, path: `/trades${asOfNewest(p.query)}` });
  }
  for (const p of TRADE_PRESETS) specs.push({ group: 'preset', label: `API preset: ${p.label}`, path: `/api/trades${asOfNewest(p.query)}` });
  specs.push(
    { group: 'clusters', label: 'cluster page, defaults', path: '/clusters' },
    { group: 'clusters', label: 'API clusters, defaults', path: '/api/clusters' },
    { group: 'clusters', label: 'API clusters, officers, last 90 days', path: `/api/clusters?role=officer&filedFrom=${minusDays(last, 90)}&filedTo=${last}` },
    { group: 'clusters', label: 'API clusters, 3 insiders, over $1M', path: '/api/clusters?minInsiders=3&minValue=1000000' },
    { group: 'clusters', label: 'API clusters of one issuer', path: `/api/clusters?issuer=${t.issuerCik}` },
    { group: 'clusters', label: 'API clusters by value', path: '/api/clusters?sort=value&dir=desc' },
  );
  if (t.industry) specs.push({ group: 'clusters', label: 'API clusters of an industry', path: `/api/clusters?sic=${t.industry}` });
  specs.push(
    { group: 'industries', label: 'by industry, 30 days to the newest filing', path: `/industries?filedFrom=${minusDays(last, 30)}&filedTo=${last}` },
    { group: 'industries', label: 'by industry, 365 days to the newest filing', path: `/industries?filedFrom=${minusDays(last, 365)}&filedTo=${last}` },
  );
  const combos: [string, string][] = [
    ['no filter', ''],
    ['code=S,P', 'code=S,P'],
    ['ad=A', 'ad=A'],
    ['role=director', 'role=director'],
    ['role=chair', 'role=chair'],
    ['role=coo', 'role=coo'],
    ['from/to only (a month)', `from=${year}-03-01&to=${year}-03-31`],
    ['from/to only (a year ago)', `from=${Number(year) - 1}-01-01&to=${Number(year) - 1}-12-31`],
    ['filedFrom/filedTo (a week)', `filedFrom=${minusDays(last, 7)}&filedTo=${last}`],
    ['days=30', 'days=30'],
    ['minValue=1000000', 'minValue=1000000'],
    ['maxValue=1000', 'maxValue=1000'],
    ['minPrice=100', 'minPrice=100'],
    ['maxPrice=1', 'maxPrice=1'],
    ['minOwnChange=50', 'minOwnChange=50'],
    ['minOwnChange=1000 (rare)', 'minOwnChange=1000'],
    ['issuer (CIK)', `issuer=${t.issuerCik}`],
    ['issuer (ticker)', `issuer=${t.ticker ?? t.issuerCik}`],
    ['owner', `owner=${t.ownerCik}`],
    ['derivative=only', 'derivative=only'],
    ['tenb5One=yes', 'tenb5One=yes'],
    ['tenb5One=unknown', 'tenb5One=unknown'],
    ['amendments=filed', 'amendments=filed'],
    ['pattern=opportunistic', 'pattern=opportunistic'],
    ['late=1', 'late=1'],
    ['code+role+days', `code=P&role=director&filedFrom=${minusDays(last, 30)}&filedTo=${last}`],
    ['minValue+derivative', 'minValue=100000&derivative=only'],
    ['code=S&minOwnChange=50', 'code=S&minOwnChange=50'],
    ['issuer+code', `issuer=${t.issuerCik}&code=S`],
    ...(t.industry ? [
      ['sic (the largest issuer\'s code)', `sic=${t.industry}`],
      ['sic (its first two digits)', `sic=${t.industry.slice(0, 2)}`],
      ['sic+code=P', `sic=${t.industry}&code=P`],
    ] satisfies [string, string][] : []),
    ...(t.rareIndustry ? [['sic (the code of fewest filings)', `sic=${t.rareIndustry}`]] satisfies [string, string][] : []),
    ['owner+code', `owner=${t.ownerCik}&code=S`],
    ['tenb5One=yes&code=S', 'tenb5One=yes&code=S'],
    ['pattern=routine&code=S', 'pattern=routine&code=S'],
    ['pattern=opportunistic&code=P', 'pattern=opportunistic&code=P'],
    ['late=1&code=P', 'late=1&code=P'],
    ['amendments=filed&code=P', 'amendments=filed&code=P'],
    ['role=ceo&minValue=1000000', 'role=ceo&minValue=1000000'],
    ['ad=D&maxPrice=5&role=tenPercentOwner', 'ad=D&maxPrice=5&role=tenPercentOwner'],
    ['sort=value', 'sort=value&dir=desc'],
    ['sort=value&code=S&derivative=exclude', 'code=S&derivative=exclude&sort=value&dir=desc'],
    ['sort=price', 'sort=price&dir=desc'],
    ['sort=ownChange', 'sort=ownChange&dir=desc'],
    ['sort=ownChange&code=P', 'code=P&sort=ownChange&dir=desc'],
    ['deep page (200, the last of 10,000)', 'page=200'],
    ['deep page sorted by value', 'sort=value&dir=desc&page=200'],
    ['size=1000', 'size=1000'],
    // Last: no index serves these orders, and at a million filings a request can hold the server for a minute.
    ['sort=date asc', 'sort=date&dir=asc'],
    ['sort=shares asc', 'sort=shares&dir=asc'],
  ];
  for (const [label, query] of combos) specs.push({ group: 'combination', label, path: `/api/trades${query ? `?${query}` : ''}` });
  return specs;
}

/** A request given up after this long is printed as such (status 0), and its line not asked again. */
const GIVE_UP_MS = 30_000;

/** The first request (its total not yet kept), then up to `count` more within `budgetMs`. */
async function timeSpec(baseUrl: string, spec: ScreenerSpec, count: number, budgetMs: number): Promise<ScreenerTiming> {
  const once = async () => {
    const start = performance.now();
    const res = await fetch(baseUrl + spec.path, { signal: AbortSignal.timeout(GIVE_UP_MS) });
    await res.arrayBuffer();
    return { ms: performance.now() - start, status: res.status };
  };
  let first: { ms: number; status: number };
  try {
    first = await once();
  } catch {
    // The server keeps working on the request it gave up on (one thread): the next line waits until it answers again.
    for (const deadline = performance.now() + 600_000; performance.now() < deadline; ) {
      try {
        await (await fetch(`${baseUrl}/api/trades?size=1&days=1`, { signal: AbortSignal.timeout(GIVE_UP_MS) })).arrayBuffer();
        break;
      } catch {
        /* still busy */
      }
    }
    return { ...spec, status: 0, firstMs: Infinity, times: [], medianMs: NaN, p95Ms: NaN };
  }
  const times: number[] = [];
  let status = first.status;
  const deadline = performance.now() + budgetMs;
  while (times.length < count && (times.length < 3 || performance.now() < deadline)) {
    const r = await once();
    times.push(r.ms);
    status = r.status;
  }
  return { ...spec, status, firstMs: first.ms, times, medianMs: median(times), p95Ms: percentile(times, 95) };
}

export async function timeScreener(baseUrl: string, specs: ScreenerSpec[], count = 20, budgetMs = 8_000): Promise<ScreenerTiming[]> {
  // Compiles the routes and opens the server's connection before the first line is timed.
  for (const path of ['/trades', '/api/trades?size=1', '/clusters?issuer=0']) await (await fetch(baseUrl + path)).arrayBuffer();
  const out: ScreenerTiming[] = [];
  for (const spec of specs) out.push(await timeSpec(baseUrl, spec, count, budgetMs));
  return out;
}

export function printScreener(timings: ScreenerTiming[], heading: string): void {
  const line = (t: ScreenerTiming) => {
    if (t.status === 0) return `  ${t.label.slice(0, 56).padEnd(56)} no answer within ${GIVE_UP_MS / 1000} s (not asked again)`;
    const flag = t.status === 200 ? '' : `  HTTP ${t.status}`;
    return `  ${t.label.slice(0, 56).padEnd(56)} ${fmt(t.firstMs, 1).padStart(8)} ms ${fmt(t.medianMs, 1).padStart(8)} ms ${fmt(t.p95Ms, 1).padStart(8)} ms${flag}`;
  };
  console.log(`\n${heading}`);
  console.log(`  ${''.padEnd(56)} ${'first'.padStart(11)} ${'median'.padStart(11)} ${'p95'.padStart(11)}`);
  const groups: [ScreenerGroup, string][] = [
    ['preset', 'presets (target: median under 50 ms)'],
    ['clusters', 'cluster buys (target: median under 50 ms)'],
    ['industries', 'buying and selling by industry (target: median under 50 ms)'],
    ['combination', 'filter combinations, /api/trades (target: p95 under 300 ms)'],
  ];
  for (const [group, title] of groups) {
    const of = timings.filter((t) => t.group === group);
    if (!of.length) continue;
    console.log(`  ${title}`);
    for (const t of of) console.log(line(t));
  }
  const combos = timings.filter((t) => t.group === 'combination');
  if (combos.length) {
    // A line given up counts as its time limit in the p95s (it is not left out).
    const all = combos.flatMap((t) => (t.status === 0 ? [GIVE_UP_MS] : t.times));
    const firsts = combos.map((t) => Math.min(t.firstMs, GIVE_UP_MS));
    const p95Of = (t: ScreenerTiming) => (t.status === 0 ? Infinity : t.p95Ms);
    const worst = [...combos].sort((a, b) => p95Of(b) - p95Of(a))[0]!;
    console.log(`  combinations overall: p95 ${fmt(percentile(all, 95), 1)} ms of ${all.length} requests; worst line's p95 ${worst.status === 0 ? `over ${GIVE_UP_MS / 1000} s` : `${fmt(worst.p95Ms, 1)} ms`} (${worst.label}); first requests p95 ${fmt(percentile(firsts, 95), 1)} ms, worst ${fmt(Math.max(...firsts), 1)} ms`);
  }
  const slowPresets = timings.filter((t) => t.group !== 'combination' && (t.status === 0 || t.medianMs >= 50));
  console.log(`  presets and clusters over 50 ms at the median: ${slowPresets.length ? slowPresets.map((t) => t.label).join('; ') : 'none'}`);
}

/** `npm run bench`: the corpus database (prepared as the e2e server's), the built app, the screener's lines. */
export async function benchScreener(): Promise<ScreenerTiming[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'section16-bench-screener-'));
  const databasePath = path.join(dir, 'screener.db');
  try {
    const prepared = spawnSync('npx', ['tsx', 'e2e/support/prepare-server.ts'], {
      env: { ...process.env, DATABASE_PATH: databasePath },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (prepared.status !== 0) throw new Error('preparing the database and build failed');
    const { openDatabase } = await import('@/db/index');
    const { sqlite } = openDatabase(databasePath);
    const { largestIssuer, busiestOwner } = getBenchTargets(sqlite);
    if (!largestIssuer || !busiestOwner) throw new Error('the bench database is empty');
    const targets = findScreenerTargets(sqlite, largestIssuer.cik, busiestOwner.cik);
    sqlite.close();
    const server = await startServer(databasePath);
    try {
      return await timeScreener(server.baseUrl, screenerSpecs(targets));
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

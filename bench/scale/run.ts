// `npm run bench:scale -- --filings N [--db PATH] [--keep]`: builds a database of N made-up filings
// (real corpus filings as templates, bench/scale/generate.ts) through the real ingest pipeline, and
// at 100k, 300k and 1M filings (those not above N) and at N prints: ingest rate into the large
// database against the empty one, bytes per filing, page times on `next start` idle and while a
// bulk ingest runs in another process, and the full CSV export's time and server memory.
// `--measure-only` times the pages of a kept database again; `--rates-only` runs only the rate rounds on it.
// The database is removed at the end only if this run created it and `--keep` was not given.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type OpenedDatabase } from '@/db/index';
import { createFilingStore } from '@/db/store';
import { startBulkLoad } from '@/db/bulk-load';
import { loadCorpus } from '../corpus';
import { fmt } from '../stats';
import { ingestRange } from './build';
import { firstFreeRange, measureRates, type MeasuredRates } from './rates';
import { FilingGenerator, filingIndexOf, planFor } from './generate';
import { isBuildStale } from '../../e2e/support/build-state';
import { startServer } from '../server';
import { snapshotApp } from './snapshot';
import { findTargets, pagesFor, timeCsv, timePage, type Timing } from './measure';
import { printRound, printSize, type SizeResult } from './report';
import { findScreenerTargets, screenerSpecs, timeScreener } from '../screener';

const { values } = parseArgs({
  options: {
    filings: { type: 'string', default: '100000' },
    db: { type: 'string' },
    keep: { type: 'boolean', default: false },
    checkpoints: { type: 'string' },
    requests: { type: 'string', default: '30' },
    'no-pages': { type: 'boolean', default: false },
    'no-concurrent': { type: 'boolean', default: false },
    /** Time the pages of an existing database (--db, --keep) again without building or ingest rates. */
    'measure-only': { type: 'boolean', default: false },
    /**
     * Only the ingest rate rounds, against an existing database (--db, with the --filings it was
     * built with): the next RATE_ROUNDS × RATE_CHUNK filings side by side as a checkpoint measures
     * them, each deleted again (the file is left as it was, so the figure can be reproduced); no pages.
     */
    'rates-only': { type: 'boolean', default: false },
    /** Side-by-side rate rounds per size (each is a chunk loaded four times into the large file). */
    'rate-rounds': { type: 'string', default: '4' },
    /** With --measure-only: only the screener's and cluster view's lines (bench/screener.ts). */
    'screener-only': { type: 'boolean', default: false },
    /** Serve the production build in .next as it is, even if sources changed since (others' edits elsewhere). */
    'reuse-build': { type: 'boolean', default: false },
  },
});

const target = Number(values.filings);
if (!Number.isInteger(target) || target < 1000) throw new Error('--filings must be a whole number ≥ 1000');
const requests = Math.max(5, Math.min(200, Number(values.requests) || 30));
const checkpoints = [
  ...new Set(
    (values.checkpoints ? values.checkpoints.split(',').map(Number) : [100_000, 300_000, 1_000_000])
      .filter((n) => Number.isInteger(n) && n > 0 && n < target)
      .concat(target),
  ),
].sort((a, b) => a - b);
/**
 * Ingest rates are measured in rounds of this many filings (two commits, as `npm run ingest` makes
 * them): each chunk into a fresh file and into the large database with and without the signals
 * (bench/scale/rates.ts); medians of the rounds' ratios reported, the machine being shared.
 */
const RATE_CHUNK = Math.min(10_000, Math.floor(target / 20));
const RATE_ROUNDS = Number(values['rate-rounds']);
if (!Number.isInteger(RATE_ROUNDS) || RATE_ROUNDS < 1) throw new Error('--rate-rounds must be a whole number ≥ 1');

const dbPath = path.resolve(values.db ?? path.join(os.tmpdir(), 'section16-scale', 'scale.db'));
const repoRoot = process.cwd();

const corpus = loadCorpus();
if (!corpus) {
  console.error('No corpus at ../shared/corpus: the scale benchmark uses its filings as templates.');
  process.exit(1);
}
const plan = planFor(target);
const generator = FilingGenerator.fromCorpus(corpus.xml, plan);

function machine(): string {
  return `Node ${process.version} · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}) · ${fmt(os.totalmem() / 2 ** 30, 1)} GiB · load average ${os.loadavg().map((l) => fmt(l, 1)).join(' ')}`;
}
console.log(`Section16 scale benchmark · ${machine()} · ${new Date().toISOString()}`);
console.log(`${generator.templateCount} corpus filings as templates; ${plan.issuers.toLocaleString('en-US')} issuers, ${plan.funds.toLocaleString('en-US')} funds; database ${dbPath}`);
console.log(`sizes: ${checkpoints.map((n) => n.toLocaleString('en-US')).join(', ')}\n`);

// ── the production build the pages are timed on (as e2e/support/prepare-server.ts decides) ───────
function ensureBuild(): void {
  if (!isBuildStale(repoRoot)) return;
  if (values['reuse-build']) {
    console.log('serving the existing build in .next (--reuse-build; sources changed since)');
    return;
  }
  console.log('building the app (sources changed since the last build)…');
  const r = spawnSync('npx', ['next', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('next build failed');
}

// ── build ─────────────────────────────────────────────────────────────────────────────────────────
mkdirSync(path.dirname(dbPath), { recursive: true });
// Opened as `npm run ingest` opens a bulk load (see db/index.ts); the pages have their own connections.
let db: OpenedDatabase = openDatabase(dbPath, { bulkLoad: true });
const stored = (db.sqlite.prepare('SELECT count(*) AS n FROM filings').get() as { n: number }).n;
/**
 * The generator's index after the last filing in the file, where a build goes on: not the count,
 * since a file some filings were deleted from (a stretch of rate rounds) holds fewer than that.
 */
function nextIndex(sqlite: OpenedDatabase['sqlite']): number {
  let last = -1;
  for (const accession of sqlite.prepare('SELECT accession FROM filings').pluck().iterate() as IterableIterator<string>) {
    const i = filingIndexOf(accession);
    if (i !== null && i > last) last = i;
  }
  return last + 1;
}
let built = stored > 0 ? nextIndex(db.sqlite) : 0;
if (stored > 0) console.log(`resuming: ${stored.toLocaleString('en-US')} filings already in ${dbPath}, the next is #${built.toLocaleString('en-US')}`);
function buildTo(size: number): void {
  const store = createFilingStore(db.sqlite);
  const started = performance.now();
  let lastPrint = 0;
  const bulkLoad = startBulkLoad(db.sqlite);
  const r = ingestRange(store, generator, built, size, target, { bulkLoad, onChunk: (done, so) => {
    if (performance.now() - lastPrint > 15_000) {
      lastPrint = performance.now();
      const rate = so.stored / (so.ms / 1000);
      process.stdout.write(`  … ${done.toLocaleString('en-US')} filings (${fmt(rate, 0)}/s in ingest, ${fmt((performance.now() - started) / 1000, 0)} s)\n`);
    }
  } });
  bulkLoad.stop();
  if (r.failed > 0) throw new Error(`generated filings failed to load: ${r.firstFailure}`);
  built = r.next;
}

/**
 * Builds to `size`; the last RATE_ROUNDS × RATE_CHUNK filings are loaded in side-by-side rounds
 * (bench/scale/rates.ts) and left loaded with the signals.
 */
function buildMeasured(size: number): MeasuredRates {
  buildTo(Math.max(built, size - RATE_ROUNDS * RATE_CHUNK));
  const rates = measureRates(db, dbPath, generator, { from: built, to: size, chunk: RATE_CHUNK, maxFilings: target, keep: true }, printRound);
  built = size;
  return rates;
}

async function measurePages(size: number, concurrent: boolean): Promise<Pick<SizeResult, 'idle' | 'busy' | 'csv' | 'worker' | 'screener'>> {
  const targets = findTargets(db.sqlite);
  const pages = pagesFor(targets);
  ensureBuild();
  const server = await startServer(dbPath, snapshotApp(repoRoot, path.join(path.dirname(dbPath), 'app')));
  try {
    // Fewer rounds than the pages: the first request of a line can take seconds at this size.
    const screener = await timeScreener(server.baseUrl, screenerSpecs(findScreenerTargets(db.sqlite, targets.issuer.cik, targets.person.cik)), Math.min(requests, 15), 5_000);
    if (values['screener-only']) return { idle: [], busy: [], csv: null, worker: null, screener };
    const idle: Timing[] = [];
    for (const page of pages) idle.push(await timePage(server.baseUrl, page, requests));
    const csv = await timeCsv(server.baseUrl, `/api/issuers/${targets.issuer.cik}/transactions?format=csv`);
    if (!concurrent) return { idle, busy: [], csv, worker: null, screener };

    // The same pages while another process bulk-loads the next filings into the same file.
    db.sqlite.close();
    // node itself (not npx or the tsx wrapper), so that SIGTERM reaches the worker's own handler.
    const child = spawn(process.execPath, ['--max-semi-space-size=32', '--import', 'tsx', 'bench/scale/ingest-worker.ts',
      '--db', dbPath, '--from', String(built), '--count', '200000', '--max', String(target)], {
      cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const check = setInterval(() => {
        if (out.includes('ready\n')) {
          clearInterval(check);
          resolve();
        }
        if (child.exitCode !== null) {
          clearInterval(check);
          reject(new Error('the ingest worker exited early'));
        }
      }, 50);
    });
    // Let it get past its first batches before timing.
    await new Promise((r) => setTimeout(r, 1500));
    const busy: Timing[] = [];
    for (const page of pages) {
      if (child.exitCode !== null) break;
      busy.push(await timePage(server.baseUrl, page, Math.ceil(requests / 2), 10_000));
    }
    const exited = new Promise((r) => child.once('exit', r));
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    const line = out.trim().split('\n').pop() ?? '{}';
    const worker = JSON.parse(line) as { next: number; stored: number; failed: number; ms: number; wallMs: number };
    if (worker.failed > 0) throw new Error('the ingest worker had failures');
    db = openDatabase(dbPath, { bulkLoad: true });
    built = worker.next;
    return { idle, busy, csv, worker, screener };
  } finally {
    await server.stop();
  }
}

const results: SizeResult[] = [];
const buildStarted = performance.now();
/** The figures of the database at `filings`, before its pages are timed. */
function sizeResult(filings: number, rates: SizeResult['rates'], buildSeconds: number): SizeResult {
  const pages = db.sqlite.pragma('page_count', { simple: true }) as number;
  const pageSize = db.sqlite.pragma('page_size', { simple: true }) as number;
  return {
    filings,
    rows: (db.sqlite.prepare('SELECT max(id) AS n FROM filing_rows').get() as { n: number }).n,
    rates,
    bytesPerFiling: (pages * pageSize) / filings,
    buildSeconds,
    targets: findTargets(db.sqlite),
    idle: [],
    busy: [],
    csv: null,
    worker: null,
    screener: [],
  };
}

if (values['measure-only']) {
  if (built === 0) throw new Error('--measure-only needs a database built before (--db PATH)');
  const result = sizeResult(stored, null, 0);
  Object.assign(result, await measurePages(stored, !values['no-concurrent']));
  results.push(result);
  printSize(result, RATE_CHUNK);
  writeFileSync(`${dbPath}.remeasured.json`, JSON.stringify({ machine: machine(), results }, null, 2));
  checkpoints.length = 0;
}
if (values['rates-only']) {
  if (built === 0) throw new Error('--rates-only needs a database built before (--db PATH, with the --filings it was built with)');
  const started = performance.now();
  // The chunks after the last filing, each loaded and deleted again: the file is left as it was, so a
  // second run measures the same thing.
  const from = firstFreeRange(db.sqlite, generator, built, RATE_ROUNDS * RATE_CHUNK, target);
  const rates = measureRates(db, dbPath, generator, { from, to: from + RATE_ROUNDS * RATE_CHUNK, chunk: RATE_CHUNK, maxFilings: target, keep: false }, printRound);
  db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const result = sizeResult(stored, rates, (performance.now() - started) / 1000);
  results.push(result);
  printSize(result, RATE_CHUNK);
  writeFileSync(`${dbPath}.rates.json`, JSON.stringify({ machine: machine(), results }, null, 2));
  checkpoints.length = 0;
}
for (const size of checkpoints) {
  if (built >= size) continue;
  console.log(`\nbuilding to ${size.toLocaleString('en-US')} filings…`);
  const rates = buildMeasured(size);
  db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const result = sizeResult(built, rates, (performance.now() - buildStarted) / 1000);
  if (!values['no-pages']) {
    // At the last size too: the worker's filings then go beyond N.
    const concurrent = !values['no-concurrent'];
    Object.assign(result, await measurePages(size, concurrent));
  }
  results.push(result);
  printSize(result, RATE_CHUNK);
  writeFileSync(`${dbPath}.results.json`, JSON.stringify({ machine: machine(), results }, null, 2));
}

db.sqlite.close();
console.log(`\ndone: ${built.toLocaleString('en-US')} filings in ${fmt((performance.now() - buildStarted) / 1000, 0)} s; figures in ${dbPath}.${values['measure-only'] ? 'remeasured' : values['rates-only'] ? 'rates' : 'results'}.json`);
rmSync(path.join(path.dirname(dbPath), 'app'), { recursive: true, force: true });
// Only a database this run created: one that held filings when it began (a build resumed, the
// rounds or pages of a kept one) took its own run to build, and stays.
if (!values.keep && stored === 0) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
  console.log('database removed (--keep keeps it)');
}

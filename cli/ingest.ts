// npm run ingest -- <files or directories...> [--db PATH]: loads Form 3/4/5 filings into SQLite
// and ends with a summary. Exit status 0 when everything loaded, 1 when anything failed.
// With --reparse, the stored documents are parsed again instead (after a parser fix).
import { openDatabase, resolveDatabasePath } from '../db/index';
import { createFilingStore } from '../db/store';
import { ingestPathsAndDatasets } from '../ingest/datasets';
import { loadDatasetQuarters } from '../ingest/datasets-edgar';
import { dayAfterQuarter, parseQuarterSpec, type QuarterSpec } from '../lib/datasets/listing';
import { DEFAULT_BATCH_SIZE, type IngestOptions, LIVE_INDEX_BATCH_SIZE, type IngestProgress, type IngestSummary } from '../ingest/pipeline';
import { reparseStored } from '../ingest/reparse';
import { formatSummary as formatEdgarSummary, runEdgarIngest } from './edgar';
import { isEdgarInvocation } from './edgar-command';
import { EdgarClient } from '../lib/edgar/client';
import { readEdgarConfig } from '../lib/edgar/env';
import { formatProgress, Progress } from '../lib/edgar/progress';
import { loadAllOriginals } from '../ingest/originals';
import { fillIndustries } from '../ingest/industries';
import { defaultWorkerCount, startIngestPool } from '../ingest/worker-pool';
import { groupThousands } from '../lib/thousands';
import { parseCommandLine, runCli, UsageError } from './args';

const USAGE = `usage: npm run ingest -- <files or directories...> [--db PATH] [--force] [--batch-size N] [--workers N] [--quiet]
       npm run ingest -- --reparse [--db PATH] [--batch-size N] [--quiet]
       npm run ingest -- --datasets 2024q3 | 2020q1:2024q4 | all [--db PATH] [--quiet]
       npm run ingest -- --originals [--since YYYY-MM-DD] [--db PATH] [--workers N] [--quiet]
       npm run ingest -- --industries [--db PATH] [--quiet]

Loads .xml (ownershipDocument), .txt (EDGAR submission) and .nc files, and the SEC's quarterly
Insider Transactions Data Sets (.zip, e.g. 2024q3_form345.zip); directories are searched
recursively. The database is data/section16.db unless DATABASE_PATH or --db names another.
  --force          replace filings even when the same content is already stored
  --batch-size N   filings per transaction (default ${groupThousands(DEFAULT_BATCH_SIZE)}; ${groupThousands(LIVE_INDEX_BATCH_SIZE)} into a database larger
                   than the load, which keeps its indexes live)
  --workers N      threads that read, parse and compress while one writes (default: one fewer than
                   the cores, ${defaultWorkerCount()} here, for 200 files or more; a data-set zip of 1 MiB or
                   more is read with one on two cores or more; 0: all in one thread; or INGEST_WORKERS)
  --quiet          no progress, only the summary
  --reparse        parse every stored filing again from its stored document (after a parser fix)
  --datasets Q     the SEC's quarterly data sets from EDGAR (the quarters its listing page links;
                   needs SEC_USER_AGENT; zips are kept in the EDGAR cache)
  --originals      fetch from EDGAR the original documents of the filings loaded from data sets,
                   newest first (--since DAY: those filed on or after DAY), each replacing its
                   copy; needs SEC_USER_AGENT; stopped (Ctrl-C) and run again, it goes on
  --industries     ask EDGAR the SIC code of each issuer stored without one (the data sets carry
                   none): one request an issuer; needs SEC_USER_AGENT; run again, it goes on

From SEC EDGAR (see cli/edgar.ts): --ticker SYMBOL | --cik NUMBER [--since DAY], --daily DAY[:TO], --follow`;

function main(): number | Promise<number> {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), {
    db: { type: 'string' },
    force: { type: 'boolean', default: false },
    'batch-size': { type: 'string' },
    workers: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    reparse: { type: 'boolean', default: false },
    datasets: { type: 'string' },
    originals: { type: 'boolean', default: false },
    industries: { type: 'boolean', default: false },
    since: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.reparse && positionals.length > 0) throw new UsageError('--reparse reads the stored documents: name no files');
  const workers = parseWorkers(values.workers ?? process.env.INGEST_WORKERS);
  if (values.datasets !== undefined) return datasets(values.datasets, positionals, { ...values, workers });
  if (values.originals) return originals(positionals, { ...values, workers });
  if (values.industries) return industries(positionals, values);
  if (values.since !== undefined) throw new UsageError('--since goes with --originals (or --ticker/--cik)');
  if (!values.reparse && positionals.length === 0) throw new UsageError('name at least one file or directory to load');
  // Unset, the load chooses (ingest/pipeline.ts).
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) throw new UsageError('--batch-size must be a positive whole number');

  const dbPath = resolveDatabasePath(values.db);
  const progress = values.quiet ? undefined : progressPrinter();
  const summary = values.reparse
    ? reparse(dbPath, { batchSize, onProgress: progress?.update })
    : ingestPathsAndDatasets(positionals, { dbPath, batchSize, force: values.force, workers, onProgress: progress?.update });
  progress?.finish();
  process.stdout.write(formatSummary(summary, dbPath));
  return summary.failed > 0 ? 1 : 0;
}

async function datasets(spec: string, positionals: string[], values: { db?: string; force: boolean; quiet: boolean; workers?: number }): Promise<number> {
  if (positionals.length > 0) throw new UsageError('--datasets loads quarters from SEC EDGAR: name no files');
  try {
    parseQuarterSpec(spec);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const dbPath = resolveDatabasePath(values.db);
  const progress = values.quiet ? undefined : progressPrinter();
  let latest = null as string | null;
  const summary = await loadDatasetQuarters(spec, { dbPath, force: values.force, workers: values.workers, onProgress: progress?.update, onLatest: (q) => (latest = q) });
  progress?.finish();
  process.stdout.write(formatSummary(summary, dbPath));
  if (latest !== null) process.stdout.write(`${latestDatasetLine(latest, parseQuarterSpec(spec))}\n`);
  return summary.failed > 0 ? 1 : 0;
}

/** Where the days after the data sets come from, once they are loaded. */
function latestDatasetLine(latest: string, asked: QuarterSpec): string {
  if (asked !== 'all' && asked.to < latest) return `The SEC's latest data set is ${latest}, not asked for here: npm run ingest -- --datasets ${latest}`;
  const after = dayAfterQuarter(latest);
  return `The SEC's latest data set is ${latest}. The days since (from ${after}) are in EDGAR's daily indexes: npm run ingest -- --follow reads those not read yet, then follows EDGAR (--daily ${after}: reads them once)`;
}

/** --workers N (or INGEST_WORKERS): a whole number, 0 for none; undefined for the default. */
function parseWorkers(given: string | undefined): number | undefined {
  if (given === undefined || given === '') return undefined;
  const workers = Number(given);
  if (!/^\d+$/.test(given.trim()) || !Number.isSafeInteger(workers)) throw new UsageError(`--workers must be a whole number (0: read and parse in the writing thread), not "${given}"`);
  return workers;
}

async function originals(positionals: string[], values: { db?: string; since?: string; quiet: boolean; workers?: number }): Promise<number> {
  if (positionals.length > 0) throw new UsageError('--originals fetches from SEC EDGAR: name no files');
  const since = values.since ?? null;
  if (since !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(since) || Number.isNaN(Date.parse(`${since}T00:00:00Z`)))) {
    throw new UsageError(`--since "${since}" is not a day (expected YYYY-MM-DD)`);
  }
  const client = new EdgarClient(readEdgarConfig(process.env)); // names a missing SEC_USER_AGENT before the database opens
  const dbPath = resolveDatabasePath(values.db);
  const { sqlite, db } = openDatabase(dbPath);
  const stop = interruptible('stopping: finishing the current write (the next run goes on from here)');
  const progress = new Progress();
  const workers = values.workers ?? defaultWorkerCount();
  const pool = workers > 0 ? startIngestPool(workers) : undefined;
  const timer = values.quiet ? null : setInterval(() => process.stderr.write(`${formatProgress(progress.snapshot())}\n`), 5_000);
  const started = performance.now();
  try {
    const deps = { client, hosts: client.config, store: createFilingStore(sqlite), db, progress, concurrency: client.config.concurrency, signal: stop.signal, pool };
    await loadAllOriginals(deps, { since });
  } finally {
    if (timer) clearInterval(timer);
    stop.release();
    sqlite.close();
    await pool?.close();
  }
  const snapshot = progress.snapshot();
  process.stdout.write(formatEdgarSummary(snapshot, { dbPath, requests: client.requests, seconds: (performance.now() - started) / 1000 }));
  if (snapshot.failed > 0) return 1;
  return stop.signal.aborted ? 130 : 0;
}

async function industries(positionals: string[], values: { db?: string; quiet: boolean }): Promise<number> {
  if (positionals.length > 0) throw new UsageError('--industries asks SEC EDGAR: name no files');
  const client = new EdgarClient(readEdgarConfig(process.env)); // names a missing SEC_USER_AGENT before the database opens
  const dbPath = resolveDatabasePath(values.db);
  const { sqlite, db } = openDatabase(dbPath);
  const stop = interruptible();
  const started = performance.now();
  let shown = 0;
  try {
    const deps = { client, hosts: client.config, store: createFilingStore(sqlite), db, progress: new Progress(), concurrency: client.config.concurrency, signal: stop.signal };
    const summary = await fillIndustries(deps, (s) => {
      if (!values.quiet && performance.now() - shown > 5_000) {
        shown = performance.now();
        process.stderr.write(`industries: ${groupThousands(s.asked)} issuers asked, ${groupThousands(s.coded)} given a code\n`);
      }
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`industries: ${groupThousands(summary.asked)} issuers asked in ${seconds} s (${groupThousands(client.requests)} requests); ${groupThousands(summary.coded)} given a code, ${groupThousands(summary.none)} without one at EDGAR, ${summary.failures.length} failed, into ${dbPath}\n`);
    for (const f of summary.failures) process.stderr.write(`  CIK ${f.cik}: ${f.reason}\n`);
    if (summary.failures.length > 0) return 1;
    return stop.signal.aborted ? 130 : 0;
  } finally {
    stop.release();
    sqlite.close();
  }
}

/** An AbortSignal that Ctrl-C (or SIGTERM) aborts, after saying `message` if given; `release()` stops listening. */
function interruptible(message?: string): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const onSignal = () => {
    if (message) process.stderr.write(`${message}\n`);
    controller.abort(new Error('interrupted'));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    release: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

function reparse(dbPath: string, options: Pick<IngestOptions, 'batchSize' | 'onProgress'>): IngestSummary {
  const { sqlite, db } = openDatabase(dbPath, { bulkLoad: true });
  try {
    return reparseStored(db, createFilingStore(sqlite), options);
  } finally {
    sqlite.close();
  }
}

/** Progress on stderr: a line redrawn in place on a terminal, an occasional line in a log. */
function progressPrinter() {
  const tty = process.stderr.isTTY === true;
  const every = tty ? 250 : 5000;
  let last = performance.now();
  let drawn = false;
  return {
    update(p: IngestProgress) {
      const now = performance.now();
      if (p.done === 0 || p.done === p.total || now - last < every) return;
      last = now;
      const line = `${groupThousands(p.done)} of ${groupThousands(p.total)} files: ${p.loaded} loaded, ${p.replaced} replaced, ${p.skipped} skipped, ${p.failed} failed (${rate(p.done, p.elapsedMs)})`;
      if (tty) {
        process.stderr.write(`\r\x1b[2K${line}`);
        drawn = true;
      } else {
        process.stderr.write(`${line}\n`);
      }
    },
    finish() {
      if (drawn) process.stderr.write('\r\x1b[2K');
    },
  };
}

function rate(count: number, ms: number): string {
  return ms > 0 ? `${groupThousands(Math.round((count * 1000) / ms))} files/s` : '';
}

export function formatSummary(summary: IngestSummary, dbPath: string): string {
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  // A bulk load's last step, which no progress line shows: the indexes it dropped, built again.
  const build = summary.indexBuildMs > 0 ? `; ${seconds(summary.indexBuildMs)} s of it building the screener's indexes` : '';
  const lines = [
    `${groupThousands(summary.total)} ${summary.total === 1 ? 'file' : 'files'} in ${seconds(summary.elapsedMs)} s (${rate(summary.total, summary.elapsedMs)}${build}) into ${dbPath}`,
    `loaded ${summary.loaded}, replaced ${summary.replaced}, skipped ${summary.skipped}, failed ${summary.failed}`,
  ];
  if (summary.failures.length > 0) {
    lines.push('failed:');
    for (const failure of summary.failures) lines.push(`  ${failure.source}: ${failure.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

// --ticker, --cik, --daily and --follow fetch from SEC EDGAR instead of reading files.
const argv = process.argv.slice(2);
void runCli(USAGE, isEdgarInvocation(argv) ? () => runEdgarIngest(argv) : main);

// `npm run ingest -- --ticker AMOT [--since 2013-01-01] | --cik 46129 | --daily 2024-08-01[:TO] [--follow]`:
// the EDGAR half of the ingest command. cli/ingest.ts hands these flags over here.
import { openDatabase, resolveDatabasePath } from '../db/index';
import { createCoverageLog } from '../db/edgar-coverage';
import { createFilingStore } from '../db/store';
import { EdgarClient } from '../lib/edgar/client';
import { EdgarConfigError, type EdgarEnv, readEdgarConfig } from '../lib/edgar/env';
import { resolveTarget, type ResolvedTarget } from '../lib/edgar/fetch';
import { formatDuration, formatProgress, Progress, type ProgressSnapshot } from '../lib/edgar/progress';
import { sleep } from '../lib/edgar/rate-limiter';
import { type DayLoadDeps, loadCik, loadDay } from '../ingest/edgar';
import { edgarToday } from '../lib/edgar/urls';
import { businessDaysFrom } from '../lib/domain/business-days';
import { marketCatchUp } from '../lib/domain/catch-up';
import { EDGAR_USAGE, type EdgarCommand, EdgarUsageError, parseEdgarCommand } from './edgar-command';

/** Where output goes: process.stdout/stderr, or anything with `write` (tests). */
export interface TextSink {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface EdgarIo {
  env?: EdgarEnv;
  stdout?: TextSink;
  stderr?: TextSink;
  /** Stops the run like Ctrl-C does (tests, embedding). SIGINT is handled too. */
  signal?: AbortSignal;
  /** Today on EDGAR's clock (tests: a day of theirs). */
  today?: () => string;
}

/**
 * Runs an EDGAR load and prints a summary. Returns the exit status: 0 when every filing loaded,
 * 1 when any failed (what loaded is kept), 2 on a usage or configuration mistake, 130 when a
 * one-off load was interrupted.
 */
export async function runEdgarIngest(argv: readonly string[], io: EdgarIo = {}): Promise<number> {
  const out = io.stdout ?? process.stdout;
  const err = io.stderr ?? process.stderr;
  const today = io.today ?? edgarToday;
  let command: EdgarCommand;
  let client: EdgarClient;
  try {
    command = parseEdgarCommand(argv, today());
    const config = readEdgarConfig(io.env ?? process.env);
    client = new EdgarClient(config, {
      onRetry: (n) => err.write(`${lineStart(err)}retrying in ${(n.delayMs / 1000).toFixed(1)}s (${n.reason}): ${n.url}\n`),
    });
  } catch (error) {
    if (error instanceof EdgarUsageError) {
      err.write(`${error.message}\n\n${EDGAR_USAGE}\n`);
      return 2;
    }
    if (error instanceof EdgarConfigError) {
      err.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }

  const dbPath = resolveDatabasePath(command.db);
  const { sqlite } = openDatabase(dbPath);

  const stop = new AbortController();
  io.signal?.addEventListener('abort', () => stop.abort(io.signal!.reason), { once: true });
  let interruptedAt: number | null = null;
  const onSigint = () => {
    // Ctrl-C reaches every process of the group, and tsx passes it on too: the same keypress can
    // arrive twice. Only a second press, a moment later, means "quit now".
    if (interruptedAt !== null) {
      if (performance.now() - interruptedAt > 1_000) process.exit(130);
      return;
    }
    interruptedAt = performance.now();
    err.write(`${lineStart(err)}stopping: finishing the current write (Ctrl-C again to quit at once)\n`);
    stop.abort(new Error('interrupted'));
  };
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigint);

  const progress = new Progress();
  const deps: DayLoadDeps = {
    client,
    hosts: client.config,
    store: createFilingStore(sqlite),
    coverage: createCoverageLog(sqlite),
    progress,
    concurrency: client.config.concurrency,
    signal: stop.signal,
  };
  const status = command.quiet ? null : statusLine(err, () => progress.snapshot());
  const started = performance.now();
  let fatal: string | null = null;
  try {
    await runCommand(command, deps, { pollSeconds: client.config.pollSeconds, today }, (line) => {
      status?.clear();
      out.write(`${line}\n`);
    });
  } catch (error) {
    if (!stop.signal.aborted) fatal = error instanceof Error ? error.message : String(error);
  } finally {
    status?.stop();
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigint);
    sqlite.close();
  }

  const snapshot = progress.snapshot();
  out.write(formatSummary(snapshot, { dbPath, requests: client.requests, seconds: (performance.now() - started) / 1000 }));
  if (fatal) {
    err.write(`error: ${fatal}\n`);
    return 1;
  }
  if (snapshot.failed > 0) return 1;
  return stop.signal.aborted && !command.follow ? 130 : 0;
}

interface Clock {
  pollSeconds: number;
  today: () => string;
}

async function runCommand(command: EdgarCommand, deps: DayLoadDeps, { pollSeconds, today }: Clock, say: (line: string) => void): Promise<void> {
  // Every ticker is looked up first, so a typo stops the run before anything is fetched for it.
  const resolved: ResolvedTarget[] = [];
  for (const target of command.targets) resolved.push(await resolveTarget(deps.client, deps.hosts, target, deps.signal));
  for (const t of resolved) {
    say(`EDGAR: ${t.name ? `${t.name} (${t.ticker}, CIK ${t.cik})` : `CIK ${t.cik}`}${command.since ? ` since ${command.since}` : ''}`);
    await loadCik(deps, t.cik, { since: command.since, olderPages: true });
    if (deps.signal?.aborted) return;
  }
  const catchUp = command.daily === null && command.follow && resolved.length === 0
    ? marketCatchUp(deps.coverage.getLatestDayRead(), deps.coverage.getLatestQuarterLoaded(), today())
    : null;
  const days = command.daily ?? catchUp;
  if (days !== null) {
    const { from, to } = days;
    // A range reads the days EDGAR was open (it publishes no index for the others); one day named
    // is asked for whatever it is.
    const toRead = from === to ? [from] : businessDaysFrom(from, to);
    if (catchUp?.after) {
      const since = 'day' in catchUp.after ? 'the latest read into this database' : `the day after the latest data set loaded into this database (${catchUp.after.quarter})`;
      say(`catching up: EDGAR's daily indexes from ${from}, ${since}, through ${to} (${toRead.length} days EDGAR was open; a run stopped goes on from where it stopped)`);
      const ended = catchUp.quartersEnded;
      if (ended.length > 0) {
        const range = ended.length === 1 ? ended[0] : `${ended[0]}:${ended.at(-1)}`;
        say(`quarters ended since then: ${range}. The SEC's quarterly data sets hold them once published, loaded in minutes rather than at a request a filing: npm run ingest -- --datasets ${range} (a --follow started after goes on from the latest quarter loaded)`);
      }
    }
    for (const day of toRead) {
      if (deps.signal?.aborted) break;
      const count = await loadDay(deps, day, { fresh: command.follow });
      say(`EDGAR daily index ${day}: ${count} Form 3/4/5 filings`);
    }
  }
  if (!command.follow) return;

  const interval = (command.intervalSeconds ?? pollSeconds) * 1000;
  say(`following EDGAR every ${formatSeconds(interval)}: Ctrl-C stops`);
  let day = days?.to ?? today();
  while (!deps.signal?.aborted) {
    try {
      await sleep(interval, deps.signal);
    } catch {
      return;
    }
    const before = deps.progress.snapshot();
    try {
      if (resolved.length > 0) {
        for (const t of resolved) await loadCik(deps, t.cik, { since: command.since, olderPages: false, maxAgeMs: 0, onlyNew: true });
      } else {
        const now = today();
        // At midnight, one last look at the day that ended, then on to the new one.
        if (now !== day) await loadDay(deps, day, { fresh: true, onlyNew: true });
        day = now;
        await loadDay(deps, day, { fresh: true, onlyNew: true });
      }
    } catch (error) {
      if (deps.signal?.aborted) return;
      // A failed poll (EDGAR down, network gone) is retried at the next one.
      say(`poll failed, trying again in ${formatSeconds(interval)}: ${(error as Error).message}`);
      continue;
    }
    const after = deps.progress.snapshot();
    const added = after.loaded - before.loaded;
    const failed = after.failed - before.failed;
    if (added > 0 || failed > 0) say(`${new Date().toISOString()}: ${added} new filings loaded${failed ? `, ${failed} failed` : ''}`);
  }
}

const formatSeconds = (ms: number) => (ms < 10_000 ? `${ms / 1000}s` : formatDuration(Math.round(ms / 1000)));

function lineStart(stream: { isTTY?: boolean }): string {
  return stream.isTTY ? '\r\x1b[2K' : '';
}

/** Progress on stderr: redrawn in place on a terminal, a line every few seconds in a log. */
function statusLine(stream: TextSink, read: () => ProgressSnapshot) {
  const tty = stream.isTTY === true;
  let last = '';
  const draw = () => {
    const s = read();
    if (s.found === 0) return;
    const line = formatProgress(s);
    if (line === last) return;
    last = line;
    stream.write(tty ? `\r\x1b[2K${line}` : `${line}\n`);
  };
  const timer = setInterval(draw, tty ? 250 : 5_000);
  timer.unref();
  return {
    clear() {
      if (tty && last) stream.write('\r\x1b[2K');
      last = '';
    },
    stop() {
      clearInterval(timer);
      if (tty && last) stream.write('\r\x1b[2K');
    },
  };
}

export function formatSummary(s: ProgressSnapshot, run: { dbPath: string; requests: number; seconds: number }): string {
  const lines = [
    `${s.found} filings found on EDGAR, ${s.alreadyStored} stored before; fetched ${s.fetched} with ${run.requests} requests in ${run.seconds.toFixed(1)} s into ${run.dbPath}`,
    `loaded ${s.loaded} (new ${s.loaded - s.replaced - s.unchanged}, replaced ${s.replaced}, unchanged ${s.unchanged}), failed ${s.failed}${s.remaining > 0 ? `, ${s.remaining} not done (run again to finish)` : ''}`,
  ];
  if (s.failures.length > 0) {
    lines.push('failed:');
    for (const f of s.failures) lines.push(`  ${f.accession} ${f.url}: ${f.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

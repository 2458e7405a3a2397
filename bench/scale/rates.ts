// The scale benchmark's ingest rate rounds: the large database against a fresh file, and the large
// database with the signals against without them, each chunk of filings loaded side by side.
//
// Every timed load starts from the same state: the chunk was just loaded and deleted again (the
// first time as an untimed warm-up) and the WAL is checkpointed empty, so neither side finds pages
// colder or freer than the other. Which of the pair goes first alternates by round. The figures are
// medians of per-round ratios of CPU time (the process's, all threads), which other work on a shared
// machine moves less than the wall clock; wall-clock rates are printed beside them.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from '@/db/index';
import { createFilingStore } from '@/db/store';
import { startBulkLoad } from '@/db/bulk-load';
import { deleteRange, ingestRange } from './build';
import type { FilingGenerator } from './generate';
import { geometricMean, middle } from '../stats';

export interface TimedLoad {
  stored: number;
  wallMs: number;
  cpuMs: number;
}

export interface RateRound {
  from: number;
  to: number;
  /** Into a fresh file (with the signals). */
  fresh: TimedLoad;
  /** Into the large database, with the signals and without. */
  on: TimedLoad;
  off: TimedLoad;
  onFirst: boolean;
}

export interface MeasuredRates {
  rounds: RateRound[];
  /** Median filings per wall-clock second. */
  large: number;
  empty: number;
  largeWithoutSignals: number;
  /** Median over rounds of CPU time with the signals ÷ without, − 1: what they add to the ingest. */
  signalsCost: number;
  /** The same from the pairs' wall-clock times. */
  signalsCostWall: number;
  /** Geometric mean of the pairs' CPU ratios, − 1. */
  signalsCostGeo: number;
  /** Median over rounds of the large database's CPU time ÷ the fresh file's, − 1. */
  largeVsFresh: number;
  largeVsFreshWall: number;
}

export const rate = (t: TimedLoad) => t.stored / (t.wallMs / 1000);

function load(sqlite: OpenedDatabase['sqlite'], generator: FilingGenerator, from: number, to: number, max: number, signals: boolean): TimedLoad {
  const bulkLoad = startBulkLoad(sqlite);
  const r = ingestRange(createFilingStore(sqlite, { signals }), generator, from, to, max, { bulkLoad });
  bulkLoad.stop();
  if (r.failed > 0) throw new Error(`generated filings failed to load: ${r.firstFailure}`);
  return { stored: r.stored, wallMs: r.ms, cpuMs: r.cpuMs };
}

/** Deletes the range again and empties the WAL, so that the next load starts where the last one did. */
function unload(sqlite: OpenedDatabase['sqlite'], generator: FilingGenerator, from: number, to: number, max: number): void {
  deleteRange(createFilingStore(sqlite), generator, from, to, max);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
}

/** An untimed load and delete of the range, then the timed load (left loaded). */
function warmThenTime(sqlite: OpenedDatabase['sqlite'], generator: FilingGenerator, from: number, to: number, max: number, signals: boolean): TimedLoad {
  load(sqlite, generator, from, to, max, true);
  unload(sqlite, generator, from, to, max);
  return load(sqlite, generator, from, to, max, signals);
}

/** The chunk into a fresh file next to the large database (created, and warmed, before the clock). */
function freshRound(dbPath: string, generator: FilingGenerator, from: number, to: number, max: number): TimedLoad {
  const dir = path.join(path.dirname(dbPath), `fresh-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  const fresh = openDatabase(path.join(dir, 'fresh.db'), { bulkLoad: true });
  try {
    return warmThenTime(fresh.sqlite, generator, from, to, max, true);
  } finally {
    fresh.sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The first index from `from` on that starts `count` filings none of which the database holds: a
 * file some filings were deleted from holds fewer than its highest index, and a round must not
 * replace (and then delete) filings that were there.
 */
export function firstFreeRange(sqlite: OpenedDatabase['sqlite'], generator: FilingGenerator, from: number, count: number, max: number): number {
  const store = createFilingStore(sqlite);
  let start = from;
  for (let k = start; k < start + count; k++) {
    if (store.hasFiling(generator.filing(k, max).accession)) start = k + 1;
  }
  return start;
}

/**
 * Rounds over chunks [from, from + chunk), … up to `to`. `keep`: each chunk is left loaded with the
 * signals (a build goes on from there); otherwise the large database is left as it was found, so
 * that a run can be repeated on the same file.
 */
export function measureRates(
  db: OpenedDatabase,
  dbPath: string,
  generator: FilingGenerator,
  range: { from: number; to: number; chunk: number; maxFilings: number; keep: boolean },
  onRound?: (round: RateRound) => void,
): MeasuredRates {
  const { sqlite } = db;
  const max = range.maxFilings;
  const rounds: RateRound[] = [];
  for (let from = range.from, i = 0; from < range.to; from += range.chunk, i++) {
    const to = Math.min(range.to, from + range.chunk);
    const fresh = freshRound(dbPath, generator, from, to, max);
    const onFirst = i % 2 === 0;
    const first = warmThenTime(sqlite, generator, from, to, max, onFirst);
    unload(sqlite, generator, from, to, max);
    const second = load(sqlite, generator, from, to, max, !onFirst);
    const [on, off] = onFirst ? [first, second] : [second, first];
    if (!range.keep || onFirst) {
      unload(sqlite, generator, from, to, max);
      if (range.keep) load(sqlite, generator, from, to, max, true);
    }
    const round = { from, to, fresh, on, off, onFirst };
    rounds.push(round);
    onRound?.(round);
  }
  const cpuRatios = rounds.map((r) => r.on.cpuMs / r.off.cpuMs);
  return {
    rounds,
    large: middle(rounds.map((r) => rate(r.on))),
    empty: middle(rounds.map((r) => rate(r.fresh))),
    largeWithoutSignals: middle(rounds.map((r) => rate(r.off))),
    signalsCost: middle(cpuRatios) - 1,
    signalsCostWall: middle(rounds.map((r) => r.on.wallMs / r.off.wallMs)) - 1,
    signalsCostGeo: geometricMean(cpuRatios) - 1,
    largeVsFresh: middle(rounds.map((r) => r.on.cpuMs / r.fresh.cpuMs)) - 1,
    largeVsFreshWall: middle(rounds.map((r) => r.on.wallMs / r.fresh.wallMs)) - 1,
  };
}

// `npm run ingest`'s folder path in this process, once warm: the corpus XMLs written to a folder
// several times over (each copy a different filing: another accession in its file name, another
// issuer CIK), loaded with ingestPaths into a fresh database, with its pool of worker threads
// (started inside the timed part, as a run starts it) and in this thread alone, alternating. The
// peer is not timed here: run after our rounds in this process it parsed up to a third slower than
// in a process of its own, which flattered every ratio. The ratios below are to the peer's
// read-and-parse loop in its own process, from the as-run rounds of the same run (ingest-as-run.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestPaths } from '@/ingest/files';
import { defaultWorkerCount, startIngestPool } from '@/ingest/worker-pool';
import type { CorpusFile } from './corpus';
import { copyOf, syntheticAccession } from './ingest';
import type { AsRunResult } from './ingest-as-run';
import { fmt, median } from './stats';

interface Mode {
  filingsPerSecond: number;
  rates: number[];
  /** CPU time per filing (medians, µs): of this thread (the writer), and of the whole process (workers too). */
  writerCpuUs: number | null;
  processCpuUs: number;
}

export interface FolderIngestResult {
  filings: number;
  workers: number;
  cores: number;
  pooled: Mode & {
    /** Of the pooled rounds (medians): how long the writer waited for the workers, and the documents it prepared itself. */
    writerWaitedShare: number;
    preparedHere: number;
  };
  inThread: Mode;
  loadAverage: number[];
}

const ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/**
 * CPU seconds of this thread so far (Linux's /proc; null elsewhere): the writer's own time, which a
 * busy machine moves much less than the wall clock.
 */
function threadCpuSeconds(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticks;
  } catch {
    return null;
  }
}

const processCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** The corpus XMLs `copies` times over in a new temporary folder (the caller removes it). */
export function writeFolder(xml: CorpusFile[], copies: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'section16-bench-folder-'));
  for (let copy = 0; copy < copies; copy++) {
    const sub = path.join(dir, `copy-${String(copy).padStart(2, '0')}`);
    mkdirSync(sub);
    xml.forEach((f, i) => writeFileSync(path.join(sub, `${f.name.replace(/_[\d-]+\.xml$/i, '')}_${syntheticAccession(copy, i)}.xml`), copyOf(f.text, copy)));
  }
  return dir;
}

/** `folder` (writeFolder) holds `filings` files. */
export function benchFolderIngest(folder: string, filings: number, rounds = 3, workers = Math.max(1, defaultWorkerCount())): FolderIngestResult {
  const pooled: number[] = [];
  const inThread: number[] = [];
  const waited: number[] = [];
  const here: number[] = [];
  const cpu = { pooledWriter: [] as number[], pooledProcess: [] as number[], inThreadWriter: [] as number[], inThreadProcess: [] as number[] };
  const perFiling = (seconds: number, n: number) => (seconds * 1e6) / n;
  for (let round = 0; round < rounds; round++) {
    for (const withPool of round % 2 === 0 ? [true, false] : [false, true]) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'section16-bench-db-'));
      try {
        const started = performance.now();
        const writerBefore = threadCpuSeconds();
        const processBefore = processCpuSeconds();
        const pool = withPool ? startIngestPool(workers) : undefined;
        const summary = ingestPaths([folder], { dbPath: path.join(dir, 'bench.db'), workers: 0, pool });
        const seconds = (performance.now() - started) / 1000;
        const writerAfter = threadCpuSeconds();
        const writer = writerBefore === null || writerAfter === null ? null : perFiling(writerAfter - writerBefore, filings);
        if (writer !== null) cpu[withPool ? 'pooledWriter' : 'inThreadWriter'].push(writer);
        cpu[withPool ? 'pooledProcess' : 'inThreadProcess'].push(perFiling(processCpuSeconds() - processBefore, filings));
        if (summary.loaded !== filings) throw new Error(`folder ingest loaded ${summary.loaded} of ${filings}: ${summary.failures[0]?.reason ?? ''}`);
        if (pool) {
          const stats = pool.stats();
          void pool.close();
          pooled.push(filings / seconds);
          waited.push(stats.writerWaitedMs / 1000 / seconds);
          here.push(stats.here);
        } else {
          inThread.push(filings / seconds);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  return {
    filings,
    workers,
    cores: os.availableParallelism(),
    pooled: {
      filingsPerSecond: median(pooled), rates: pooled, writerWaitedShare: median(waited), preparedHere: median(here),
      writerCpuUs: cpu.pooledWriter.length > 0 ? median(cpu.pooledWriter) : null, processCpuUs: median(cpu.pooledProcess),
    },
    inThread: {
      filingsPerSecond: median(inThread), rates: inThread,
      writerCpuUs: cpu.inThreadWriter.length > 0 ? median(cpu.inThreadWriter) : null, processCpuUs: median(cpu.inThreadProcess),
    },
    loadAverage: os.loadavg(),
  };
}

/** `peer`: the as-run rounds of the same run, whose read-and-parse loop in its own process the rates are compared with; null without the peer. */
export function printFolderIngest(r: FolderIngestResult, copies: number, peer: AsRunResult | null): void {
  const times = (rate: number) => (peer ? ` = ${fmt(rate / peer.peerOwnClock, 1)}× the peer's read-and-parse loop` : '');
  console.log(`\ningest folder  npm run ingest's folder path in this process, warm: ${r.filings} files (the corpus XMLs × ${copies}) into a fresh database, median of ${r.pooled.rates.length} rounds each`);
  console.log(`  with workers       ${fmt(r.pooled.filingsPerSecond, 0)} filings/s${times(r.pooled.filingsPerSecond)}; ${r.workers} worker thread${r.workers === 1 ? '' : 's'} + the writer, ${r.cores} cores`);
  console.log(`  in this thread     ${fmt(r.inThread.filingsPerSecond, 0)} filings/s${times(r.inThread.filingsPerSecond)} (--workers 0)`);
  console.log(`  rounds             workers ${r.pooled.rates.map((x) => fmt(x, 0)).join(', ')}; in thread ${r.inThread.rates.map((x) => fmt(x, 0)).join(', ')} filings/s`);
  console.log(`  the writer         waited for the workers ${fmt(r.pooled.writerWaitedShare * 100, 0)}% of the time; prepared ${fmt(r.pooled.preparedHere, 0)} of the documents itself (while they started, or when they fell behind)`);
  const { pooled, inThread } = r;
  if (pooled.writerCpuUs !== null && peer) {
    console.log(`  CPU per filing     the writer ${fmt(pooled.writerCpuUs, 0)} µs, the whole process ${fmt(pooled.processCpuUs, 0)} µs with workers; ${fmt(inThread.processCpuUs, 0)} µs in one thread; the peer's read and parse ${fmt(peer.peerCpuUs, 0)} µs`);
    // What the machine's load hides: the rate the CPU times allow on an idle machine. One writer
    // bounds it whatever the cores; on two, the whole process's CPU time shared by both.
    const bound = peer.peerCpuUs / pooled.writerCpuUs;
    const twoCores = peer.peerCpuUs * Math.min(1 / pooled.writerCpuUs, 2 / pooled.processCpuUs);
    console.log(`  from CPU times     ≈ ${fmt(twoCores, 1)}× the peer on 2 idle cores, at most ${fmt(bound, 1)}× on more (the one writer's bound); in one thread ${fmt(peer.peerCpuUs / inThread.processCpuUs, 1)}×`);
  }
  console.log(`  load average       ${r.loadAverage.map((l) => fmt(l, 2)).join(' ')} (2 cores shared with other work: figures vary with it)`);
}

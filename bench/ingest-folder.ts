// `npm run ingest`'s folder path, timed: the corpus XMLs written to a folder several times over
// (each copy a different filing: another accession in its file name, another issuer CIK), loaded
// with ingestPaths into a fresh database, with its pool of worker threads (started inside the timed
// part, as a run starts it) and in this thread alone, alternating. Beside it, the peer's parse rate
// from the parse bench of the same run: the ratio the issue asks for.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestPaths } from '@/ingest/files';
import { defaultWorkerCount, startIngestPool } from '@/ingest/worker-pool';
import type { CorpusFile } from './corpus';
import { copyOf, syntheticAccession } from './ingest';
import { type ParseResult, type PeerParser, peerParseRate } from './parse';
import { fmt, median } from './stats';

interface Mode {
  filingsPerSecond: number;
  rates: number[];
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
  /** The peer's parse rate timed between the rounds (its median), and each pooled round's rate over the peer's beside it (their median); null without the peer. */
  peer: { filingsPerSecond: number; ratio: number; inThreadRatio: number } | null;
  loadAverage: number[];
}

function writeFolder(xml: CorpusFile[], copies: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'section16-bench-folder-'));
  for (let copy = 0; copy < copies; copy++) {
    const sub = path.join(dir, `copy-${String(copy).padStart(2, '0')}`);
    mkdirSync(sub);
    xml.forEach((f, i) => writeFileSync(path.join(sub, `${f.name.replace(/_[\d-]+\.xml$/i, '')}_${syntheticAccession(copy, i)}.xml`), copyOf(f.text, copy)));
  }
  return dir;
}

// 20 copies: a folder of about 8,600 files, so that the workers' start (tsx and the parser, a
// fraction of a second, more on a busy machine) is counted but does not dominate. The peer parses
// the corpus after each pair of rounds, so that each ratio compares rates timed under the same load.
export function benchFolderIngest(xml: CorpusFile[], peer: PeerParser | null, copies = 20, rounds = 3, workers = defaultWorkerCount()): FolderIngestResult {
  const folder = writeFolder(xml, copies);
  const filings = xml.length * copies;
  const pooled: number[] = [];
  const inThread: number[] = [];
  const waited: number[] = [];
  const here: number[] = [];
  const peerRates: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      for (const withPool of round % 2 === 0 ? [true, false] : [false, true]) {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'section16-bench-db-'));
        try {
          const started = performance.now();
          const pool = withPool ? startIngestPool(workers) : undefined;
          const summary = ingestPaths([folder], { dbPath: path.join(dir, 'bench.db'), workers: 0, pool });
          const seconds = (performance.now() - started) / 1000;
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
      if (peer) peerRates.push(peerParseRate(xml, peer));
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return {
    filings,
    workers,
    cores: os.availableParallelism(),
    pooled: { filingsPerSecond: median(pooled), rates: pooled, writerWaitedShare: median(waited), preparedHere: median(here) },
    inThread: { filingsPerSecond: median(inThread), rates: inThread },
    peer: peer ? {
      filingsPerSecond: median(peerRates),
      ratio: median(pooled.map((rate, i) => rate / peerRates[i]!)),
      inThreadRatio: median(inThread.map((rate, i) => rate / peerRates[i]!)),
    } : null,
    loadAverage: os.loadavg(),
  };
}

export function printFolderIngest(r: FolderIngestResult, parse: ParseResult): void {
  const times = (ratio: number | undefined) => (ratio === undefined ? '' : ` = ${fmt(ratio, 1)}× the peer's parse rate`);
  console.log(`\ningest folder  npm run ingest's folder path: ${r.filings} files (the corpus XMLs × ${r.filings / parse.filings | 0}) into a fresh database, median of ${r.pooled.rates.length} rounds each`);
  console.log(`  with workers       ${fmt(r.pooled.filingsPerSecond, 0)} filings/s${times(r.peer?.ratio)} (target ≥ 4×); ${r.workers} worker thread${r.workers === 1 ? '' : 's'} + the writer, ${r.cores} cores`);
  console.log(`  in this thread     ${fmt(r.inThread.filingsPerSecond, 0)} filings/s${times(r.peer?.inThreadRatio)} (--workers 0)`);
  console.log(`  rounds             workers ${r.pooled.rates.map((x) => fmt(x, 0)).join(', ')}; in thread ${r.inThread.rates.map((x) => fmt(x, 0)).join(', ')} filings/s`);
  console.log(`  the writer         waited for the workers ${fmt(r.pooled.writerWaitedShare * 100, 0)}% of the time; prepared ${fmt(r.pooled.preparedHere, 0)} of the documents itself (while they started, or when they fell behind)`);
  console.log(`  peer parse rate    ${r.peer ? `${fmt(r.peer.filingsPerSecond, 0)} filings/s (sec-edgar-toolkit on the corpus XMLs, timed between the rounds; each ratio is of rates timed side by side)` : 'not measured: the peer is not installed'}`);
  console.log(`  load average       ${r.loadAverage.map((l) => fmt(l, 2)).join(' ')} (2 cores shared with other work: figures vary with it)`);
}

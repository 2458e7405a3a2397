// A history's worth of data sets, in small: several quarter-sized zips (bench/datasets.ts's corpus
// copies, each quarter under its own accessions and issuer CIKs) loaded into a fresh file as one run,
// as `npm run ingest -- <folder of zips>` and `--datasets` load them (the screener indexes dropped
// once, built at the end: ingest/index-run.ts), against the same zips loaded one run each (each
// quarter judged alone). Wall clock from the first zip to the last index built.
// `--into PATH` instead times, on a kept database (the 1M-filing scale file): dropping and building
// the deferred indexes, and one more quarter loaded into it with them kept and with them dropped.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deferIndexes, restoreDeferredIndexes } from '../db/deferred-indexes';
import { openDatabase } from '../db/index';
import { createFilingStore } from '../db/store';
import { startBulkLoad } from '../db/bulk-load';
import { ingestDatasetFiles, ingestPathsAndDatasets } from '../ingest/datasets';
import { writeDatasetZip } from '../test/support/dataset-writer';
import type { CorpusFile } from './corpus';
import { quarterOf } from './datasets';
import { fmt } from './stats';

export interface RunTiming {
  filings: number;
  seconds: number;
  /** Seconds each quarter took, the index build at the end of a run counted in the last. */
  quarters: number[];
  /** Seconds after the last filing's commit: the deferred indexes built at the run's end. */
  build: number;
}

export interface DatasetRunResult {
  quarterFilings: number;
  oneRun: RunTiming;
  runPerQuarter: RunTiming;
}

/** Writes `quarters` zips of the corpus `copies` times over each, copies from `firstCopy` on. */
function writeQuarters(dir: string, xml: CorpusFile[], quarters: number, copies: number, firstCopy = 0): { zips: string[]; filings: number } {
  const zips: string[] = [];
  let filings = 0;
  for (let q = 0; q < quarters; q++) {
    const quarter = quarterOf(xml, copies, firstCopy + q * copies);
    filings = quarter.length;
    zips.push(path.join(dir, `20${String(10 + q).padStart(2, '0')}q1_form345.zip`));
    writeFileSync(zips.at(-1)!, writeDatasetZip(quarter, { aff10b5One: true }));
  }
  return { zips, filings };
}

/** Times loads of `zips` into a fresh file: `runs` lists the zips each run (one process's load) takes. */
function timeRuns(dir: string, runs: string[][], quarterFilings: number, name: string): RunTiming {
  const dbPath = path.join(dir, `${name}.db`);
  const quarters: number[] = [];
  let lastCommit = 0;
  let loaded = 0;
  const started = performance.now();
  let quarterStarted = started;
  for (const zips of runs) {
    const summary = ingestPathsAndDatasets(zips, { dbPath, onProgress: (p) => {
      lastCommit = performance.now();
      // A quarter's last batch commits once its filings are all in.
      while (loaded + p.done >= (quarters.length + 1) * quarterFilings && quarters.length < runs.flat().length) {
        quarters.push((lastCommit - quarterStarted) / 1000);
        quarterStarted = lastCommit;
      }
    } });
    if (summary.failed > 0) throw new Error(`data-set load failed: ${summary.failures[0]?.reason}`);
    loaded += summary.loaded;
    // The indexes a run built at its end belong to its last quarter.
    quarters[quarters.length - 1]! += (performance.now() - lastCommit) / 1000;
    quarterStarted = performance.now();
  }
  const seconds = (performance.now() - started) / 1000;
  rmSync(dbPath, { force: true });
  return { filings: loaded, seconds, quarters, build: (performance.now() - lastCommit) / 1000 };
}

export function benchDatasetRun(xml: CorpusFile[], quarters = 4, copies = 10): DatasetRunResult {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'section16-bench-run-'));
  try {
    const { zips, filings } = writeQuarters(dir, xml, quarters, copies);
    const oneRun = timeRuns(dir, [zips], filings, 'one-run');
    const runPerQuarter = timeRuns(dir, zips.map((zip) => [zip]), filings, 'run-per-quarter');
    return { quarterFilings: filings, oneRun, runPerQuarter };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printDatasetRun(r: DatasetRunResult): void {
  const line = (name: string, t: RunTiming) =>
    console.log(`  ${name.padEnd(18)} ${fmt(t.filings / t.seconds, 0)} filings/s (${fmt(t.seconds, 1)} s); quarters ${t.quarters.map((s) => fmt(s, 1)).join(', ')} s, the last with ${fmt(t.build, 1)} s of index build`);
  const n = r.oneRun.quarters.length;
  console.log(`\ndata-set run  ${n} quarters of ${r.quarterFilings.toLocaleString('en-US')} filings (${r.oneRun.filings.toLocaleString('en-US')}) from zips on disk into a fresh database, to the last index built · load average ${os.loadavg().map((l) => fmt(l, 1)).join(' ')}`);
  line('one run', r.oneRun);
  line('a run per quarter', r.runPerQuarter);
}

/** On a kept database: the deferred indexes dropped and built, and one more quarter with them kept and dropped. */
export function benchDatasetsInto(dbPath: string, xml: CorpusFile[], copies: number): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'section16-bench-into-'));
  const { sqlite } = openDatabase(dbPath, { bulkLoad: true });
  const bulkLoad = startBulkLoad(sqlite);
  const store = createFilingStore(sqlite);
  const seconds = (since: number) => (performance.now() - since) / 1000;
  const say = (s: string) => console.log(`  ${s} · load average ${os.loadavg().map((l) => fmt(l, 1)).join(' ')}`);
  try {
    const count = () => (sqlite.prepare('SELECT count(*) FROM filings').pluck().get() as number).toLocaleString('en-US');
    console.log(`\ndata sets into ${dbPath} (${count()} filings)`);
    // Copies apart from the fresh-file figures' (from 0); issuer CIKs stay within 10 digits.
    const { zips, filings } = writeQuarters(dir, xml, 2, copies, 500);
    let t = performance.now();
    deferIndexes(sqlite);
    const drop = seconds(t);
    t = performance.now();
    restoreDeferredIndexes(sqlite);
    say(`the 8 deferred indexes: dropped in ${fmt(drop, 1)} s, built in ${fmt(seconds(t), 1)} s`);

    t = performance.now();
    let summary = ingestDatasetFiles(store, [zips[0]!], { bulkLoad });
    let load = seconds(t);
    say(`a quarter of ${filings.toLocaleString('en-US')} filings, indexes kept (as judged alone): ${fmt(summary.loaded / load, 0)} filings/s (${fmt(load, 1)} s) → ${count()}`);

    t = performance.now();
    deferIndexes(sqlite);
    summary = ingestDatasetFiles(store, [zips[1]!], { bulkLoad, deferIndexes: false });
    load = seconds(t);
    const b = performance.now();
    restoreDeferredIndexes(sqlite);
    say(`a quarter of ${filings.toLocaleString('en-US')} filings, indexes dropped (as in a run that deferred): ${fmt(summary.loaded / load, 0)} filings/s (${fmt(load, 1)} s), then the build ${fmt(seconds(b), 1)} s → ${count()}`);
  } finally {
    bulkLoad.stop();
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Data-set load rate: filings a second from an SEC data-set zip in memory to committed rows (unzip,
// read the tables, build each filing and its document, store), into a database opened as npm run
// ingest opens it (bulk load, db/bulk-load.ts), read in the writing thread alone and with the worker
// thread (ingest/dataset-worker.ts), alternating, whatever the zip's size. The zip is
// written from the corpus XMLs in the SEC's format (test/support/dataset-writer.ts), copied as
// bench/ingest.ts copies them: each copy another accession and issuer CIK, so no two are the same.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/index';
import { createFilingStore } from '../db/store';
import { startBulkLoad } from '../db/bulk-load';
import { ingestDatasetZip } from '../ingest/datasets';
import { parseFiling } from '../lib/parser/index';
import { writeDatasetZip, type DatasetFilingInput } from '../test/support/dataset-writer';
import type { CorpusFile } from './corpus';
import { fmt, median } from './stats';

export interface DatasetResult {
  filings: number;
  /** Read in the writing thread alone. */
  filingsPerSecond: number;
  rates: number[];
  /** Read with the worker thread. */
  workerFilingsPerSecond: number;
  workerRates: number[];
  zipBytesPerFiling: number;
}

/** A real quarter's size (the range is about 40,000 to 65,000 filings). */
const QUARTER = 65_000;

/** The corpus `copies` times over; copies from `firstCopy` on, so that quarters made apart share no filing or issuer. */
export function quarterOf(xml: CorpusFile[], copies: number, firstCopy = 0): DatasetFilingInput[] {
  const parsed = xml.map((f) => parseFiling(f.text));
  const out: DatasetFilingInput[] = [];
  for (let copy = firstCopy; copy < firstCopy + copies; copy++) {
    parsed.forEach((p, i) => {
      const signed = p.signatures.map((s) => s.date).filter((d): d is string => d !== null && /^\d{4}-\d\d-\d\d$/.test(d)).sort().at(-1);
      out.push({
        accession: `8${String(copy).padStart(9, '0')}-26-${String(i).padStart(6, '0')}`,
        filedAt: signed ?? p.periodOfReport ?? '2026-01-02',
        parsed: copy === 0 ? p : { ...p, issuer: { ...p.issuer, cik: String(Number(p.issuer.cik) + copy * 10_000_000) } },
      });
    });
  }
  return out;
}

/** One load of `zip` into a fresh database, read with `workers` (0: this thread alone); its rate. */
function loadRate(zip: Uint8Array, workers: number): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'section16-bench-'));
  try {
    const { sqlite } = openDatabase(path.join(dir, 'bench.db'), { bulkLoad: true });
    const bulkLoad = startBulkLoad(sqlite);
    try {
      const started = performance.now();
      const summary = ingestDatasetZip(createFilingStore(sqlite), zip, 'bench_form345.zip', { workers, bulkLoad });
      const seconds = (performance.now() - started) / 1000;
      if (summary.failed > 0) throw new Error(`data-set load failed: ${summary.failures[0]?.reason}`);
      return summary.loaded / seconds;
    } finally {
      bulkLoad.stop();
      sqlite.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function benchDatasets(xml: CorpusFile[], copies = 10, rounds = 3): DatasetResult {
  const filings = quarterOf(xml, copies);
  const zip = writeDatasetZip(filings, { aff10b5One: true });
  const rates: number[] = [];
  const workerRates: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternating which goes first, so that neither is always the warmer.
    for (const workers of round % 2 === 0 ? [0, 1] : [1, 0]) (workers === 0 ? rates : workerRates).push(loadRate(zip, workers));
  }
  return { filings: filings.length, filingsPerSecond: median(rates), rates, workerFilingsPerSecond: median(workerRates), workerRates, zipBytesPerFiling: zip.length / filings.length };
}

export function printDatasets(r: DatasetResult): void {
  console.log(`\ndata set  ${r.filings} filings in one SEC data-set zip in memory (the corpus XMLs written in its format) into a fresh database, opened as npm run ingest opens it · load average ${os.loadavg().map((l) => fmt(l, 1)).join(' ')}`);
  console.log(`  one thread         ${fmt(r.filingsPerSecond, 0)} filings/s (unzip, tables, each filing's document, store); rounds ${r.rates.map((rate) => fmt(rate, 0)).join(', ')}`);
  console.log(`  with the worker    ${fmt(r.workerFilingsPerSecond, 0)} filings/s = ${fmt(r.workerFilingsPerSecond / r.filingsPerSecond, 2)}x (the worker builds, the writer stores); rounds ${r.workerRates.map((rate) => fmt(rate, 0)).join(', ')}`);
  const best = Math.max(r.filingsPerSecond, r.workerFilingsPerSecond);
  console.log(`  a quarter          ${fmt(QUARTER / best, 0)} s for ${QUARTER.toLocaleString('en-US')} filings at the faster rate (zip: ${fmt(r.zipBytesPerFiling / 1024, 2)} KiB a filing)`);
}

// The SEC's quarterly Insider Transactions Data Sets into the store: each zip read by lib/datasets,
// its filings fed to the ingest pipeline in batches as files are (one commit a batch, so a run killed
// mid-quarter loses at most the batch under way, and a re-run skips what is stored). A filing stored
// from its original document keeps it: the data set's copy is skipped (db/store.ts). A large zip's
// filings are built mostly by a worker thread (ingest/dataset-worker.ts), this thread storing them.
import { readFileSync, statSync } from 'node:fs';
import { openDatabase, resolveDatabasePath } from '../db/index';
import { createFilingStore, type FilingStore } from '../db/store';
import { startBulkLoad } from '../db/bulk-load';
import { createCoverageLog, type CoverageLog } from '../db/edgar-coverage';
import { DatasetError, readDataset, type Dataset } from '../lib/datasets/index';
import { quarterOfZip } from '../lib/datasets/listing';
import { readDatasetShared, type SharedDataset } from './dataset-worker';
import { defaultWorkerCount } from './worker-pool';
import { collectFiles, ingestCollected, type IngestPathsOptions } from './files';
import { startPartsRun } from './index-run';
import { describeFsError, emptySummary, ingestDocuments, type IngestInput, type IngestOptions, type IngestSummary } from './pipeline';

/**
 * Zips from this size on are read with a worker thread (a quarter is 10 to 15 MB, about 3,000 corpus
 * filings a MB). Through npm run ingest on this 2-core host, the corpus x 20 (2.8 MB) loaded 1.1 to
 * 1.4x as fast with it; the corpus once (0.15 MB, 429 filings) a fifth slower (the worker's start).
 */
const WORKER_FROM_BYTES = 1 << 20;

/**
 * Whether a zip of `bytes` is read with the worker thread: as `workers` says (0: no), or unsaid, from
 * WORKER_FROM_BYTES on a machine with a core for it (defaultWorkerCount: none on one core).
 */
export function datasetWorkerWanted(bytes: number, workers: number | undefined, cores?: number): boolean {
  return workers === undefined ? bytes >= WORKER_FROM_BYTES && defaultWorkerCount(cores) > 0 : workers > 0;
}

export interface DatasetOptions extends IngestOptions {
  /** 0: the zip is read in this thread alone; 1 or more: with a worker thread (one), whatever its size. Default: with one from 1 MiB, on two cores or more. */
  workers?: number;
  /** false: this thread leaves every filing to the worker, never building one itself while the worker is behind (tests). */
  writerHelps?: boolean;
  /** Told once a zip is loaded: how many of its filings the worker built, and how many this thread did. */
  onDecoded?: (counts: { byWorker: number; here: number }) => void;
  /** Where a zip named for its quarter (`2024q3_form345.zip`) is noted once loaded through (db/edgar-coverage.ts). */
  coverage?: Pick<CoverageLog, 'noteQuarterLoaded'>;
}

/**
 * Loads one data set from its bytes. What is wrong with it (not a data set, a missing table, a row
 * whose filing is missing, a malformed line) comes back as failures named by table and line, and
 * everything else is loaded. Adds to `summary` when one is given.
 */
export function ingestDatasetZip(
  store: FilingStore,
  zip: Uint8Array,
  source: string,
  options: DatasetOptions = {},
  summary: IngestSummary = emptySummary(0),
): IngestSummary {
  const fail = (reason: string, accession: string | null = null, error: unknown = null, where = source) => {
    summary.failed++;
    summary.failures.push({ source: where, reason });
    options.onOutcome?.({ status: 'failed', source: where, accession, reason, error });
  };
  const inWorker = datasetWorkerWanted(zip.length, options.workers);
  let dataset: Dataset | SharedDataset;
  try {
    dataset = inWorker ? readDatasetShared(zip, source, { writerHelps: options.writerHelps }) : readDataset(zip);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    summary.total++;
    fail(error.message, null, error);
    return summary;
  }
  summary.total += dataset.count + dataset.problems.length;
  for (const problem of dataset.problems) fail(problem.message, null, problem);
  let read = 0;
  const entries = dataset.entries();
  function* inputs(): Generator<IngestInput> {
    for (let next = entries.next(); !next.done; next = entries.next()) {
      const entry = next.value;
      read++;
      const where = `${source}#${entry.accession ?? ''}`;
      if (!entry.ok) {
        fail(entry.error.message, entry.accession, entry.error, where);
        continue;
      }
      // Built by the worker, its document compressed: nothing left to do here but store it.
      if ('prepared' in entry) yield { source: where, accession: entry.accession, prepared: entry.prepared, origin: 'dataset' };
      else yield { source: where, text: entry.document, accession: entry.accession, parsed: entry.parsed, origin: 'dataset' };
    }
  }
  try {
    ingestDocuments(store, inputs(), options, summary);
  } finally {
    // A load that throws leaves the entries unfinished: ending them stops the worker now.
    entries.return(undefined);
  }
  options.onDecoded?.('counts' in dataset ? { ...dataset.counts } : { byWorker: 0, here: read });
  // Loaded through, its bad lines reported: a market --follow goes on from the day after it.
  const quarter = quarterOfZip(source);
  if (quarter !== null) options.coverage?.noteQuarterLoaded(quarter, dataset.count);
  return summary;
}

/**
 * Loads data-set zips from disk into `store`, one at a time (a quarter's zip is read whole: 10 to 15
 * MB), as one load for the deferred indexes (ingest/index-run.ts), each zip's size its weight.
 */
export function ingestDatasetFiles(store: FilingStore, zips: readonly string[], options: DatasetOptions = {}, summary = emptySummary(0)): IngestSummary {
  const run = startPartsRun(store, zips.map((zip) => statSync(zip, { throwIfNoEntry: false })?.size ?? 0), summary);
  try {
    zips.forEach((zip, part) => {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(zip);
      } catch (error) {
        summary.total++;
        summary.failed++;
        summary.failures.push({ source: zip, reason: `cannot read: ${describeFsError(error)}` });
        return;
      }
      run.at(part);
      ingestDatasetZip(store, bytes, zip, { ...options, indexRun: run }, summary);
    });
  } finally {
    run.finish();
  }
  return summary;
}

/**
 * What `npm run ingest -- <paths>` loads: filing files (`.xml`, `.txt`, `.nc`) and data-set zips,
 * named directly or found in directories, into one database, with one summary. Files go first: an
 * original loaded in the same run as a data set's copy of it is kept either way.
 */
export function ingestPathsAndDatasets(paths: readonly string[], options: IngestPathsOptions & DatasetOptions = {}): IngestSummary {
  const collected = collectFiles(paths, { zips: true });
  const { zips } = collected;
  if (zips.length === 0) return ingestCollected(collected, options);
  const opened = options.store ? null : openDatabase(resolveDatabasePath(options.dbPath), { bulkLoad: true });
  const store = options.store ?? createFilingStore(opened!.sqlite);
  // A quarter is tens of thousands of filings: a bulk load (db/bulk-load.ts).
  const bulkLoad = opened ? startBulkLoad(opened.sqlite) : options.bulkLoad;
  const coverage = opened ? createCoverageLog(opened.sqlite) : options.coverage;
  try {
    const others = collected.files.length + collected.missing.length > 0;
    const summary = others ? ingestCollected(collected, { ...options, store, bulkLoad }) : emptySummary(0);
    return ingestDatasetFiles(store, zips, { ...options, bulkLoad, coverage }, summary);
  } finally {
    if (opened) {
      bulkLoad?.stop();
      opened.sqlite.close();
    }
  }
}

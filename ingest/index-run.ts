// A load in parts (the quarters of `--datasets all` or a range, a folder of data-set zips) is one
// load for the deferred indexes (db/deferred-indexes.ts). Judged quarter by quarter, the first
// quarters of a history would each drop the screener indexes and build them over the whole table at
// their end, and once the database outgrew a quarter none would: every later quarter would pay a
// B-tree insert into eight more indexes a row. Judged by what the run brings, they are dropped at
// most once and built once, at the run's end.
import type { FilingStore } from '../db/store';
import { buildDeferredIndexes } from './batch-loader';
import type { IndexRun, IngestSummary } from './ingest-types';

export interface PartsRun extends IndexRun {
  /** The part about to load (0-based), told before each. */
  at(part: number): void;
  /** Builds the indexes a part dropped, and sets the summary's time; call once the run ends, however it ends. */
  finish(): void;
}

/**
 * A run of parts weighing `weights` (zip bytes, or 1 each where the sizes are unknown): the part at
 * hand's filings, scaled by the weight of it and the parts after against its own, are what the run
 * still brings. A part of weight 0 (unreadable) counts its own filings only. `summary`'s time, once
 * the run ends, is the whole run's: the batches' clock alone leaves out the reads or downloads
 * between the parts and the indexes' build at the end (a third of a quarter's load), which `summary.indexBuildMs` holds.
 */
export function startPartsRun(store: FilingStore, weights: readonly number[], summary: IngestSummary): PartsRun {
  const started = performance.now() - summary.elapsedMs;
  let part = 0;
  const run: PartsRun = {
    deferred: false,
    at: (i) => {
      part = i;
    },
    incoming: (filings) => {
      const own = weights[part] ?? 0;
      if (own <= 0) return filings;
      const rest = weights.slice(part).reduce((sum, w) => sum + w, 0);
      return Math.round((filings * rest) / own);
    },
    finish: () => {
      try {
        if (!run.deferred) return;
        run.deferred = false;
        buildDeferredIndexes(store, summary);
      } finally {
        summary.elapsedMs = performance.now() - started;
      }
    },
  };
  return run;
}

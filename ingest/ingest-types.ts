// What the ingest pipeline takes and gives back: a document to load, each one's outcome, and the
// summary and progress a run reports.
import type { StoreStatus } from '../db/store';
import type { BulkLoad } from '../db/bulk-load';
import type { ParsedFiling } from '../lib/parser/types';
import type { CikIndustry } from '../lib/domain/industry';
import type { PreparedDocument } from './worker-protocol';

/**
 * A document to load, from any source: its text (or a way to read it), where it came from, and
 * what the source knows of it that the text may not carry.
 */
export interface IngestInput {
  /** File path or URL, named in reports. */
  source: string;
  /** The text; when absent, `file` or `read()` supplies it (so files are read one batch at a time). */
  text?: string;
  /** A file to read (by a worker of the pool when there is one). */
  file?: string;
  read?: () => string;
  /** The accession when the text does not carry one (from a file name or an EDGAR path). */
  accession?: string | null;
  /** EDGAR's filing date and acceptance time, for a document without them (a bare XML); a header's own win. */
  filedAt?: string | null;
  acceptedAt?: string | null;
  /** EDGAR's industry for a CIK (its submissions JSON), for a filing of that issuer whose document gives none. */
  knownIndustry?: CikIndustry | null;
  /** The filing already parsed (a data set's): stored as it is, with the text as its document. */
  parsed?: ParsedFiling;
  /**
   * The filing parsed and its document compressed elsewhere (a data set's worker), instead of `text`:
   * nothing left to do but store it. The input's own content, its only one (no file to read again);
   * `PendingInput.prepared` is a pool's work on an input that can be read again, and is dropped when
   * a batch is retried one filing at a time.
   */
  prepared?: PreparedDocument;
  /** 'dataset' for a document written from the SEC's data sets: never replaces an original (db/store.ts). */
  origin?: 'document' | 'dataset';
}

export type IngestOutcome = { status: StoreStatus; accession: string; source: string } | IngestFailed;

export interface IngestFailed {
  status: 'failed';
  source: string;
  /** The input's accession, when it had one. */
  accession: string | null;
  reason: string;
  /** What was thrown, for a caller that words it its own way. */
  error: unknown;
}

export interface IngestFailure {
  source: string;
  reason: string;
}

export interface IngestSummary {
  total: number;
  loaded: number;
  replaced: number;
  skipped: number;
  failed: number;
  failures: IngestFailure[];
  elapsedMs: number;
  /** Of `elapsedMs`, the time spent building the screener's indexes the load deferred (0 when it kept them). */
  indexBuildMs: number;
}

export interface IngestProgress {
  done: number;
  total: number;
  loaded: number;
  replaced: number;
  skipped: number;
  failed: number;
  elapsedMs: number;
}

export interface IngestOptions {
  /** Filings per transaction: one commit each, so a killed process loses at most one batch. */
  batchSize?: number;
  /** Replace filings even when the same content is stored (after a parser fix). */
  force?: boolean;
  /** Called after each committed batch (and once at the start). */
  onProgress?: (progress: IngestProgress) => void;
  /** The bulk load's journaling (db/bulk-load.ts), told of each commit. */
  bulkLoad?: BulkLoad;
  /** Called for each document as it is stored or fails. */
  onOutcome?: (outcome: IngestOutcome) => void;
  /** Worker threads that read, parse and compress the documents (ingest/worker-pool.ts); this thread writes. */
  pool?: IngestPool;
  /** false: keep every index during a large load (db/deferred-indexes.ts). Default true. */
  deferIndexes?: boolean;
  /** This load is a part of a larger one (a run of data-set quarters): the run judges and builds the deferred indexes. */
  indexRun?: IndexRun;
}

/**
 * Loads judged as one for the deferred indexes (ingest/index-run.ts): what the whole run brings
 * decides, indexes a part dropped stay dropped for the parts after, and the run builds them at its end.
 */
export interface IndexRun {
  /** The filings the run still brings, estimated from the part at hand, which brings `filings`. */
  incoming(filings: number): number;
  /** Set once a part has dropped the indexes. */
  deferred: boolean;
}

/** An input with what a worker made of it (absent when this thread is to read and parse it; see `IngestInput.prepared`). */
export interface PendingInput {
  input: IngestInput;
  prepared?: PreparedDocument;
}

export interface IngestPool {
  /** Worker threads. */
  readonly size: number;
  /** The inputs in their order, each with its prepared document when a worker prepared it. */
  prepareInOrder(inputs: Iterable<IngestInput>): Iterator<PendingInput>;
  /** Settles once every worker has started (or failed to): until then this thread prepares documents itself. */
  whenReady(): Promise<void>;
  /** Documents prepared by the workers and by this thread, and how long this thread waited for the workers. */
  stats(): { byWorkers: number; here: number; writerWaitedMs: number };
  close(): Promise<void>;
}

import { accessionFromPath } from '../db/accession';
import { openDatabase, resolveDatabasePath } from '../db/index';
import { createFilingStore, type FilingStore, type StoreItem, type StoreStatus } from '../db/store';
import { startWalCheckpointer, type WalCheckpointer } from '../db/wal-checkpointer';
import { parseFiling, ParseError } from '../lib/parser/index';
import { collectFiles, describeFsError, readDocument } from './files';

/** A document to load: its text (or a way to read it) and where it came from. */
export interface IngestInput {
  /** File path or URL, named in reports. */
  source: string;
  /** The text; when absent, `read()` supplies it (so files are read one batch at a time). */
  text?: string;
  read?: () => string;
  /** The accession when the text does not carry one (from a file name or an EDGAR path). */
  accession?: string | null;
}

export type IngestOutcome =
  | { status: StoreStatus; accession: string; source: string }
  | { status: 'failed'; source: string; reason: string };

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
  /** Checkpoints on another thread during the load (see db/wal-checkpointer.ts); told of each commit. */
  walCheckpointer?: WalCheckpointer;
  /** Called for each document as it is stored or fails. */
  onOutcome?: (outcome: IngestOutcome) => void;
}

/**
 * Filings per transaction. Large, because every commit rewrites each index page it touched, and in
 * a database of millions of filings the issuer, owner and hash indexes are touched all over: at 500
 * a commit, an ingest into a 300,000-filing database wrote 275 KiB per filing; at 5,000, half that.
 * A killed process loses at most one batch (a re-run stores it).
 */
export const DEFAULT_BATCH_SIZE = 5_000;

/** Documents read and parsed at a time inside a batch: bounds the memory a batch holds. */
const PARSE_CHUNK = 500;

/** Why a document failed, in one line: the parser's message (with line and column), or the error's. */
export function describeFailure(error: unknown): string {
  if (error instanceof ParseError) return `${error.code}: ${error.message}`;
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Parses and stores one document. Never throws for bad input: a parse or store failure comes
 * back as `failed` with the reason, and leaves the database as it was.
 */
export function ingestDocument(
  store: FilingStore,
  text: string,
  source: string,
  options: { accession?: string | null; force?: boolean } = {},
): IngestOutcome {
  try {
    const parsed = parseFiling(text);
    const result = store.storeFiling(parsed, {
      document: text,
      source,
      accession: options.accession ?? null,
      force: options.force ?? false,
    });
    return { ...result, source };
  } catch (error) {
    return { status: 'failed', source, reason: describeFailure(error) };
  }
}

/**
 * Loads documents in batches: each batch is one transaction, in which one bad filing costs only
 * itself (see `FilingStore.storeFilings`), and a killed process leaves only whole batches (a re-run
 * skips what is stored and finishes the rest).
 */
export function ingestDocuments(
  store: FilingStore,
  inputs: readonly IngestInput[],
  options: IngestOptions = {},
  summary: IngestSummary = emptySummary(inputs.length),
): IngestSummary {
  const started = performance.now() - summary.elapsedMs;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const report = () => {
    summary.elapsedMs = performance.now() - started;
    options.onProgress?.(progressOf(summary));
  };
  const record = (outcome: IngestOutcome) => {
    if (outcome.status === 'failed') {
      summary.failed++;
      summary.failures.push({ source: outcome.source, reason: outcome.reason });
    } else {
      summary[outcome.status]++;
    }
    options.onOutcome?.(outcome);
  };

  report();
  const force = options.force ?? false;
  for (let from = 0; from < inputs.length; from += batchSize) {
    const batch = inputs.slice(from, from + batchSize);
    // One transaction per batch; inside it, documents are read and parsed a chunk at a time, so a
    // large batch never holds more than a chunk of texts and parsed filings in memory. A filing the
    // store rejects rolls the batch back, and the batch runs again with a savepoint per filing.
    const run = (mode: ChunkMode) => store.batch(() => {
      const done: IngestOutcome[] = [];
      for (let at = 0; at < batch.length; at += PARSE_CHUNK) done.push(...ingestChunk(store, batch.slice(at, at + PARSE_CHUNK), force, mode));
      return done;
    });
    let outcomes: IngestOutcome[];
    try {
      outcomes = run('fast');
    } catch {
      outcomes = run('one by one');
    }
    options.walCheckpointer?.betweenTransactions();
    // Outcomes are counted only once the batch has committed: a crash before then stored none of them.
    for (const outcome of outcomes) record(outcome);
    report();
  }
  summary.elapsedMs = performance.now() - started;
  return summary;
}

type ChunkMode = 'fast' | 'one by one';

/**
 * Parses a chunk and stores what parsed, inside the caller's transaction: one outcome per input, in
 * order. 'fast' throws when the store rejects a filing; 'one by one' gives that filing a failed
 * outcome and keeps the rest.
 */
function ingestChunk(store: FilingStore, inputs: readonly IngestInput[], force: boolean, mode: ChunkMode): IngestOutcome[] {
  const prepared = inputs.map((input) => prepare(store, input, force));
  if (mode === 'fast') {
    const stored = store.storeFilingsOrThrow(prepared.flatMap((p) => ('item' in p ? [p.item] : [])));
    let next = 0;
    return prepared.map((p): IngestOutcome => ('item' in p ? { ...stored[next++]!, source: p.source } : p.outcome));
  }
  return prepared.map((p): IngestOutcome => {
    if (!('item' in p)) return p.outcome;
    try {
      return { ...store.storeFiling(p.item.parsed, p.item.options), source: p.source };
    } catch (error) {
      return { status: 'failed', source: p.source, reason: describeFailure(error) };
    }
  });
}

/** A document parsed and ready to store, or already decided: failed, or stored before exactly as it is. */
type Prepared = { source: string; item: StoreItem } | { source: string; outcome: IngestOutcome };

function prepare(store: FilingStore, input: IngestInput, force: boolean): Prepared {
  const { source } = input;
  let text: string;
  try {
    text = input.text ?? input.read?.() ?? '';
  } catch (error) {
    return { source, outcome: { status: 'failed', source, reason: `cannot read: ${describeFsError(error)}` } };
  }
  // The same file loaded again (a load run twice): skipped without parsing it, as storing would skip it.
  const accession = input.accession ?? null;
  if (!force && accession !== null && store.holdsDocument(accession, text)) {
    return { source, outcome: { status: 'skipped', accession, source } };
  }
  try {
    const parsed = parseFiling(text);
    return { source, item: { parsed, options: { document: text, source, accession, force } } };
  } catch (error) {
    return { source, outcome: { status: 'failed', source, reason: describeFailure(error) } };
  }
}

export interface IngestPathsOptions extends IngestOptions {
  /** Database file (default: `DATABASE_PATH` or `data/section16.db`). Ignored when `store` is given. */
  dbPath?: string;
  /** An open store to load into instead. */
  store?: FilingStore;
}

/**
 * Loads every `.xml`, `.txt` and `.nc` file under `paths` (directories recursively, in name order).
 * A file's name supplies the accession when its text has none (`..._0001062993-21-005990.xml`).
 */
export function ingestPaths(paths: readonly string[], options: IngestPathsOptions = {}): IngestSummary {
  const { files, missing } = collectFiles(paths);
  const summary = emptySummary(files.length + missing.length);
  for (const failure of missing) {
    summary.failed++;
    summary.failures.push({ source: failure.source, reason: `cannot read: ${failure.reason}` });
  }
  const inputs: IngestInput[] = files.map((file) => ({
    source: file,
    read: () => readDocument(file),
    accession: accessionFromPath(file),
  }));
  if (options.store) return ingestDocuments(options.store, inputs, options, summary);
  // More than one batch: a bulk load, worth a large page cache and a checkpointing thread.
  const bulkLoad = inputs.length > (options.batchSize ?? DEFAULT_BATCH_SIZE);
  const { sqlite } = openDatabase(resolveDatabasePath(options.dbPath), { bulkLoad });
  const walCheckpointer = bulkLoad ? startWalCheckpointer(sqlite) : undefined;
  try {
    return ingestDocuments(createFilingStore(sqlite), inputs, { ...options, walCheckpointer }, summary);
  } finally {
    walCheckpointer?.stop();
    sqlite.close();
  }
}

export function emptySummary(total: number): IngestSummary {
  return { total, loaded: 0, replaced: 0, skipped: 0, failed: 0, failures: [], elapsedMs: 0 };
}

function progressOf(summary: IngestSummary): IngestProgress {
  const { total, loaded, replaced, skipped, failed, elapsedMs } = summary;
  return { done: loaded + replaced + skipped + failed, total, loaded, replaced, skipped, failed, elapsedMs };
}

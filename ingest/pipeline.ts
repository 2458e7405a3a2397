// The one ingest pipeline: documents from any source (files, EDGAR, the app's loads, the SEC's data
// sets) are read, parsed and stored in batches. A source is an iterable (`ingestDocuments`) or an
// async iterable (`ingestStream`) of `IngestInput`s; one that has parsed its filings already hands
// them over in `parsed`, with the text to keep as the document.
import type { FilingStore, StoreItem } from '../db/store';
import { parseFiling, ParseError } from '../lib/parser/index';

import type { IngestFailed, IngestInput, IngestOptions, IngestOutcome, IngestProgress, IngestSummary } from './ingest-types';
export type { IngestInput, IngestOutcome, IngestFailed, IngestFailure, IngestSummary, IngestProgress, IngestOptions } from './ingest-types';

/**
 * Filings per transaction. Large, because every commit rewrites each index page it touched, and in
 * a database of millions of filings the issuer, owner and hash indexes are touched all over: at 500
 * a commit, an ingest into a 300,000-filing database wrote 275 KiB per filing; at 5,000, half that.
 * A killed process loses at most one batch (a re-run stores it).
 */
export const DEFAULT_BATCH_SIZE = 5_000;

/** Documents read and parsed at a time inside a batch: bounds the memory a batch holds. */
const PARSE_CHUNK = 500;

/** A read error in words: "no such file or directory", not an errno dump. */
export function describeFsError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    switch ((error as { code?: string }).code) {
      case 'ENOENT': return 'no such file or directory';
      case 'EACCES': case 'EPERM': return 'permission denied';
      case 'EISDIR': return 'is a directory';
      case 'ENOTDIR': return 'a path component is not a directory';
    }
  }
  return error instanceof Error ? error.message : String(error);
}

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
  const prepared = prepare(store, { source, text, accession: options.accession }, options.force ?? false);
  if (!('item' in prepared)) return prepared.outcome;
  try {
    return { ...store.storeFiling(prepared.item.parsed, prepared.item.options), source };
  } catch (error) {
    return failed(prepared.item.options.accession ?? null, source, error);
  }
}

/**
 * Loads documents in batches: each batch is one transaction, in which one bad filing costs only
 * itself (see `FilingStore.storeFilings`), and a killed process leaves only whole batches (a re-run
 * skips what is stored and finishes the rest). Without a summary given, the total is the array's
 * length, or for another iterable the count so far.
 */
export function ingestDocuments(
  store: FilingStore,
  inputs: Iterable<IngestInput>,
  options: IngestOptions = {},
  summary: IngestSummary = emptySummary(Array.isArray(inputs) ? inputs.length : 0),
): IngestSummary {
  const loader = createBatchLoader(store, options, summary);
  let batch: IngestInput[] = [];
  for (const input of inputs) {
    batch.push(input);
    if (batch.length >= loader.batchSize) batch = loader.store(batch);
  }
  if (batch.length > 0) loader.store(batch);
  return loader.finish();
}

const WAITING = Symbol('waiting');
let nextTurn: Promise<typeof WAITING> | null = null;
/** Settles once the event loop turns: whatever the source had ready has been taken by then. */
const eventLoopTurn = () =>
  (nextTurn ??= new Promise((resolve) => setImmediate(() => {
    nextTurn = null;
    resolve(WAITING);
  })));

/**
 * `ingestDocuments` for a source that hands documents over as they come (EDGAR, a download). The
 * batches are the same, but whenever the source makes the pipeline wait, what it has is stored
 * meanwhile: a slow source's filings are in the database moments after they arrive, and whole
 * batches form only when documents pile up. Stopping the source ends the load after the batch in
 * hand is stored; a source that throws has what it handed over stored before the error goes on.
 */
export async function ingestStream(
  store: FilingStore,
  inputs: AsyncIterable<IngestInput> | Iterable<IngestInput>,
  options: IngestOptions = {},
  summary: IngestSummary = emptySummary(0),
): Promise<IngestSummary> {
  if (!(Symbol.asyncIterator in inputs)) return ingestDocuments(store, inputs, options, summary);
  const loader = createBatchLoader(store, options, summary);
  const source = inputs[Symbol.asyncIterator]();
  let batch: IngestInput[] = [];
  try {
    let next = source.next();
    for (;;) {
      const result = batch.length === 0 ? await next : await Promise.race([next, eventLoopTurn()]);
      if (result === WAITING) {
        batch = loader.store(batch);
        continue;
      }
      if (result.done) break;
      batch.push(result.value);
      if (batch.length >= loader.batchSize) batch = loader.store(batch);
      next = source.next();
    }
  } finally {
    if (batch.length > 0) loader.store(batch);
  }
  return loader.finish();
}

/** Stores batches into one summary: outcomes counted once their batch commits, progress after each. */
function createBatchLoader(store: FilingStore, options: IngestOptions, summary: IngestSummary) {
  const started = performance.now() - summary.elapsedMs;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const force = options.force ?? false;
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
  return {
    batchSize,
    /** Stores one batch (one transaction) and hands back an empty array for the next. */
    store(batch: readonly IngestInput[]): IngestInput[] {
      // Inside the transaction, documents are read and parsed a chunk at a time, so a large batch
      // never holds more than a chunk of texts and parsed filings in memory. A filing the store
      // rejects rolls the batch back, and the batch runs again with a savepoint per filing.
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
      summary.total = Math.max(summary.total, progressOf(summary).done);
      report();
      return [];
    },
    finish(): IngestSummary {
      summary.elapsedMs = performance.now() - started;
      return summary;
    },
  };
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
      return failed(p.item.options.accession ?? null, p.source, error);
    }
  });
}

/** A document parsed and ready to store, or already decided: failed, or stored before exactly as it is. */
type Prepared = { source: string; item: StoreItem } | { source: string; outcome: IngestOutcome };

function prepare(store: FilingStore, input: IngestInput, force: boolean): Prepared {
  const { source } = input;
  const accession = input.accession ?? null;
  let text: string;
  try {
    text = input.text ?? input.read?.() ?? '';
  } catch (error) {
    return { source, outcome: { ...failed(accession, source, error), reason: `cannot read: ${describeFsError(error)}` } };
  }
  // The same file loaded again (a load run twice): skipped without parsing it, as storing would skip it.
  if (!force && accession !== null && store.holdsDocument(accession, text)) {
    return { source, outcome: { status: 'skipped', accession, source } };
  }
  try {
    let parsed = input.parsed ?? parseFiling(text);
    if (input.filedAt != null || input.acceptedAt != null) {
      parsed = { ...parsed, filedAt: parsed.filedAt ?? input.filedAt ?? null, acceptedAt: parsed.acceptedAt ?? input.acceptedAt ?? null };
    }
    return { source, item: { parsed, options: { document: text, source, accession, force, origin: input.origin } } };
  } catch (error) {
    return { source, outcome: failed(accession, source, error) };
  }
}

function failed(accession: string | null, source: string, error: unknown): IngestFailed {
  return { status: 'failed', source, accession, reason: describeFailure(error), error };
}

export function emptySummary(total: number): IngestSummary {
  return { total, loaded: 0, replaced: 0, skipped: 0, failed: 0, failures: [], elapsedMs: 0 };
}

function progressOf(summary: IngestSummary): IngestProgress {
  const { total, loaded, replaced, skipped, failed, elapsedMs } = summary;
  return { done: loaded + replaced + skipped + failed, total, loaded, replaced, skipped, failed, elapsedMs };
}

// The one ingest pipeline: documents from any source (files, EDGAR, the app's loads, the SEC's data
// sets) are read, parsed and stored in batches (ingest/batch-loader.ts). A source is an iterable
// (`ingestDocuments`) or an async iterable (`ingestStream`) of `IngestInput`s; one that has parsed
// its filings already hands them over in `parsed`, with the text to keep as the document. Given a
// pool of workers (`options.pool`), they read, parse and compress the documents; this thread alone writes.
import type { FilingStore } from '../db/store';
import { buildDeferredIndexes, createBatchLoader, DEFAULT_BATCH_SIZE, emptySummary, failed, LIVE_INDEX_BATCH_SIZE, prepare, progressOf } from './batch-loader';
import type { IngestInput, IngestOptions, IngestOutcome, IngestSummary, PendingInput } from './ingest-types';
export { DEFAULT_BATCH_SIZE, describeFailure, describeFsError, emptySummary, LIVE_INDEX_BATCH_SIZE } from './batch-loader';
export type { IngestInput, IngestOutcome, IngestFailed, IngestFailure, IngestSummary, IngestProgress, IngestOptions, IngestPool, IndexRun, PendingInput } from './ingest-types';

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
  const prepared = prepare(store, { input: { source, text, accession: options.accession } }, options.force ?? false);
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
  // A load as large as the database builds the indexes it never reads once, at its end (or, if it
  // dies, the next open or load does), when its first chunk shows it brings new filings: the same
  // folder loaded again, all of it stored already, keeps them rather than building them anew.
  // Counted on this call's own inputs: a caller that loads in pages (reparse) shares one summary
  // across them, and a page must not drop and rebuild every index for its own part.
  // A part of a run (options.indexRun: data-set quarters) is judged by what the run still brings, and
  // leaves the indexes it dropped to the run, which builds them once at its end.
  let deferred = false;
  const run = options.indexRun;
  const own = Array.isArray(inputs) ? inputs.length : summary.total - progressOf(summary).done;
  const incoming = run ? run.incoming(own) : own;
  const worthDeferring = options.deferIndexes !== false && !run?.deferred && store.worthDeferringIndexes(incoming);
  // Unless told, a load that keeps the indexes live commits in larger batches (LIVE_INDEX_BATCH_SIZE).
  const batchSize = options.batchSize ?? (worthDeferring || run?.deferred ? DEFAULT_BATCH_SIZE : LIVE_INDEX_BATCH_SIZE);
  const loader = createBatchLoader(store, { ...options, batchSize }, summary, worthDeferring ? (outcomes) => {
    const written = outcomes.filter((o) => o.status === 'loaded' || o.status === 'replaced').length;
    if (written * 2 < outcomes.length) return;
    store.deferIndexes();
    if (run) run.deferred = true;
    else deferred = true;
  } : undefined);
  const pending = peekable(pendingOf(inputs, options));
  try {
    while (!pending.done()) loader.store(pending, loader.batchSize);
  } finally {
    if (deferred) buildDeferredIndexes(store, summary);
  }
  return loader.finish();
}

/** The inputs as the pool prepares them, or as they are (this thread reads and parses them). */
function pendingOf(inputs: Iterable<IngestInput>, options: IngestOptions): Iterator<PendingInput> {
  if (options.pool) return options.pool.prepareInOrder(inputs);
  const source = inputs[Symbol.iterator]();
  return { next: () => {
    const next = source.next();
    return next.done ? next : { done: false, value: { input: next.value } };
  } };
}

interface Peekable<T> extends Iterator<T> {
  done(): boolean;
}

/** An iterator that can say whether anything is left (so that no batch opens for nothing). */
function peekable<T>(iterator: Iterator<T>): Peekable<T> {
  let head: IteratorResult<T> | null = null;
  return {
    done: () => (head ??= iterator.next()).done === true,
    next: () => {
      const result = head ?? iterator.next();
      head = null;
      return result;
    },
  };
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
  const storeAll = (inputs: IngestInput[]): IngestInput[] => {
    loader.store(pendingOf(inputs, options), inputs.length);
    return [];
  };
  try {
    let next = source.next();
    for (;;) {
      const result = batch.length === 0 ? await next : await Promise.race([next, eventLoopTurn()]);
      if (result === WAITING) {
        batch = storeAll(batch);
        continue;
      }
      if (result.done) break;
      batch.push(result.value);
      if (batch.length >= loader.batchSize) batch = storeAll(batch);
      next = source.next();
    }
  } finally {
    if (batch.length > 0) storeAll(batch);
  }
  return loader.finish();
}


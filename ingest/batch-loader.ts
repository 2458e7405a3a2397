// A batch loader of the ingest pipeline (ingest/pipeline.ts): inputs taken a chunk at a time, read
// and parsed (or prepared by the worker pool), stored in one transaction a batch, and counted into
// the load's summary once the batch commits.
import type { FilingStore, StoreItem, StoreOptions } from '../db/store';
import { parseFiling, ParseError } from '../lib/parser/index';
import type { IngestFailed, IngestInput, IngestOptions, IngestOutcome, IngestProgress, IngestSummary, PendingInput } from './ingest-types';
import { readDocument } from './read-document';
import { withKnownIndustry } from '../lib/domain/industry';

/**
 * Filings per transaction. Large, because every commit rewrites each index page it touched, and in
 * a database of millions of filings the issuer, owner and hash indexes are touched all over: at 500
 * a commit, an ingest into a 300,000-filing database wrote 275 KiB per filing; at 5,000, half that.
 * A killed process loses at most one batch (a re-run stores it).
 */
export const DEFAULT_BATCH_SIZE = 5_000;

/**
 * Filings per transaction of a load that keeps the screener's indexes live (a database larger than
 * the load: db/deferred-indexes.ts). Four of them are sorted by amounts with no order in time: a
 * commit rewrites every leaf its lines landed on, all over their year's part of each index, and more
 * filings a commit share those leaves. Into a 1,000,000-filing database, 20,000 filings loaded and
 * deleted again in five alternating rounds: 2,051 filings/s (1,558 to 2,156) against 1,788/s (1,679
 * to 1,870) at 5,000.
 */
export const LIVE_INDEX_BATCH_SIZE = 20_000;

/**
 * Documents read and parsed at a time inside a batch: bounds the memory a batch holds. The same
 * with a pool of workers: a document stored before is skipped when the database holds it at the
 * start of its chunk, so the chunks decide what a folder holding one filing twice (a submission
 * and its bare XML) stores. Small, so that a chunk's filings die young: at 500 they lived through
 * a minor GC of the writer's heap and were copied to the old generation (42,900 files, node
 * --trace-gc-nvp, three runs each: 223 to 228 MB promoted at 500, 105 to 122 at 32).
 */
const PARSE_CHUNK = 32;

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

/** Stores batches into one summary: outcomes counted once their batch commits, progress after each. */
export function createBatchLoader(store: FilingStore, options: IngestOptions, summary: IngestSummary, afterFirstChunk?: (outcomes: readonly IngestOutcome[]) => void) {
  let firstChunk = afterFirstChunk;
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
    /**
     * Stores the next `limit` inputs as one batch (one transaction). Inside it, documents are taken
     * (read and parsed here, or prepared by the pool) a chunk at a time, so a large batch never holds
     * more than a chunk of texts and parsed filings in memory. A filing the store rejects rolls the
     * batch back, and the batch runs again with a savepoint per filing, read and parsed here.
     */
    store(pending: Iterator<PendingInput>, limit: number): void {
      const taken: IngestInput[] = [];
      const take = (n: number): PendingInput[] => {
        const chunk: PendingInput[] = [];
        while (chunk.length < n) {
          const next = pending.next();
          if (next.done) break;
          chunk.push(next.value);
        }
        for (const p of chunk) taken.push(p.input);
        return chunk;
      };
      let outcomes: IngestOutcome[];
      try {
        outcomes = store.batch(() => {
          const done: IngestOutcome[] = [];
          for (let chunk = take(Math.min(PARSE_CHUNK, limit)); chunk.length > 0; chunk = take(Math.min(PARSE_CHUNK, limit - taken.length))) {
            const outcomes = ingestChunk(store, chunk, force, 'fast');
            for (const outcome of outcomes) done.push(outcome);
            // Inside the batch: a batch rolled back undoes what this did too.
            if (firstChunk) {
              const decide = firstChunk;
              firstChunk = undefined;
              decide(outcomes);
            }
          }
          return done;
        });
      } catch {
        take(limit - taken.length);
        outcomes = store.batch(() => {
          const done: IngestOutcome[] = [];
          for (let at = 0; at < taken.length; at += PARSE_CHUNK) {
            const chunk = taken.slice(at, at + PARSE_CHUNK).map((input) => ({ input }));
            for (const outcome of ingestChunk(store, chunk, force, 'one by one')) done.push(outcome);
          }
          return done;
        });
      }
      options.bulkLoad?.betweenTransactions();
      // Outcomes are counted only once the batch has committed: a crash before then stored none of them.
      for (const outcome of outcomes) record(outcome);
      summary.total = Math.max(summary.total, progressOf(summary).done);
      report();
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
function ingestChunk(store: FilingStore, inputs: readonly PendingInput[], force: boolean, mode: ChunkMode): IngestOutcome[] {
  const prepared = inputs.map((p) => prepare(store, p, force));
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

export function prepare(store: FilingStore, { input, prepared }: PendingInput, force: boolean): Prepared {
  const { source } = input;
  const ready = prepared ?? input.prepared;
  const accession = input.accession ?? null;
  // A worker's result holds the text compressed: it is unpacked only if the store asks for it.
  let text = input.text;
  const document = () => (text ??= ready!.text!);
  try {
    if (ready?.readError) throw ready.readError;
    if (text === undefined && !ready?.packed) text = ready?.text ?? input.read?.() ?? (input.file === undefined ? '' : readDocument(input.file));
  } catch (error) {
    return { source, outcome: { ...failed(accession, source, error), reason: `cannot read: ${describeFsError(error)}` } };
  }
  // The same file loaded again (a load run twice): skipped without parsing it, as storing would skip it.
  if (!force && accession !== null && store.holdsDocument(accession, document)) {
    return { source, outcome: { status: 'skipped', accession, source } };
  }
  try {
    if (ready?.parseError) throw ready.parseError;
    let parsed = input.parsed ?? ready?.parsed ?? parseFiling(document());
    if (input.filedAt != null || input.acceptedAt != null) {
      parsed = { ...parsed, filedAt: parsed.filedAt ?? input.filedAt ?? null, acceptedAt: parsed.acceptedAt ?? input.acceptedAt ?? null };
    }
    parsed = withKnownIndustry(parsed, input.knownIndustry);
    const packedDocument = input.parsed ? undefined : ready?.packed;
    return { source, item: { parsed, options: new ItemOptions(document, packedDocument, source, accession, force, input.origin) } };
  } catch (error) {
    return { source, outcome: failed(accession, source, error) };
  }
}

/**
 * A store item's options, its document read only if the store asks. A class, not a literal with a
 * getter: see ingest/packed-document.ts (its getter pair would keep the whole document alive).
 */
class ItemOptions implements StoreOptions {
  constructor(
    private readonly text: () => string,
    readonly packedDocument: Uint8Array | undefined,
    readonly source: string,
    readonly accession: string | null,
    readonly force: boolean,
    readonly origin: StoreOptions['origin'],
  ) {}

  get document(): string {
    return this.text();
  }
}

export function failed(accession: string | null, source: string, error: unknown): IngestFailed {
  return { status: 'failed', source, accession, reason: describeFailure(error), error };
}

export function emptySummary(total: number): IngestSummary {
  return { total, loaded: 0, replaced: 0, skipped: 0, failed: 0, failures: [], elapsedMs: 0, indexBuildMs: 0 };
}

/** Builds the indexes a load deferred (db/deferred-indexes.ts), the time it takes counted in `summary`. */
export function buildDeferredIndexes(store: FilingStore, summary: IngestSummary): void {
  const started = performance.now();
  try {
    store.buildDeferredIndexes();
  } finally {
    summary.indexBuildMs += performance.now() - started;
  }
}

export function progressOf(summary: IngestSummary): IngestProgress {
  const { total, loaded, replaced, skipped, failed, elapsedMs } = summary;
  return { done: loaded + replaced + skipped + failed, total, loaded, replaced, skipped, failed, elapsedMs };
}

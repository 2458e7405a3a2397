// Loads generated filings through the real pipeline (parse, then the store's batched writes), timing
// only what `ingestDocuments` does: the text is made before the clock starts.
import type { FilingStore } from '@/db/store';
import type { BulkLoad } from '@/db/bulk-load';
import { ingestDocuments, type IngestInput } from '@/ingest/pipeline';
import type { FilingGenerator } from './generate';

/** Filings made and loaded at a time: about 80 MB of text. */
export const CHUNK = 5_000;

export interface RangeResult {
  /** Filings stored (loaded or replaced). */
  stored: number;
  failed: number;
  /** Time inside `ingestDocuments` (parse + store), without making the text. */
  ms: number;
  /**
   * The process's CPU time (all threads: the writer, a WAL checkpointing thread, GC) over the same
   * calls: on a shared machine it varies less with other work than the wall clock does.
   */
  cpuMs: number;
  firstFailure?: string;
}

/** Makes and loads filings [from, to). */
export function ingestRange(
  store: FilingStore,
  generator: FilingGenerator,
  from: number,
  to: number,
  maxFilings: number,
  options: {
    /** Asked between chunks. */
    shouldStop?: () => boolean;
    onChunk?: (done: number, result: RangeResult) => void;
    /** As `npm run ingest` runs a bulk load (db/bulk-load.ts). */
    bulkLoad?: BulkLoad;
  } = {},
): RangeResult & { next: number } {
  const { shouldStop = () => false, onChunk, bulkLoad } = options;
  const total: RangeResult = { stored: 0, failed: 0, ms: 0, cpuMs: 0 };
  let i = from;
  while (i < to && !shouldStop()) {
    const end = Math.min(to, i + CHUNK);
    const inputs: IngestInput[] = [];
    for (let k = i; k < end; k++) {
      const { accession, text } = generator.filing(k, maxFilings);
      // The text is a rope of its pieces until first read; flatten it now, as a file read gives it,
      // so that the ingest clock does not count the generator's joining.
      void text.charCodeAt(0);
      inputs.push({ source: `scale:${accession}`, text });
    }
    const cpu = process.cpuUsage();
    const summary = ingestDocuments(store, inputs, { bulkLoad });
    const used = process.cpuUsage(cpu);
    total.cpuMs += (used.user + used.system) / 1000;
    total.stored += summary.loaded + summary.replaced;
    total.failed += summary.failed;
    total.ms += summary.elapsedMs;
    total.firstFailure ??= summary.failures[0] ? `${summary.failures[0].source}: ${summary.failures[0].reason}` : undefined;
    i = end;
    onChunk?.(i, total);
  }
  return { ...total, next: i };
}

/** Deletes filings [from, to) again, in one transaction (the scale bench's side-by-side rounds load a range twice). */
export function deleteRange(store: FilingStore, generator: FilingGenerator, from: number, to: number, maxFilings: number): void {
  const accessions: string[] = [];
  for (let k = from; k < to; k++) accessions.push(generator.filing(k, maxFilings).accession);
  store.batch(() => {
    for (const accession of accessions) store.deleteFiling(accession);
  });
}

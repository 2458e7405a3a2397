// What a data-set worker (dataset-worker-entry.ts) and the writer (dataset-worker.ts) share. Both
// read the zip's tables; its filings are then built a chunk at a time by whichever thread claims the
// chunk first on the shared counter: the worker, going on ahead of the writer, or the writer itself
// when it comes to a chunk the worker has not reached (it would wait otherwise). The worker posts its
// chunks as the folder ingest's workers post theirs (worker-protocol.ts): each filing flat
// (filing-wire.ts), the compressed documents in one transferred buffer, a failed filing's error as
// plain data; and it runs at most IN_FLIGHT chunks ahead of the writer.
import { packDocument } from '../db/document';
import type { Dataset, DatasetEntry } from '../lib/datasets/index';
import { encodeFiling, type FilingWire } from './filing-wire';
import { packedDocument } from './packed-document';
import { type ErrorData, errorData, type PreparedDocument } from './worker-protocol';
import type { WorkerData } from './worker-signal';

export { POSTED, READY } from './worker-signal';
/** Index of the count of chunks the writer has taken (the worker waits on it). */
export const TAKEN = 2;
/** Set to 1 by the writer when it stops reading: the worker stops too. */
export const STOP = 3;
/** Index of the next chunk not claimed by either thread. */
export const CLAIMED = 4;
/** Int32 slots of the shared memory. */
export const SLOTS = 5;

/** Filings a chunk: a message's cost small against theirs, and a chunk's work short against the whole. */
export const CHUNK = 100;
/**
 * Chunks posted and not yet taken: more than the writer takes at a time (the pipeline's 500), so the
 * worker goes on while it writes; bounds what waits in the port (a quarter is 40,000 to 65,000 filings).
 */
export const IN_FLIGHT = 30;

export interface DatasetWorkerData extends WorkerData {
  /** The zip's bytes, transferred. */
  zip: ArrayBuffer;
}

/** One filing of a chunk: prepared, or failed. */
export interface EntryResult {
  accession: string | null;
  /** The filing, flattened, without its ownership XML, which is `xmlAt` [start, end] of the document. */
  filing?: FilingWire;
  xmlAt?: [number, number];
  /** [offset, length] of the compressed document in the chunk's `packed` buffer. */
  packedAt?: [number, number];
  error?: ErrorData;
}

export interface DatasetChunk {
  /** Which chunk: its filings are the data set's from `index * CHUNK` on. */
  index: number;
  entries: EntryResult[];
  packed: ArrayBuffer;
}

export type DatasetMessage =
  | { chunk: DatasetChunk }
  /** The worker failed (its entry did not load, or it threw): nothing follows. */
  | { failed: string };

/** The filings of chunk `index`, built as they are asked for. */
export function chunkEntries(dataset: Dataset, index: number): Generator<DatasetEntry> {
  return dataset.entries(index * CHUNK, (index + 1) * CHUNK);
}

/** A chunk to post, and its buffer to transfer: the documents compressed into one buffer of its own. */
export function datasetChunk(index: number, entries: readonly DatasetEntry[]): DatasetChunk {
  const packs = entries.map((entry) => (entry.ok ? packDocument(entry.document) : null));
  const bytes = new Uint8Array(packs.reduce((n, p) => n + (p?.length ?? 0), 0));
  let offset = 0;
  return {
    index,
    packed: bytes.buffer,
    entries: entries.map((entry, i): EntryResult => {
      if (!entry.ok) return { accession: entry.accession, error: errorData(entry.error) };
      const { document, parsed } = entry;
      // The ownership XML is a slice of the document (lib/datasets/read.ts), its end the document's last tag.
      const end = document.lastIndexOf('>') + 1;
      const packed = packs[i]!;
      bytes.set(packed, offset);
      offset += packed.length;
      return { accession: entry.accession, filing: encodeFiling(parsed), xmlAt: [end - parsed.ownershipXml.length, end], packedAt: [offset - packed.length, packed.length] };
    }),
  };
}

/** A prepared entry as the pipeline takes it: the filing, and its document compressed, unpacked only if asked for. */
export function preparedOf(entry: EntryResult, buffer: ArrayBuffer): PreparedDocument {
  return packedDocument(buffer, entry.packedAt!, entry.filing!, entry.xmlAt!);
}

// A data set read with a worker thread (dataset-worker-entry.ts) for the writing thread: both read
// the zip's tables, then the filings are built a chunk at a time by whichever claims the chunk first
// (dataset-protocol.ts). The worker goes on ahead, building, compressing and posting its chunks; the
// writer takes them in order as the folder ingest's writer takes its workers' (worker-pool.ts):
// synchronously, with receiveMessageOnPort, sleeping on the shared counter of chunks posted. When
// it comes to a chunk the worker has not claimed (the worker is behind, or still starting) it builds
// that one itself rather than wait, so neither thread idles while the other works. A worker that
// cannot start or stops leaves the rest to the writer.
import { MessageChannel, type MessagePort, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import { type DatasetError, readDataset, type DatasetEntry } from '../lib/datasets/index';
import { CHUNK, chunkEntries, CLAIMED, type DatasetChunk, type DatasetMessage, type DatasetWorkerData, POSTED, preparedOf, SLOTS, STOP, TAKEN } from './dataset-protocol';
import { givenUpOn, waitForPost } from './worker-signal';
import { errorFromData, type PreparedDocument } from './worker-protocol';
import { startWorkerThread, workerEntry } from './worker-thread';

/** A filing as the worker prepared it: parsed and compressed, its text unpacked only if asked for. */
export type PreparedEntry = { ok: true; accession: string; prepared: PreparedDocument };

/** A data set whose entries come prepared by the worker or as `readDataset` gives them, in its order. */
export interface SharedDataset {
  count: number;
  problems: DatasetError[];
  entries(): Generator<DatasetEntry | PreparedEntry>;
  /** Filings the worker built, and filings this thread built. */
  readonly counts: { byWorker: number; here: number };
}

export interface SharedReadOptions {
  /** false: this thread never builds a chunk the worker could (tests, to see the worker's work). Default true. */
  writerHelps?: boolean;
  /** The worker's entry module (`workerEntry`'s URL). */
  entry?: string;
}

/** Chunks this thread builds ahead of the one it waits for: enough to cover the worker's chunk in progress. */
const AHEAD = 2;

class DatasetWorker {
  readonly signal = new Int32Array(new SharedArrayBuffer(SLOTS * 4));
  readonly port: MessagePort;
  readonly thread: Worker;
  failure: string | null = null;

  constructor(zip: Uint8Array, entry: string) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    // A copy to transfer (of its own: a Buffer's slice is a view), for this thread reads the zip too.
    const bytes = new Uint8Array(zip).buffer;
    const data: DatasetWorkerData = { port: port2, signal: this.signal, zip: bytes };
    this.thread = startWorkerThread(entry, data, [port2, bytes]);
  }

  /** Claims chunk `index` for this thread: false when the worker has claimed it. */
  claim(index: number): boolean {
    return Atomics.compareExchange(this.signal, CLAIMED, index, index + 1) === index;
  }

  /** The first chunk the worker has not claimed, claimed for this thread; null when the worker has claimed them all. */
  claimNext(chunks: number): number | null {
    for (let index = Atomics.load(this.signal, CLAIMED); index < chunks; index = Atomics.load(this.signal, CLAIMED)) {
      if (this.claim(index)) return index;
    }
    return null;
  }

  /**
   * Chunk `index`, which the worker claimed, if it has been posted; with `wait`, waiting (blocking
   * this thread) until it is. Null once the worker is gone.
   */
  chunk(index: number, wait: boolean): DatasetChunk | null {
    const started = performance.now();
    for (;;) {
      if (this.failure !== null) return null;
      const seen = Atomics.load(this.signal, POSTED);
      const message = receiveMessageOnPort(this.port)?.message as DatasetMessage | undefined;
      if (message && 'failed' in message) this.failure = message.failed;
      else if (message && message.chunk.index !== index) this.failure = `chunk ${message.chunk.index} where ${index} was due`;
      else if (message) {
        Atomics.add(this.signal, TAKEN, 1);
        Atomics.notify(this.signal, TAKEN);
        return message.chunk;
      } else {
        this.failure = givenUpOn(this.signal, started);
        if (this.failure !== null || !wait) return null;
        waitForPost(this.signal, seen);
      }
    }
  }

  /** Why the worker failed, if it said so (the writer may never have waited on it). */
  failed(): string | null {
    if (this.failure === null) {
      for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
        if ('failed' in (m.message as DatasetMessage)) this.failure = (m.message as { failed: string }).failed;
      }
    }
    return this.failure;
  }

  close(): void {
    Atomics.store(this.signal, STOP, 1);
    Atomics.notify(this.signal, TAKEN);
    this.port.close();
    void this.thread.terminate();
  }
}

/**
 * Reads `zip` with a worker thread's help. Throws as `readDataset` does for bytes that are no data
 * set. A worker that fails is named in a one-line warning, and this thread builds the rest.
 */
export function readDatasetShared(zip: Uint8Array, source: string, options: SharedReadOptions = {}): SharedDataset {
  const worker = new DatasetWorker(zip, options.entry ?? workerEntry('dataset-worker-entry'));
  let dataset: ReturnType<typeof readDataset>;
  try {
    // Meanwhile the worker starts and reads the same tables.
    dataset = readDataset(zip);
  } catch (error) {
    worker.close();
    throw error;
  }
  const counts = { byWorker: 0, here: 0 };
  const helps = options.writerHelps ?? true;
  return {
    count: dataset.count,
    problems: dataset.problems,
    counts,
    *entries() {
      const chunks = Math.ceil(dataset.count / CHUNK);
      const built = (index: number) => [...chunkEntries(dataset, index)];
      // Chunks this thread built further on while the worker was behind, to be stored in their turn.
      const ahead = new Map<number, DatasetEntry[]>();
      let warned = false;
      try {
        for (let index = 0; index < chunks; index++) {
          const mine = ahead.get(index);
          ahead.delete(index);
          let chunk: DatasetChunk | null = null;
          if (!mine && worker.failure === null && !(helps && worker.claim(index))) {
            chunk = worker.chunk(index, !helps);
            // Rather than wait for the worker, build the next chunk it has not claimed (as the
            // folder ingest's writer prepares documents itself while its workers are behind).
            for (let next: number | null; !chunk && helps && ahead.size < AHEAD && (next = worker.claimNext(chunks)) !== null;) {
              ahead.set(next, built(next));
              chunk = worker.chunk(index, false);
            }
            chunk ??= worker.chunk(index, true);
          }
          if (chunk) {
            for (const entry of chunk.entries) {
              counts.byWorker++;
              if (entry.error) yield { ok: false, accession: entry.accession, error: errorFromData(entry.error) as DatasetError };
              else yield { ok: true, accession: entry.accession!, prepared: preparedOf(entry, chunk.packed) };
            }
            continue;
          }
          if (worker.failure !== null && !warned) {
            warned = true;
            process.emitWarning(`the data-set worker stopped (${worker.failure.split('\n')[0]}): the rest of ${source} is read on the main thread`);
          }
          for (const entry of mine ?? chunkEntries(dataset, index)) {
            counts.here++;
            yield entry;
          }
        }
        const failure = warned ? null : worker.failed();
        if (failure !== null) process.emitWarning(`the data-set worker stopped (${failure.split('\n')[0]}): ${source} was read on the main thread`);
      } finally {
        worker.close();
      }
    },
  };
}

// A pool of worker threads that read, parse and compress documents (worker-entry.ts) for the one
// thread that writes. The writer stays synchronous: it takes results in order with
// receiveMessageOnPort, sleeping on a shared counter (Atomics.wait) until the next one is posted,
// so the batches, transactions and retries of the pipeline are the same with or without a pool.
// While the workers start (loading the parser takes a moment, longer under tsx), the writer prepares
// documents itself; a worker that cannot start or stops answering leaves its documents to it too.
import os from 'node:os';
import { MessageChannel, type MessagePort, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import type { IngestInput, IngestPool, PendingInput } from './ingest-types';
import { prepareDocument } from './prepare-document';
import { chunkResult, type ChunkResult, type PreparedDocument, preparedFrom, type WorkerTask } from './worker-protocol';
import { givenUpOn, POSTED, READY, waitForPost, type WorkerData } from './worker-signal';
import { startWorkerThread, workerEntry } from './worker-thread';

/** Documents per message: enough to make a message's cost small, few enough to keep the writer fed. */
const CHUNK = 32;
/**
 * Documents handed to the workers ahead of the writer. At each batch's end the writer takes none
 * while it settles the signals and commits (about 110 ms for 5,000 filings here), and a worker with
 * nothing in hand sits idle meanwhile: 640 ahead kept one busy for about 70 ms of it. 4,800 carry it
 * through (42,900 files, five alternating rounds: median 7.24 s with 640, 6.96 with 1,920, 6.88 with
 * 4,800, 6.96 with 9,600). Results wait serialized in the port, about 3 KB a document here.
 */
const AHEAD = 4_800;

/** Chunks a worker holds at most: its share of the documents handed ahead, and at least 20 however many share them. */
function inFlightPerWorker(workers: number, ahead: number): number {
  return Math.max(20, Math.ceil(ahead / CHUNK / workers));
}

/**
 * Worker threads a load starts unless told: one fewer than the cores Node may run on (the writer has
 * one), so none on a single core, where a worker only takes turns with the writer. There (`taskset -c
 * 1` on this project's VM, runs alternating) a folder of 42,900 files loaded in 12.9 s without one
 * against 13.4 s with one (medians of six rounds, each won without), a data set of 51,480 filings in
 * 24.8 s against 29.2 s (of four) and in 0.4 GB less memory.
 */
export function defaultWorkerCount(cores: number = os.availableParallelism()): number {
  return Math.max(0, cores - 1);
}

// Chunks and slots are each made with all their fields, in one shape: V8 compiled the writer's loop
// again each time it met a shape it had not (a slot without a chunk, a chunk given its results).
interface Chunk {
  tasks: WorkerTask[];
  worker: PoolWorker;
  results: (PreparedDocument | undefined)[] | undefined;
  /** Its worker went away: the writer prepares its documents. */
  lost: boolean;
}

interface Slot {
  input: IngestInput;
  chunk: Chunk | undefined;
  index: number;
  /** Prepared by the writer itself (no worker ready, or the worker behind). */
  prepared: PreparedDocument | undefined;
}

const slotOf = (input: IngestInput, chunk: Chunk | undefined, index: number, prepared: PreparedDocument | undefined): Slot =>
  ({ input, chunk, index, prepared });

// worker-entry.ts beside this module under vitest and tsx, worker-entry.mjs beside the command's bundle.
const entry = workerEntry('worker-entry');

class PoolWorker {
  readonly signal = new Int32Array(new SharedArrayBuffer(8));
  readonly port: MessagePort;
  readonly thread: Worker;
  /** Chunks sent and not yet answered, in the order sent (a worker answers in that order). */
  readonly sent: Chunk[] = [];
  failure: string | null = null;
  private nextId = 0;
  /** Time the writer spent waiting for this worker. */
  waitedMs = 0;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    // Never what keeps the process alive: a pool left open does not hang the command.
    this.thread = startWorkerThread<WorkerData>(entry, { port: port2, signal: this.signal }, [port2]);
    this.thread.on('error', (error) => this.fail(error.message));
    this.thread.on('exit', (code) => this.fail(`exited with status ${code}`));
  }

  /** Settles once the worker has started (or failed to). */
  async started(): Promise<void> {
    while (Atomics.load(this.signal, READY) === 0 && this.failure === null) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  get ready(): boolean {
    return this.failure === null && Atomics.load(this.signal, READY) === 1;
  }

  send(chunk: Chunk): void {
    this.sent.push(chunk);
    this.thread.postMessage({ id: this.nextId++, tasks: chunk.tasks });
  }

  /** Takes the next answer if it has been posted, without waiting (later ones stay serialized, off the heap, until needed). */
  poll(): void {
    if (this.sent.length > 0) this.take();
  }

  /** Waits (blocking this thread) for the answer to the oldest chunk sent; false when the worker is gone. */
  receiveOne(): boolean {
    const started = performance.now();
    for (;;) {
      const seen = Atomics.load(this.signal, POSTED);
      if (this.take()) return true;
      const givenUp = this.failure === null ? givenUpOn(this.signal, started) : null;
      if (givenUp !== null) this.fail(givenUp);
      if (this.failure !== null) return false;
      const before = performance.now();
      waitForPost(this.signal, seen);
      this.waitedMs += performance.now() - before;
    }
  }

  /** One answer from the port, if one is there: its chunk gets its results. */
  private take(): boolean {
    const message = receiveMessageOnPort(this.port)?.message as ChunkResult | { failed: string } | undefined;
    if (!message) return false;
    if ('failed' in message) {
      this.fail(message.failed);
      return false;
    }
    this.sent.shift()!.results = preparedFrom(message);
    return true;
  }

  fail(reason: string): void {
    if (this.failure !== null) return;
    this.failure = reason;
    for (const chunk of this.sent.splice(0)) chunk.lost = true;
    process.emitWarning(`an ingest worker stopped (${reason.split('\n')[0]}): its documents are parsed on the main thread`);
  }

  close(): Promise<number> {
    this.failure ??= 'closed';
    this.port.close();
    return this.thread.terminate();
  }
}

/** What a worker can do for an input: read it, or take its text; nothing when it comes parsed. */
function taskOf(input: IngestInput): WorkerTask | null {
  if (input.parsed) return null;
  if (input.text !== undefined) return { text: input.text };
  if (input.file !== undefined) return { file: input.file };
  return null;
}

/**
 * A document this thread prepares itself, in the form a worker hands it over: its text compressed and
 * its values copied out of it. Prepared ahead of a worker's chunk, it waits in the queue behind it,
 * and as read and parsed here (a 17 KB text, and values sliced from it) it lived through the writer's
 * minor GCs, copied to the old generation; and the store then meets one shape of filing, not the
 * parser's as well (V8 compiled the store's code again for each: 8,580 files, --trace-deopt).
 */
function prepareAhead(task: WorkerTask): PreparedDocument {
  return preparedFrom(chunkResult(0, [task], prepareDocument))[0]!;
}

/**
 * Starts `size` workers (at least one), handed `ahead` documents ahead of the writer (AHEAD). Close it
 * when done; an unclosed pool does not keep the process alive.
 */
export function startIngestPool(size: number = defaultWorkerCount(), { ahead = AHEAD }: { ahead?: number } = {}): IngestPool {
  const workers = Array.from({ length: Math.max(1, size) }, () => new PoolWorker());
  const inFlight = inFlightPerWorker(workers.length, ahead);
  const counts = { byWorkers: 0, here: 0 };

  /** The ready worker with the fewest chunks in hand, if one has room. */
  const pick = (): PoolWorker | null => {
    let best: PoolWorker | null = null;
    for (const w of workers) if (w.ready && w.sent.length < inFlight && (!best || w.sent.length < best.sent.length)) best = w;
    return best;
  };

  function* prepareInOrder(inputs: Iterable<IngestInput>): Generator<PendingInput> {
    const source = inputs[Symbol.iterator]();
    const queue: Slot[] = [];
    const maxQueued = workers.length * inFlight * CHUNK * 2;
    let sourceDone = false;
    // A document this thread prepares itself (no worker ready, or the worker behind).
    const preparedHere = (input: IngestInput): Slot => {
      const task = taskOf(input);
      if (task) counts.here++;
      return slotOf(input, undefined, -1, task ? prepareAhead(task) : undefined);
    };
    const take = (): IngestInput | null => {
      if (sourceDone) return null;
      const next = source.next();
      if (next.done) sourceDone = true;
      return next.done ? null : next.value;
    };
    // Hands chunks to workers with room, reading ahead of the writer.
    const fill = () => {
      for (let worker = pick(); worker && !sourceDone && queue.length < maxQueued; worker = pick()) {
        const chunk: Chunk = { tasks: [], worker, results: undefined, lost: false };
        while (chunk.tasks.length < CHUNK && queue.length < maxQueued) {
          const input = take();
          if (!input) break;
          const task = taskOf(input);
          queue.push(task ? slotOf(input, chunk, chunk.tasks.push(task) - 1, undefined) : slotOf(input, undefined, -1, undefined));
        }
        if (chunk.tasks.length > 0) worker.send(chunk);
      }
    };
    for (;;) {
      fill();
      let slot = queue.shift();
      if (!slot) {
        // No worker ready (starting, or gone): this thread prepares the document now, one at a
        // time, so that the next one goes to a worker as soon as one is ready. (Handed on unread,
        // a whole parse chunk would be the writer's to prepare while the worker sat idle.)
        const input = take();
        if (!input) return;
        slot = preparedHere(input);
      }
      const { chunk } = slot;
      if (chunk && !chunk.results && !chunk.lost) {
        // The worker is behind: rather than wait, this thread prepares documents further on itself
        // (one worker on two cores: the work shares itself out), then waits only when it may not.
        chunk.worker.poll();
        while (!chunk.results && !chunk.lost && !sourceDone && queue.length < maxQueued) {
          const input = take();
          if (!input) break;
          queue.push(preparedHere(input));
          chunk.worker.poll();
        }
        // A worker that is gone has marked its chunks lost: their documents are prepared here.
        while (!chunk.results && !chunk.lost) chunk.worker.receiveOne();
      }
      const prepared = slot.prepared ?? chunk?.results?.[slot.index];
      // Let go of it here: a chunk waits long enough to be in V8's old generation, from where it
      // would keep its documents' filings alive through minor GCs until a full one.
      if (chunk?.results) chunk.results[slot.index] = undefined;
      if (chunk && prepared) counts.byWorkers++;
      else if (!slot.prepared) counts.here++;
      yield { input: slot.input, prepared };
    }
  }

  return {
    size: workers.length,
    prepareInOrder,
    whenReady: async () => {
      await Promise.all(workers.map((w) => w.started()));
    },
    stats: () => ({ ...counts, writerWaitedMs: workers.reduce((n, w) => n + w.waitedMs, 0) }),
    async close() {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}

// The memory an ingest worker and the main thread share: a counter of results posted (the main
// thread waits on it with Atomics.wait) and the worker's state; and the two sides of that handshake,
// for every kind of worker (worker-entry.ts, dataset-worker-entry.ts; worker-pool.ts, dataset-worker.ts).
import type { MessagePort, TransferListItem } from 'node:worker_threads';

/** Index of the count of chunk results posted. */
export const POSTED = 0;
/** Index of the state: 0 starting, 1 ready, 2 failed to start. */
export const READY = 1;

/** A worker that posts nothing for this long while the writer waits on it is given up on. */
export const STALL_MS = 60_000;

export interface WorkerData {
  /** Where results go (the main thread reads it with receiveMessageOnPort). */
  port: MessagePort;
  signal: Int32Array;
}

/** In a worker: says it has started. */
export function signalReady(signal: Int32Array): void {
  Atomics.store(signal, READY, 1);
  Atomics.notify(signal, READY);
}

/** In a worker: posts `message` to the writer and wakes it if it waits. */
export function postToWriter({ port, signal }: WorkerData, message: unknown, transfer: readonly TransferListItem[] = []): void {
  port.postMessage(message, transfer);
  Atomics.add(signal, POSTED, 1);
  Atomics.notify(signal, POSTED);
}

/**
 * In the writer, waiting on a worker since `started`: why to give it up (it could not start, or it
 * has posted nothing for STALL_MS), or null while it may still post.
 */
export function givenUpOn(signal: Int32Array, started: number): string | null {
  if (Atomics.load(signal, READY) === 2) return 'could not start';
  if (performance.now() - started > STALL_MS) return `no answer in ${STALL_MS / 1000} s`;
  return null;
}

/** In the writer: sleeps until the worker posts past `seen` (the POSTED count read before looking), a second at most. */
export function waitForPost(signal: Int32Array, seen: number): void {
  Atomics.wait(signal, POSTED, seen, 1_000);
}

// The memory an ingest worker and the main thread share: a counter of results posted (the main
// thread waits on it with Atomics.wait) and the worker's state.
import type { MessagePort } from 'node:worker_threads';

/** Index of the count of chunk results posted. */
export const POSTED = 0;
/** Index of the state: 0 starting, 1 ready, 2 failed to start. */
export const READY = 1;

export interface WorkerData {
  /** Where results go (the main thread reads it with receiveMessageOnPort). */
  port: MessagePort;
  signal: Int32Array;
}

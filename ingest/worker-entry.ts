// An ingest worker: reads, parses and compresses the documents of each chunk the main thread sends,
// and posts the results back on its port, then bumps a shared counter so that a main thread
// waiting synchronously (worker-pool.ts) wakes up. Pure work: it never touches the database.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { prepareDocument } from './prepare-document';
import { chunkResult, type TaskChunk } from './worker-protocol';
import { POSTED, READY, type WorkerData } from './worker-signal';

const { port, signal } = workerData as WorkerData;

function run(chunk: TaskChunk, out: MessagePort): void {
  const result = chunkResult(chunk.id, chunk.tasks, chunk.tasks.map(prepareDocument));
  out.postMessage(result, [result.packed]);
  Atomics.add(signal, POSTED, 1);
  Atomics.notify(signal, POSTED);
}

parentPort!.on('message', (chunk: TaskChunk) => run(chunk, port));
Atomics.store(signal, READY, 1);
Atomics.notify(signal, READY);

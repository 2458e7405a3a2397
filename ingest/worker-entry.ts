// An ingest worker: reads, parses and compresses the documents of each chunk the main thread sends,
// and posts the results back on its port, then bumps a shared counter so that a main thread
// waiting synchronously (worker-pool.ts) wakes up. Pure work: it never touches the database.
import { parentPort, workerData } from 'node:worker_threads';
import { prepareDocument } from './prepare-document';
import { chunkResult, type TaskChunk } from './worker-protocol';
import { postToWriter, signalReady, type WorkerData } from './worker-signal';

const data = workerData as WorkerData;

function run(chunk: TaskChunk): void {
  const result = chunkResult(chunk.id, chunk.tasks, prepareDocument);
  postToWriter(data, result, [result.packed]);
}

parentPort!.on('message', run);
signalReady(data.signal);

// An ingest worker: reads, parses and compresses the documents of each chunk the main thread sends,
// and posts the results back on its port, then bumps a shared counter so that a main thread
// waiting synchronously (worker-pool.ts) wakes up. Pure work: it never touches the database.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { prepareDocument } from './prepare-document';
import { type ChunkResult, type DocumentResult, errorData, type TaskChunk } from './worker-protocol';
import { POSTED, READY, type WorkerData } from './worker-signal';

const { port, signal } = workerData as WorkerData;

function run(chunk: TaskChunk, out: MessagePort): void {
  const packed: Buffer[] = [];
  const documents = chunk.tasks.map((task): DocumentResult => {
    const { text, parsed, packed: bytes, readError, parseError } = prepareDocument(task);
    if (readError) return { readError: errorData(readError) };
    if (bytes) packed.push(bytes);
    // The text goes back only when it was read here.
    return { text: task.text === undefined ? text : undefined, parsed, parseError: parseError && errorData(parseError) };
  });
  // One buffer of its own for the chunk's compressed documents (Node's small buffers share a pool,
  // which cannot be transferred), handed over without a copy.
  const bytes = new Uint8Array(packed.reduce((n, b) => n + b.length, 0));
  let offset = 0;
  let next = 0;
  for (const d of documents) {
    if (!d.parsed) continue;
    const b = packed[next++]!;
    bytes.set(b, offset);
    d.packedAt = [offset, b.length];
    offset += b.length;
  }
  const result: ChunkResult = { id: chunk.id, documents, packed: bytes.buffer };
  out.postMessage(result, [bytes.buffer]);
  Atomics.add(signal, POSTED, 1);
  Atomics.notify(signal, POSTED);
}

parentPort!.on('message', (chunk: TaskChunk) => run(chunk, port));
Atomics.store(signal, READY, 1);
Atomics.notify(signal, READY);

// A data-set worker: unzips the zip it is given and reads its tables, then claims chunk after chunk
// (dataset-protocol.ts), builds each filing of it and its document, compresses the document and
// posts the chunk to the writer, waiting whenever it is IN_FLIGHT chunks ahead. Pure work: no database.
import { workerData } from 'node:worker_threads';
import { readDataset } from '../lib/datasets/index';
import { CHUNK, CLAIMED, chunkEntries, datasetChunk, type DatasetMessage, type DatasetWorkerData, IN_FLIGHT, STOP, TAKEN } from './dataset-protocol';
import { postToWriter, signalReady } from './worker-signal';

const data = workerData as DatasetWorkerData;
const { signal, zip } = data;
const post = (message: DatasetMessage, transfer: ArrayBuffer[] = []) => postToWriter(data, message, transfer);

const stopped = () => Atomics.load(signal, STOP) !== 0;

/** Waits until the writer has taken all but IN_FLIGHT - 1 of the `posted` chunks (or stopped). */
function waitForRoom(posted: number): void {
  for (;;) {
    const taken = Atomics.load(signal, TAKEN);
    if (posted - taken < IN_FLIGHT || stopped()) return;
    Atomics.wait(signal, TAKEN, taken, 1_000);
  }
}

function run(): void {
  // Bytes that are no data set: the writer, reading them too, says so and stops this thread.
  const dataset = readDataset(new Uint8Array(zip));
  const chunks = Math.ceil(dataset.count / CHUNK);
  for (let posted = 0; ; posted++) {
    waitForRoom(posted);
    if (stopped()) return;
    const index = Atomics.add(signal, CLAIMED, 1);
    if (index >= chunks) return;
    const chunk = datasetChunk(index, [...chunkEntries(dataset, index)]);
    post({ chunk }, [chunk.packed]);
  }
}

signalReady(signal);
try {
  run();
} catch (error) {
  post({ failed: String((error instanceof Error && error.stack) || error) });
}

// A data-set worker that stops after its first chunk, saying so as a failing worker does: for
// ingest/dataset-worker.test.ts, the writer going on from where it stopped.
import { workerData } from 'node:worker_threads';
import { CLAIMED, CHUNK, datasetChunk, type DatasetWorkerData, POSTED, READY } from '../../ingest/dataset-protocol';
import { readDataset } from '../../lib/datasets/index';

const { port, signal, zip } = workerData as DatasetWorkerData;
const post = (message: unknown, transfer: ArrayBuffer[] = []) => {
  port.postMessage(message, transfer);
  Atomics.add(signal, POSTED, 1);
  Atomics.notify(signal, POSTED);
};
Atomics.store(signal, READY, 1);
const dataset = readDataset(new Uint8Array(zip));
const index = Atomics.add(signal, CLAIMED, 1);
const chunk = datasetChunk(index, [...dataset.entries(index * CHUNK, (index + 1) * CHUNK)]);
post({ chunk }, [chunk.packed]);
post({ failed: 'Error: stopped on purpose after one chunk\n    at the test' });

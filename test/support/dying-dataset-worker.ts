// A data-set worker that stops after its first chunk, saying so as a failing worker does: for
// ingest/dataset-worker.test.ts, the writer going on from where it stopped.
import { workerData } from 'node:worker_threads';
import { CLAIMED, chunkEntries, datasetChunk, type DatasetWorkerData } from '../../ingest/dataset-protocol';
import { postToWriter, signalReady } from '../../ingest/worker-signal';
import { readDataset } from '../../lib/datasets/index';

const data = workerData as DatasetWorkerData;
signalReady(data.signal);
const dataset = readDataset(new Uint8Array(data.zip));
const index = Atomics.add(data.signal, CLAIMED, 1);
const chunk = datasetChunk(index, [...chunkEntries(dataset, index)]);
postToWriter(data, { chunk }, [chunk.packed]);
postToWriter(data, { failed: 'Error: stopped on purpose after one chunk\n    at the test' });

// Starting an ingest worker thread from its entry module: the .ts file beside this one under vitest
// and tsx; the .mjs bundle beside the command's own bundle when the command runs from one
// (cli/bundle.mjs builds every entry into one folder, and this module into the command's bundle).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type TransferListItem, Worker } from 'node:worker_threads';
import { POSTED, READY, type WorkerData } from './worker-signal';

const here = fileURLToPath(import.meta.url);

/** The entry module `name` (`worker-entry`, `dataset-worker-entry`) beside the running code, with its extension. */
export function workerEntry(name: string): string {
  return new URL(`./${name}${path.extname(here)}`, import.meta.url).href;
}

// Run as a script so that it can load tsx first when the entry is TypeScript (under `node --import
// tsx` a worker does not inherit the hooks; under vitest there are none), and say so when the entry
// fails to load instead of leaving the writer waiting (worker-signal.ts's postToWriter and a failed
// start, written out here: this text runs before any module of ours can load). tsx's require hook, not
// its ESM loader: that starts a thread of its own in each worker, and the worker is ready in a third
// of the time.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.tsx) {
    require(workerData.tsx).register();
    require(require('node:url').fileURLToPath(workerData.entry));
  } else {
    await import(workerData.entry);
  }
})().catch((error) => {
  workerData.port.postMessage({ failed: String(error && error.stack || error) });
  Atomics.store(workerData.signal, ${READY}, 2);
  Atomics.add(workerData.signal, ${POSTED}, 1);
  Atomics.notify(workerData.signal, ${POSTED});
});`;

/** tsx's require hook (its path). */
function tsxApi(): string {
  return createRequire(import.meta.url).resolve('tsx/cjs/api');
}

/**
 * Starts `entry` (a URL, as `workerEntry` gives it) with `data` as its workerData; `data.port` and
 * anything else to move rather than copy go in `transferList`. Never what keeps the process alive.
 */
export function startWorkerThread<T extends WorkerData>(entry: string, data: T, transferList: TransferListItem[]): Worker {
  const tsx = entry.endsWith('.ts') ? tsxApi() : null;
  const thread = new Worker(BOOTSTRAP, { eval: true, workerData: { ...data, entry, tsx }, transferList });
  thread.unref();
  return thread;
}

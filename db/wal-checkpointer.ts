import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

// A bulk load commits every few seconds. SQLite's automatic checkpoint runs inside a commit, on the
// writing thread: it copies the new pages into the database file and waits for the disk (fsync).
// In a large database, where a batch dirties pages all over its indexes, that wait was a fifth of
// the load. Here a second connection on its own thread checkpoints instead, while the writer parses.

// Plain CommonJS, evaluated in the worker: no TypeScript loader needed there.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const shared = new Int32Array(workerData.shared);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
db.pragma('synchronous = NORMAL');
while (Atomics.load(shared, 0) === 0) {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
  Atomics.wait(shared, 0, 0, workerData.intervalMs);
}
db.close();
Atomics.store(shared, 1, 1);
Atomics.notify(shared, 1);
`;

// Slots of the shared array: stop asked, stopped.
const STOP = 0;
const STOPPED = 1;

export interface WalCheckpointer {
  /** Call between transactions: keeps the WAL under its limit (see `startWalCheckpointer`). */
  betweenTransactions(): void;
  /** Stops the thread, puts automatic checkpoints back and checkpoints what is left. */
  stop(): void;
}

/**
 * Checkpoints the WAL of `sqlite`'s database from another thread while `sqlite` writes. The WAL only
 * starts over when it is checkpointed to its end while no transaction is open, which a writer that
 * commits and begins again at once hardly ever allows the other thread: so once it holds more than
 * `maxWalBytes`, `betweenTransactions` checkpoints the rest on the writer's thread.
 */
export function startWalCheckpointer(
  sqlite: Database.Database,
  options: { intervalMs?: number; maxWalBytes?: number } = {},
): WalCheckpointer {
  const maxWalBytes = options.maxWalBytes ?? 256 * 2 ** 20;
  const walFile = `${sqlite.name}-wal`;
  const autocheckpoint = sqlite.pragma('wal_autocheckpoint', { simple: true }) as number;
  const sizeLimit = sqlite.pragma('journal_size_limit', { simple: true }) as number;
  // The WAL file is cut back to this size when it starts over, so its size says how full it is.
  sqlite.pragma(`journal_size_limit = ${maxWalBytes}`);
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      file: sqlite.name,
      shared: shared.buffer,
      intervalMs: options.intervalMs ?? 100,
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
    },
  });
  worker.unref();
  sqlite.pragma('wal_autocheckpoint = 0');
  let stopped = false;
  return {
    betweenTransactions() {
      if (walSize(walFile) > maxWalBytes) sqlite.pragma('wal_checkpoint(PASSIVE)');
      Atomics.notify(shared, STOP);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      Atomics.store(shared, STOP, 1);
      Atomics.notify(shared, STOP);
      Atomics.wait(shared, STOPPED, 0, 10_000);
      void worker.terminate();
      sqlite.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
      sqlite.pragma(`journal_size_limit = ${sizeLimit}`);
      sqlite.pragma('wal_checkpoint(PASSIVE)');
    },
  };
}

function walSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

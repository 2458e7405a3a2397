// A real SQLite file in a fresh temp directory, removed after the test file.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../db/index';
import { createFilingStore, type FilingStore } from '../../db/store';

export interface TempStore extends OpenedDatabase {
  dir: string;
  file: string;
  store: FilingStore;
  close(): void;
}

export function makeTempDir(prefix = 'section16-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Opens a new database file in its own temp directory; `close()` closes it and removes the directory. */
export function openTempStore(): TempStore {
  const dir = makeTempDir();
  const file = path.join(dir, 'nested', 'test.db');
  const opened = openDatabase(file);
  return {
    ...opened,
    dir,
    file,
    store: createFilingStore(opened.sqlite),
    close() {
      if (opened.sqlite.open) opened.sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A temp store filled by `fill` and made the app's database (DATABASE_PATH): import the modules
 * under test after it, as they open that path once, on first use.
 */
export function openAppDatabase(fill: (store: FilingStore) => void): TempStore {
  const t = openTempStore();
  fill(t.store);
  process.env.DATABASE_PATH = t.file;
  return t;
}

// Who builds the indexes a load deferred: the load itself at its end, or, once it is gone, whoever
// opens the file next; never another process or connection while it runs (building all eight over
// the whole table holds the write lock the load's next batch waits on).
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestDocuments } from '../ingest/pipeline';
import { ownershipXml } from '../test/support/ownership-xml';
import { openTempStore, type TempStore } from '../test/support/temp-db';
import { DEFERRAL_MAX_AGE_MS, DEFERRABLE_INDEXES, deferIndexes, restoreDeferredIndexes } from './deferred-indexes';
import { findRepoRoot, openDatabase } from './index';

let t: TempStore;
let child: ChildProcess | null = null;
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await once(child, 'exit');
  }
  child = null;
  t?.close();
});

const screenerIndexes = (sqlite: TempStore['sqlite']) =>
  sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name IN (SELECT value FROM json_each(?)) ORDER BY name`)
    .pluck().all(JSON.stringify(DEFERRABLE_INDEXES)) as string[];
const deferredCount = (sqlite: TempStore['sqlite']) => sqlite.prepare('SELECT count(*) FROM deferred_indexes').pluck().get() as number;
const ALL = [...DEFERRABLE_INDEXES].sort();

/** A store holding ten filings (rows for the indexes to hold). */
function storeWithFilings(): TempStore {
  const s = openTempStore();
  ingestDocuments(s.store, Array.from({ length: 10 }, (_, i) => ({
    source: `mem://${i}`,
    accession: `0001000000-24-${String(i).padStart(6, '0')}`,
    text: ownershipXml({ issuerCik: String(5_000_000 + i), shares: String(100 + i) }),
  })));
  return s;
}

/** Opens `file` as another process would (openDatabase), reads what `fn` says, closes it. */
function openAgain<T>(file: string, fn: (sqlite: TempStore['sqlite']) => T): T {
  const { sqlite } = openDatabase(file);
  try {
    return fn(sqlite);
  } finally {
    sqlite.close();
  }
}

/** A process that deferred the indexes of `file` through the store and waits (test/support/hold-deferred-indexes.ts). */
async function holdInChild(file: string): Promise<{ proc: ChildProcess; next: () => Promise<string> }> {
  const root = findRepoRoot();
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'test', 'support', 'hold-deferred-indexes.ts'), file], {
    cwd: root, stdio: ['pipe', 'pipe', 'inherit'],
  });
  child = proc;
  const lines = createInterface({ input: proc.stdout! })[Symbol.asyncIterator]();
  const next = async () => {
    const line = await lines.next();
    if (line.done) throw new Error(`the child exited (${proc.exitCode ?? proc.signalCode}) before saying anything more`);
    return line.value;
  };
  expect(await next()).toBe('deferred');
  return { proc, next };
}

describe('deferred indexes owned by the load that dropped them', () => {
  it('another process opening the file during a live load leaves them dropped; the next open after the load died builds them', async () => {
    t = storeWithFilings();
    const { proc } = await holdInChild(t.file);
    expect(screenerIndexes(t.sqlite)).toEqual([]);
    // The web server, `npm run show`, a second ingest: they open and read, and build nothing.
    expect(openAgain(t.file, (sqlite) => [screenerIndexes(sqlite), deferredCount(sqlite)])).toEqual([[], 8]);
    expect(t.sqlite.prepare('SELECT DISTINCT owner_pid FROM deferred_indexes').pluck().all()).toEqual([proc.pid]);
    expect(restoreDeferredIndexes(t.sqlite)).toBe(0);
    expect(screenerIndexes(t.sqlite)).toEqual([]);

    proc.kill('SIGKILL');
    await once(proc, 'exit');
    expect(openAgain(t.file, (sqlite) => [screenerIndexes(sqlite), deferredCount(sqlite)])).toEqual([ALL, 0]);
    expect(t.sqlite.prepare("SELECT count(*) FROM filing_rows INDEXED BY filing_rows_value WHERE kind = 'transaction'").pluck().get()).toBe(10);
  }, 60_000);

  it('the load that deferred builds them at its end', async () => {
    t = storeWithFilings();
    const { proc, next } = await holdInChild(t.file);
    expect(openAgain(t.file, screenerIndexes)).toEqual([]);
    proc.stdin!.end();
    expect(await next()).toBe('built');
    await once(proc, 'exit');
    expect(proc.exitCode).toBe(0);
    expect([screenerIndexes(t.sqlite), deferredCount(t.sqlite)]).toEqual([ALL, 0]);
  }, 60_000);

  it('in one process: another connection leaves them to the load\'s connection, which builds them; once it is closed, anyone builds them', () => {
    t = storeWithFilings();
    deferIndexes(t.sqlite);
    expect(openAgain(t.file, screenerIndexes)).toEqual([]);
    expect(restoreDeferredIndexes(t.sqlite)).toBe(8);
    expect(screenerIndexes(t.sqlite)).toEqual(ALL);

    deferIndexes(t.sqlite);
    t.sqlite.close(); // the load is gone without building them
    expect(openAgain(t.file, (sqlite) => [screenerIndexes(sqlite), deferredCount(sqlite)])).toEqual([ALL, 0]);
  });

  it('a load recorded on another host counts as running until its record is a day old; rows with no owner are built', () => {
    t = storeWithFilings();
    deferIndexes(t.sqlite);
    const reown = t.sqlite.prepare('UPDATE deferred_indexes SET owner_pid = ?, owner_host = ?, owner_token = ?, deferred_at = ?');
    reown.run(1, 'elsewhere.example', 'another-host', Date.now() - 60_000);
    expect(openAgain(t.file, screenerIndexes)).toEqual([]);
    reown.run(1, 'elsewhere.example', 'another-host', Date.now() - DEFERRAL_MAX_AGE_MS - 60_000);
    expect(openAgain(t.file, screenerIndexes)).toEqual(ALL);

    deferIndexes(t.sqlite);
    reown.run(null, null, null, null); // kept by a version before owners were recorded
    expect(openAgain(t.file, screenerIndexes)).toEqual(ALL);
  });
});

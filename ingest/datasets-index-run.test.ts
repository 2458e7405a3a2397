// Several data sets loaded in one run (a folder of zips, `--datasets` over a range) are one load for
// the deferred indexes: judged by what the run brings, dropped at most once, kept dropped across the
// quarters and built once at the run's end, with the crash and reload behaviour of a single load.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MIN_DEFERRED_LOAD } from '../db/deferred-indexes';
import { openDatabase } from '../db/index';
import { EdgarClient } from '../lib/edgar/client';
import { readEdgarConfig } from '../lib/edgar/env';
import { parseFiling } from '../lib/parser/index';
import { seedFixture } from '../test/support/corpus';
import { writeDatasetZip, type DatasetFilingInput } from '../test/support/dataset-writer';
import { openTempStore, type TempStore } from '../test/support/temp-db';
import { fakeDatasets } from '../test/fake-edgar/datasets';
import { hasCorpus, startFakeEdgar } from '../test/fake-edgar/fake-edgar';
import { edgarEnv, makeWorkspace } from '../test/fake-edgar/harness';
import { ingestPathsAndDatasets } from './datasets';
import { ingestDatasetQuarters } from './datasets-edgar';
import type { IngestOptions } from './pipeline';

// The seed fixture (Allied Motion's real Form 4 of 2013-05-21, one open-market purchase) under
// made-up accessions: each copy its own filing with its own row in the screener's indexes.
const seed = parseFiling(readFileSync(seedFixture, 'utf8'));
const quarter = (year: number, n: number): DatasetFilingInput[] =>
  Array.from({ length: n }, (_, i) => ({ accession: `0001240569-${String(year % 100).padStart(2, '0')}-${String(i).padStart(6, '0')}`, filedAt: '2013-05-22', parsed: seed }));

let t: TempStore;
afterEach(() => t?.close());

const deferredCount = (sqlite: TempStore['sqlite']) => sqlite.prepare('SELECT count(*) FROM deferred_indexes').pluck().get() as number;
const indexes = (sqlite: TempStore['sqlite']) =>
  sqlite.prepare("SELECT name, sql, rootpage FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").all() as { name: string; sql: string; rootpage: number }[];
const indexSql = (sqlite: TempStore['sqlite']) => indexes(sqlite).map(({ name, sql }) => ({ name, sql }));
const purchasesIndexed = (sqlite: TempStore['sqlite']) =>
  sqlite.prepare("SELECT count(*) FROM filing_rows INDEXED BY filing_rows_value WHERE kind = 'transaction'").pluck().get() as number;

/** Writes each quarter's zip into one folder, in name order. */
function folderOf(quarters: DatasetFilingInput[][]): string {
  const dir = path.join(t.dir, 'zips');
  mkdirSync(dir, { recursive: true });
  quarters.forEach((filings, i) => writeFileSync(path.join(dir, `200${i}q1_form345.zip`), writeDatasetZip(filings)));
  return dir;
}

/** Calls `fn` after each batch a load commits (progress is also reported, unchanged, as each part starts). */
function afterCommits(fn: () => void): IngestOptions {
  let done: number | null = null;
  return { onProgress: (p) => {
    if (done !== null && p.done !== done) fn();
    done = p.done;
  } };
}

/** How many screener indexes were left deferred after each committed batch of a load. */
const watchDeferred = (into: number[]) => afterCommits(() => into.push(deferredCount(t.sqlite)));

describe('a run of data sets as one load for the deferred indexes', () => {
  it.each([0, 1])('keeps the indexes dropped across the quarters of a folder and builds them once, at its end (data-set workers: %i)', (workers) => {
    t = openTempStore();
    const before = indexSql(t.sqlite);
    // The first quarter decides; the two small ones after it load with the indexes still dropped.
    const dir = folderOf([quarter(2001, MIN_DEFERRED_LOAD), quarter(2002, 20), quarter(2003, 20)]);
    const dropped = vi.spyOn(t.store, 'deferIndexes');
    const built = vi.spyOn(t.store, 'buildDeferredIndexes');
    const seen: number[] = [];
    const decoded: { byWorker: number; here: number }[] = [];
    const summary = ingestPathsAndDatasets([dir], { store: t.store, workers, writerHelps: false, onDecoded: (c) => decoded.push(c), ...watchDeferred(seen) });
    expect(summary).toMatchObject({ loaded: MIN_DEFERRED_LOAD + 40, failed: 0 });
    expect(decoded.map((c) => (workers > 0 ? c.byWorker : c.here))).toEqual([MIN_DEFERRED_LOAD, 20, 20]);
    expect(seen).toEqual([8, 8, 8]);
    expect(dropped).toHaveBeenCalledTimes(1);
    expect(built).toHaveBeenCalledTimes(1);
    expect(deferredCount(t.sqlite)).toBe(0);
    expect(indexSql(t.sqlite)).toEqual(before);
    expect(purchasesIndexed(t.sqlite)).toBe(MIN_DEFERRED_LOAD + 40);
  });

  it("counts the indexes' build at the run's end in the summary's time, and says how much of it the build took", () => {
    t = openTempStore();
    const dir = folderOf([quarter(2001, MIN_DEFERRED_LOAD), quarter(2002, 20)]);
    const build = t.store.buildDeferredIndexes.bind(t.store);
    // The build made to last a known 300 ms longer, which the summary's time must hold.
    vi.spyOn(t.store, 'buildDeferredIndexes').mockImplementation(() => {
      build();
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
    });
    const started = performance.now();
    const summary = ingestPathsAndDatasets([dir], { store: t.store });
    const wallMs = performance.now() - started;
    expect(summary.loaded).toBe(MIN_DEFERRED_LOAD + 20);
    expect(summary.elapsedMs).toBeGreaterThan(wallMs - 100);
    expect(summary.elapsedMs).toBeLessThanOrEqual(wallMs);
    // And says how much of it the build took.
    expect(summary.indexBuildMs).toBeGreaterThanOrEqual(300);
    expect(summary.indexBuildMs).toBeLessThan(summary.elapsedMs);
  });

  it('defers for a run as large as the database though none of its quarters alone is', () => {
    t = openTempStore();
    ingestPathsAndDatasets([folderOf([quarter(2000, MIN_DEFERRED_LOAD)])], { store: t.store });
    const before = indexSql(t.sqlite);
    const dir = path.join(t.dir, 'run');
    mkdirSync(dir);
    // Three quarters of half the database each: one and a half times what it holds.
    for (const year of [2011, 2012, 2013]) writeFileSync(path.join(dir, `${year}q1_form345.zip`), writeDatasetZip(quarter(year, MIN_DEFERRED_LOAD / 2)));
    const seen: number[] = [];
    expect(ingestPathsAndDatasets([dir], { store: t.store, ...watchDeferred(seen) })).toMatchObject({ loaded: 1.5 * MIN_DEFERRED_LOAD, failed: 0 });
    expect(seen).toEqual([8, 8, 8]);
    expect(indexSql(t.sqlite)).toEqual(before);
    expect(purchasesIndexed(t.sqlite)).toBe(2.5 * MIN_DEFERRED_LOAD);
  });

  it('the same zips loaded again keep every index (none dropped, none built again)', () => {
    t = openTempStore();
    const dir = folderOf([quarter(2001, MIN_DEFERRED_LOAD), quarter(2002, 20)]);
    ingestPathsAndDatasets([dir], { store: t.store });
    const before = indexes(t.sqlite);
    const seen: number[] = [];
    expect(ingestPathsAndDatasets([dir], { store: t.store, ...watchDeferred(seen) })).toMatchObject({ loaded: 0, skipped: MIN_DEFERRED_LOAD + 20, indexBuildMs: 0 });
    expect(seen).toEqual([0, 0]);
    // An index built again gets new pages: the same root pages mean none was dropped.
    expect(indexes(t.sqlite)).toEqual(before);
  });

  it('a run that dies between quarters leaves its indexes to the next open; one that throws builds them', () => {
    t = openTempStore();
    const before = indexSql(t.sqlite);
    const dir = folderOf([quarter(2001, MIN_DEFERRED_LOAD), quarter(2002, 20), quarter(2003, 20)]);
    const snapshot = path.join(t.dir, 'died.db');
    let batches = 0;
    // After the second quarter's commit: a copy of the file as a process killed there leaves it, then an error.
    const stopAfterTwo = afterCommits(() => {
      if (++batches < 2) return;
      t.sqlite.exec(`VACUUM INTO '${snapshot}'`);
      throw new Error('stopped');
    });
    expect(() => ingestPathsAndDatasets([dir], { store: t.store, ...stopAfterTwo })).toThrow('stopped');
    expect(deferredCount(t.sqlite)).toBe(0);
    expect(indexSql(t.sqlite)).toEqual(before);

    const died = openDatabase(snapshot);
    try {
      expect(deferredCount(died.sqlite)).toBe(0);
      expect(indexSql(died.sqlite)).toEqual(before);
      expect(purchasesIndexed(died.sqlite)).toBe(MIN_DEFERRED_LOAD + 20);
    } finally {
      died.sqlite.close();
    }
  });
});

describe.skipIf(!hasCorpus)('quarters from EDGAR as one load', () => {
  const datasets = fakeDatasets(quarter(2024, MIN_DEFERRED_LOAD), quarter(2026, 20));
  let fake: Awaited<ReturnType<typeof startFakeEdgar>>;
  const ws = makeWorkspace();
  beforeAll(async () => {
    fake = await startFakeEdgar({ routes: datasets.routes });
  });
  afterAll(async () => {
    await fake?.close();
    ws.remove();
  });

  it('keeps the indexes the first quarter dropped through the next and builds them at the end of the range', async () => {
    t = openTempStore();
    const before = indexSql(t.sqlite);
    const client = new EdgarClient(readEdgarConfig(edgarEnv(fake, ws, { SEC_RETRY_BASE_MS: '1', SEC_MAX_RETRIES: '1' })));
    const seen: number[] = [];
    const summary = await ingestDatasetQuarters(client, '2024q3:2026q2', t.store, watchDeferred(seen));
    expect(summary).toMatchObject({ loaded: MIN_DEFERRED_LOAD + 20 });
    // After 2024q3, after the 404 of 2025q1 (reported as 2026q2 starts), after 2026q2.
    expect(seen).toEqual([8, 8, 8]);
    expect(deferredCount(t.sqlite)).toBe(0);
    expect(indexSql(t.sqlite)).toEqual(before);
    expect(purchasesIndexed(t.sqlite)).toBe(MIN_DEFERRED_LOAD + 20);
  });
});

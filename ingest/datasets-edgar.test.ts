// `--datasets` against the loopback EDGAR look-alike: quarters found on the listing page in both
// folders EDGAR has used, a listed quarter whose zip is gone (404), a 429 that the client waits out,
// the disk cache (a zip is downloaded once), and the command line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createCoverageLog } from '../db/edgar-coverage';
import { DATASETS_LISTING_PATH } from '../lib/datasets/listing';
import { EdgarClient } from '../lib/edgar/client';
import { readEdgarConfig } from '../lib/edgar/env';
import { parseFiling } from '../lib/parser/index';
import { startCli } from '../test/support/cli';
import { seedFixture } from '../test/support/corpus';
import type { DatasetFilingInput } from '../test/support/dataset-writer';
import { openTempStore } from '../test/support/temp-db';
import { fakeDatasets, NEW_FOLDER, OLD_FOLDER } from '../test/fake-edgar/datasets';
import { hasCorpus, startFakeEdgar, type FakeEdgar } from '../test/fake-edgar/fake-edgar';
import { edgarEnv, makeWorkspace, TEST_USER_AGENT, type Workspace } from '../test/fake-edgar/harness';
import { ingestDatasetQuarters } from './datasets-edgar';

// The seed fixture (Allied Motion's real Form 4 of 2013-05-21) under made-up accessions, as filings of two quarters.
const seed = parseFiling(readFileSync(seedFixture, 'utf8'));
const filing = (accession: string, filedAt: string): DatasetFilingInput => ({ accession, filedAt, parsed: seed });
const datasets = fakeDatasets(
  [filing('0001240569-24-000001', '2024-08-01'), filing('0001240569-24-000002', '2024-09-03')],
  [filing('0001240569-26-000001', '2026-05-04')],
);
const zip2024 = datasets.quarters['2024q3'].path;
const zip2026 = datasets.quarters['2026q2'].path;

/** The latest data-set quarter noted in the database file at `file`. */
function latestQuarterIn(file: string): string | null {
  const sqlite = new Database(file, { readonly: true });
  try {
    return createCoverageLog(sqlite).getLatestQuarterLoaded();
  } finally {
    sqlite.close();
  }
}

describe.skipIf(!hasCorpus)('the SEC data sets from EDGAR', () => {
  let fake: FakeEdgar;
  const workspaces: Workspace[] = [];
  const stores: ReturnType<typeof openTempStore>[] = [];
  beforeAll(async () => {
    fake = await startFakeEdgar({ routes: datasets.routes });
  });
  afterAll(async () => {
    await fake?.close();
    workspaces.forEach((w) => w.remove());
    stores.forEach((s) => s.close());
  });
  const setup = (ws = makeWorkspace()) => {
    workspaces.push(ws);
    const store = openTempStore();
    stores.push(store);
    return { ws, store, client: new EdgarClient(readEdgarConfig(edgarEnv(fake, ws, { SEC_RETRY_BASE_MS: '1', SEC_MAX_RETRIES: '2' }))) };
  };

  it('loads the quarters of a range from both folders, naming the gone and the unlisted ones', async () => {
    fake.reset();
    const { client, store } = setup();
    const coverage = createCoverageLog(store.sqlite);
    const summary = await ingestDatasetQuarters(client, '2024q3:2026q2', store.store, { coverage });
    expect(summary).toMatchObject({ loaded: 3, failed: 6 });
    const listing = `${fake.url}${DATASETS_LISTING_PATH}`;
    expect(summary.failures).toEqual([
      ...['2024q4', '2025q2', '2025q3', '2025q4', '2026q1'].map((q) => ({ source: listing, reason: `${q} is not on the SEC's data-set listing` })),
      { source: `${fake.url}${datasets.missing.path}`, reason: `HTTP 404 Not Found (${fake.url}${datasets.missing.path})` },
    ]);
    expect(fake.requests.map((r) => r.path)).toEqual([DATASETS_LISTING_PATH, zip2024, datasets.missing.path, zip2026]);
    expect(fake.requests.every((r) => r.userAgent === TEST_USER_AGENT)).toBe(true);
    expect(zip2024.startsWith(OLD_FOLDER) && zip2026.startsWith(NEW_FOLDER)).toBe(true);
    // The quarters loaded are noted, not the one whose zip was gone.
    expect(store.sqlite.prepare('SELECT quarter, filings FROM dataset_quarters_loaded ORDER BY quarter').all()).toEqual([
      { quarter: '2024q3', filings: 2 },
      { quarter: '2026q2', filings: 1 },
    ]);
    expect(coverage.getLatestQuarterLoaded()).toBe('2026q2');
  });

  it('waits out a 429 and loads the quarter', async () => {
    fake.reset();
    fake.fault(zip2026, { status: 429, headers: { 'Retry-After': '0' } });
    const { client, store } = setup();
    const summary = await ingestDatasetQuarters(client, '2026q2', store.store);
    expect(summary).toMatchObject({ total: 1, loaded: 1, failed: 0 });
    expect(fake.requests.filter((r) => r.path === zip2026).map((r) => r.status)).toEqual([429, 200]);
  });

  it('reads a downloaded quarter with the worker thread when asked, and in this thread alone with workers: 0', async () => {
    fake.reset();
    const decoded: { byWorker: number; here: number }[] = [];
    const onDecoded = (counts: { byWorker: number; here: number }) => decoded.push(counts);
    const withWorker = await ingestDatasetQuarters(setup().client, '2024q3', setup().store.store, { workers: 1, writerHelps: false, onDecoded });
    const alone = await ingestDatasetQuarters(setup().client, '2024q3', setup().store.store, { workers: 0, onDecoded });
    expect([withWorker.loaded, alone.loaded]).toEqual([2, 2]);
    expect(decoded).toEqual([{ byWorker: 2, here: 0 }, { byWorker: 0, here: 2 }]);
  });

  it('downloads a zip once: a second run reads the cache and skips the filings stored', async () => {
    fake.reset();
    const first = setup();
    expect((await ingestDatasetQuarters(first.client, '2024q3', first.store.store)).loaded).toBe(2);
    const again = await ingestDatasetQuarters(first.client, 'all', first.store.store);
    expect(again).toMatchObject({ loaded: 1, skipped: 2, failed: 1 });
    expect(fake.count((p) => p === zip2024)).toBe(1);
  });

  it('runs from the command line, and refuses a quarter that is none', async () => {
    const ws = makeWorkspace();
    workspaces.push(ws);
    const run = (args: string[], env: Record<string, string | undefined>) => new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = startCli('ingest', args, env);
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (d) => (stdout += d));
      child.stderr!.on('data', (d) => (stderr += d));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
    const db = path.join(ws.dir, 'cli.db');
    const ok = await run(['--datasets', '2026q2', '--db', db, '--quiet'], edgarEnv(fake, ws));
    expect(ok.stdout).toContain('loaded 1, replaced 0, skipped 0, failed 0');
    expect(ok.stdout).toContain("The SEC's latest data set is 2026q2. The days since (from 2026-07-01) are in EDGAR's daily indexes: npm run ingest -- --follow reads those not read yet, then follows EDGAR (--daily 2026-07-01: reads them once)");
    expect(ok.status).toBe(0);
    // Noted in the database, for a market --follow to go on from.
    expect(latestQuarterIn(db)).toBe('2026q2');
    const older = await run(['--datasets', '2024q3', '--db', db, '--quiet'], edgarEnv(fake, ws));
    expect(older.stdout).toContain("The SEC's latest data set is 2026q2, not asked for here: npm run ingest -- --datasets 2026q2");
    expect(latestQuarterIn(db)).toBe('2026q2');
    const bad = await run(['--datasets', '2024q5', '--db', db], edgarEnv(fake, ws));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--datasets '2024q5': give a quarter (2024q3), a range (2020q1:2024q4) or all");
    const anonymous = await run(['--datasets', '2026q2', '--db', db], edgarEnv(fake, ws, { SEC_USER_AGENT: undefined }));
    expect(anonymous.status).toBe(1);
    expect(anonymous.stderr).toContain('SEC_USER_AGENT is not set');
  });
});

// The pool of worker threads (ingest/worker-pool.ts) changes where documents are read, parsed and
// compressed, never what is stored: real folders loaded with workers and without give the same
// rows, byte for byte, and the same failures, named by file.
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFilingJson } from '../db/queries/filing-json';
import { parseFiling } from '../lib/parser/index';
import { corpusFiles, hasCorpus, seedFixture, warnIfNoCorpus } from '../test/support/corpus';
import { ownershipXml } from '../test/support/ownership-xml';
import { dumpTables as dump } from '../test/support/table-dump';
import { makeTempDir, openTempStore, type TempStore } from '../test/support/temp-db';
import { ingestPaths } from './files';
import { ingestStream, type IngestInput, type IngestOutcome, type IngestPool } from './pipeline';
import { defaultWorkerCount, startIngestPool } from './worker-pool';

warnIfNoCorpus('the corpus folders loaded with and without worker threads in ingest/worker-pool.test.ts');

let dir: string;
let pool: IngestPool;
let batch: string;
beforeAll(async () => {
  dir = makeTempDir('section16-workers-');
  pool = startIngestPool(1);
  // Started before the loads, so that the worker (not this thread, while it starts) prepares them.
  await pool.whenReady();
  // A folder of real filings with bad files at both ends and in the middle (name order).
  batch = path.join(dir, 'batch');
  mkdirSync(path.join(batch, 'm'), { recursive: true });
  const seed = readFileSync(seedFixture, 'utf8');
  writeFileSync(path.join(batch, '0-truncated.xml'), seed.slice(0, Math.floor(seed.length * 0.6)));
  writeFileSync(path.join(batch, 'm', 'binary.nc'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  writeFileSync(path.join(batch, 'z-empty.xml'), '');
  copyFileSync(seedFixture, path.join(batch, 'seed.xml'));
  for (const file of [...corpusFiles('xml'), ...corpusFiles('submissions')]) symlinkSync(file, path.join(batch, 'm', path.basename(file)));
});
afterAll(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a folder loaded with worker threads and without', () => {
  let withWorkers: TempStore;
  let inThread: TempStore;
  beforeAll(() => {
    withWorkers = openTempStore();
    inThread = openTempStore();
  });
  afterAll(() => {
    withWorkers.close();
    inThread.close();
  });

  it('stores the same rows and names the same bad files, each with its reason, the rest stored', () => {
    const before = pool.stats().byWorkers;
    const pooled = ingestPaths([batch], { store: withWorkers.store, pool });
    expect(pool.stats().byWorkers - before).toBeGreaterThan(0);
    const plain = ingestPaths([batch], { store: inThread.store, workers: 0 });
    const { elapsedMs: _a, ...pooledSummary } = pooled;
    const { elapsedMs: _b, ...plainSummary } = plain;
    expect(pooledSummary).toEqual(plainSummary);
    expect(pooled.failures).toEqual([
      { source: path.join(batch, '0-truncated.xml'), reason: expect.stringMatching(/^malformed-xml: .*\(line \d+, column \d+\)$/) },
      { source: path.join(batch, 'm', 'binary.nc'), reason: expect.stringMatching(/^binary: /) },
      { source: path.join(batch, 'z-empty.xml'), reason: expect.stringMatching(/^empty: /) },
    ]);
    const stored = 1 + (hasCorpus ? corpusFiles('xml').length : 0);
    expect(pooled.loaded + pooled.replaced).toBeGreaterThanOrEqual(stored);
    expect(dump(withWorkers.sqlite)).toEqual(dump(inThread.sqlite));
  });

  it.skipIf(!hasCorpus)('gives the same JSON for every filing of the corpus', () => {
    const accessions = withWorkers.sqlite.prepare('SELECT accession FROM filings ORDER BY accession').pluck().all() as string[];
    expect(accessions.length).toBeGreaterThan(400);
    for (const accession of accessions) expect(getFilingJson(accession, withWorkers.db)).toEqual(getFilingJson(accession, inThread.db));
  });

  it('loads the folder a second time as without workers: the good files skipped (or a submission and its bare XML taking turns)', () => {
    const { elapsedMs: _a, ...pooled } = ingestPaths([batch], { store: withWorkers.store, pool });
    const { elapsedMs: _b, ...plain } = ingestPaths([batch], { store: inThread.store, workers: 0 });
    expect(pooled).toEqual(plain);
    expect(pooled).toMatchObject({ loaded: 0, failed: 3 });
    expect(pooled.skipped).toBeGreaterThan(400 * Number(hasCorpus));
    expect(dump(withWorkers.sqlite)).toEqual(dump(inThread.sqlite));
  });
});

describe('ingestStream with worker threads (the originals\' backfill)', () => {
  it('stores fetched texts prepared by the workers, in order, and names the one that does not parse', async () => {
    const t = openTempStore();
    try {
      const docs: IngestInput[] = [0, 1, 2].map((i) => ({ source: `https://edgar.example/${i}.xml`, text: ownershipXml({ shares: String(300 + i) }), accession: `0009990901-24-00040${i}` }));
      docs.splice(1, 0, { source: 'https://edgar.example/bad.xml', text: '<ownershipDocument><issuer>', accession: '0009990901-24-000409' });
      async function* fetched(): AsyncGenerator<IngestInput> {
        for (const d of docs) {
          await new Promise((resolve) => setTimeout(resolve, 5));
          yield d;
        }
      }
      const outcomes: IngestOutcome[] = [];
      const before = pool.stats().byWorkers;
      const summary = await ingestStream(t.store, fetched(), { pool, onOutcome: (o) => outcomes.push(o) });
      expect(pool.stats().byWorkers - before).toBe(4);
      expect(summary).toMatchObject({ loaded: 3, failed: 1 });
      expect(outcomes.map((o) => [o.source, o.status])).toEqual(docs.map((d) => [d.source, d.source.endsWith('bad.xml') ? 'failed' : 'loaded']));
      expect(outcomes[1]).toMatchObject({ reason: expect.stringMatching(/^malformed-xml: /), error: expect.objectContaining({ name: 'ParseError', code: 'malformed-xml' }) });
      expect(t.sqlite.prepare('SELECT count(*) FROM filing_rows').pluck().get()).toBeGreaterThan(0);
    } finally {
      t.close();
    }
  });
});


describe('a pool whose worker is behind', () => {
  it('has this thread prepare documents further on, handed over as the worker hands them: the text and the filing the same', async () => {
    // Handed few ahead (640), and the documents taken as fast as they come with nothing stored: the
    // worker falls behind at once. (With AHEAD in its hands, a worker had thousands prepared while
    // this thread handed them over, and the rest went to it as this thread took them.)
    const behind = startIngestPool(1, { ahead: 640 });
    try {
      await behind.whenReady();
      const inputs: IngestInput[] = Array.from({ length: 3000 }, (_, i) => ({
        source: `ahead-${i}.xml`, text: ownershipXml({ shares: String(1000 + i) }), accession: `0009990903-24-${String(i).padStart(6, '0')}`,
      }));
      const taken = [...{ [Symbol.iterator]: () => behind.prepareInOrder(inputs) }];
      expect(behind.stats().here).toBeGreaterThan(0);
      expect(behind.stats().byWorkers).toBeGreaterThan(0);
      taken.forEach(({ input, prepared }, i) => {
        expect(input.source).toBe(`ahead-${i}.xml`);
        expect(prepared?.text).toBe(input.text);
        expect(prepared?.parsed?.nonDerivative[0]?.shares).toBe(1000 + i);
        expect(prepared?.parsed?.ownershipXml).toBe(parseFiling(input.text!).ownershipXml);
      });
    } finally {
      await behind.close();
    }
  });
});

describe('a pool whose writer pauses, as at a batch\'s end (settling signals, committing)', () => {
  it('has its worker prepare the documents ahead meanwhile, none left for this thread to prepare', async () => {
    const inputs: IngestInput[] = Array.from({ length: 2000 }, (_, i) => ({
      source: `pause-${i}.xml`, text: ownershipXml({ shares: String(2000 + i) }), accession: `0009990904-24-${String(i).padStart(6, '0')}`,
    }));
    const before = pool.stats();
    const pending = pool.prepareInOrder(inputs);
    expect(pending.next().value?.prepared?.parsed?.nonDerivative[0]?.shares).toBe(2000);
    // Far longer than the worker takes for these (a few ms at most per hundred).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const rest = [...{ [Symbol.iterator]: () => pending }];
    expect(rest.map((p) => p.prepared?.parsed?.nonDerivative[0]?.shares)).toEqual(inputs.slice(1).map((_, i) => 2001 + i));
    expect(pool.stats().here - before.here).toBe(0);
    expect(pool.stats().byWorkers - before.byWorkers).toBe(2000);
  });
});

describe('a pool whose worker is still starting', () => {
  it('has this thread prepare each document as it is taken, then hands the rest to the worker once it is ready', async () => {
    const starting = startIngestPool(1);
    try {
      const inputs: IngestInput[] = Array.from({ length: 100 }, (_, i) => ({
        source: `doc-${i}.xml`, text: ownershipXml({ shares: String(100 + i) }), accession: `0009990902-24-${String(i).padStart(6, '0')}`,
      }));
      const pending = starting.prepareInOrder(inputs);
      // Handed on unread, the writer would take a whole parse chunk to prepare while the worker sat idle.
      const first = pending.next();
      expect(first.done).toBe(false);
      expect(first.value!.prepared?.parsed?.nonDerivative[0]?.shares).toBe(100);
      expect(starting.stats()).toMatchObject({ here: 1, byWorkers: 0 });
      await starting.whenReady();
      const rest = [...{ [Symbol.iterator]: () => pending }];
      expect(rest.map((p) => p.input.source)).toEqual(inputs.slice(1).map((i) => i.source));
      expect(rest.every((p) => p.prepared?.parsed)).toBe(true);
      expect(starting.stats().byWorkers).toBeGreaterThan(0);
    } finally {
      await starting.close();
    }
  });
});

describe('the worker threads a load starts unless told', () => {
  it('are one fewer than the cores, and none on a single core, where a worker would only take turns with the writer', () => {
    expect([1, 2, 4, 16].map((cores) => defaultWorkerCount(cores))).toEqual([0, 1, 3, 15]);
  });
});

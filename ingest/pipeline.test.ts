import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unpackDocument } from '../db/document';
import { openDatabase } from '../db/index';
import { seedFixture } from '../test/support/corpus';
import { parseFiling } from '../lib/parser/index';
import { ownershipXml, submissionText } from '../test/support/ownership-xml';
import { makeTempDir, openTempStore, type TempStore } from '../test/support/temp-db';
import { DEFAULT_BATCH_SIZE, ingestDocument, ingestDocuments, type IngestInput, type IngestOutcome, ingestStream, type IngestProgress, LIVE_INDEX_BATCH_SIZE } from './pipeline';
import { loadSampleIfEmpty, sampleFiles } from './sample';

let t: TempStore;
beforeEach(() => {
  t = openTempStore();
});
afterEach(() => t.close());

describe('ingestDocument', () => {
  it('stores a good document and reports a bad one without throwing', () => {
    expect(ingestDocument(t.store, ownershipXml(), 'mem://good', { accession: '0009990901-24-000001' }))
      .toEqual({ status: 'loaded', accession: '0009990901-24-000001', source: 'mem://good' });
    expect(ingestDocument(t.store, '<ownershipDocument><issuer>', 'mem://bad')).toMatchObject({
      status: 'failed', source: 'mem://bad', reason: expect.stringMatching(/^malformed-xml: .*line 1, column \d+/),
    });
    expect(t.store.countFilings()).toBe(1);
  });
});

describe('ingestDocuments', () => {
  it('skips a file stored before exactly as it is without parsing it again, and stores a changed one', () => {
    const xml = ownershipXml();
    const inputs = [{ source: 'mem://a', text: xml, accession: '0009990901-24-000011' }];
    expect(ingestDocuments(t.store, inputs)).toMatchObject({ loaded: 1 });
    expect(ingestDocuments(t.store, inputs)).toMatchObject({ loaded: 0, replaced: 0, skipped: 1, failed: 0 });
    const changed = ownershipXml({ shares: '999' });
    expect(ingestDocuments(t.store, [{ ...inputs[0]!, text: changed }])).toMatchObject({ replaced: 1, skipped: 0 });
    // Not parsed: a document stored as it is is skipped even where parsing it would fail (as after a
    // stricter parser); --force parses it, and reports it.
    t.store.storeFiling(parseFiling(xml), { document: 'no longer parses', accession: '0009990901-24-000012' });
    const stale = [{ source: 'mem://stale', text: 'no longer parses', accession: '0009990901-24-000012' }];
    expect(ingestDocuments(t.store, stale)).toMatchObject({ skipped: 1, failed: 0 });
    expect(ingestDocuments(t.store, stale, { force: true })).toMatchObject({ skipped: 0, failed: 1 });
  });

  it('commits in batches, reports progress after each, and keeps going past failures', () => {
    const inputs = Array.from({ length: 7 }, (_, i) => ({
      source: `mem://${i}`,
      text: i === 3 ? 'not xml at all' : ownershipXml({ shares: String(100 + i) }),
      accession: `0009990901-24-00000${i}`,
    }));
    inputs.push({ source: 'mem://unreadable', text: undefined as unknown as string, accession: null, read: () => { throw Object.assign(new Error('EACCES'), { code: 'EACCES' }); } } as never);
    const progress: IngestProgress[] = [];
    const summary = ingestDocuments(t.store, inputs, { batchSize: 3, onProgress: (p) => progress.push(p) });
    expect(progress.map((p) => p.done)).toEqual([0, 3, 6, 8]);
    expect(summary).toMatchObject({ total: 8, loaded: 6, replaced: 0, skipped: 0, failed: 2 });
    expect(summary.failures).toEqual([
      { source: 'mem://3', reason: expect.stringMatching(/^malformed-xml|^not-ownership/) },
      { source: 'mem://unreadable', reason: 'cannot read: permission denied' },
    ]);
    expect(t.store.countFilings()).toBe(6);
  });
});

describe('ingestDocuments without a batch size', () => {
  const filings = (count: number) => Array.from({ length: count }, (_, i) => ({
    source: `mem://${i}`,
    text: ownershipXml({ shares: String(100 + i) }),
    accession: `0009990903-24-${String(i).padStart(6, '0')}`,
  }));
  const batchEnds = (store: typeof t.store) => {
    const done: number[] = [];
    ingestDocuments(store, filings(DEFAULT_BATCH_SIZE + 1), { onProgress: (p) => done.push(p.done) });
    return done;
  };

  it('commits 5,000 a transaction when it defers the indexes (a load as large as the database)', () => {
    expect(batchEnds(t.store)).toEqual([0, DEFAULT_BATCH_SIZE, DEFAULT_BATCH_SIZE + 1]);
  });

  it('commits larger batches into a database larger than the load, which keeps its indexes live', () => {
    expect(LIVE_INDEX_BATCH_SIZE).toBeGreaterThan(DEFAULT_BATCH_SIZE + 1);
    const live = { ...t.store, worthDeferringIndexes: () => false };
    expect(batchEnds(live)).toEqual([0, DEFAULT_BATCH_SIZE + 1]);
  });
});

describe('ingestDocuments when the store rejects a filing', () => {
  it('keeps the rest of the batch and nothing of the rejected one', () => {
    // Stands for any write the database refuses half-way through a filing (a constraint, a trigger).
    t.sqlite.exec(`CREATE TRIGGER reject_one BEFORE INSERT ON filing_rows WHEN new.accession = '0009990901-24-000002'
      BEGIN SELECT RAISE(ABORT, 'rejected by the test trigger'); END`);
    const inputs = [0, 1, 2, 3].map((i) => ({ source: `mem://${i}`, text: ownershipXml({ shares: String(100 + i) }), accession: `0009990901-24-00000${i}` }));
    const summary = ingestDocuments(t.store, inputs, { batchSize: 10 });
    expect(summary).toMatchObject({ loaded: 3, failed: 1, failures: [{ source: 'mem://2', reason: 'rejected by the test trigger' }] });
    expect(inputs.map((i) => t.store.hasFiling(i.accession))).toEqual([true, true, false, true]);
    expect(t.sqlite.prepare("SELECT count(*) FROM filing_owners WHERE accession = '0009990901-24-000002'").pluck().get()).toBe(0);
  });
});

/** An async source whose documents come in the turns the test releases (as a network would). */
function trickle(turns: IngestInput[][], fail?: Error) {
  const opens: (() => void)[] = [];
  const gates = turns.map((_, i) => new Promise<void>((resolve) => (opens[i] = resolve)));
  async function* source(): AsyncGenerator<IngestInput> {
    for (const [i, turn] of turns.entries()) {
      await gates[i];
      yield* turn;
    }
    if (fail) throw fail;
  }
  return { source: source(), release: (turn: number) => opens[turn]!() };
}

const doc = (i: number): IngestInput => ({ source: `mem://${i}`, text: ownershipXml({ shares: String(200 + i) }), accession: `0009990901-24-00010${i}` });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('ingestStream', () => {
  it('stores what a source has handed over whenever it makes the pipeline wait, a batch at a time when documents pile up', async () => {
    const { source, release } = trickle([[doc(0), doc(1), doc(2)], [doc(3), doc(4)]]);
    const progress: number[] = [];
    const done = ingestStream(t.store, source, { batchSize: 2, onProgress: (p) => progress.push(p.done) });
    release(0);
    await settle();
    // Three arrived at once: a full batch of two, then the third alone once the source went quiet.
    expect(progress).toEqual([0, 2, 3]);
    expect(t.store.countFilings()).toBe(3);
    release(1);
    expect(await done).toMatchObject({ total: 5, loaded: 5, failed: 0 });
    expect(progress).toEqual([0, 2, 3, 5]);
  });

  it('takes EDGAR\'s filing date and acceptance time for a bare XML, and a submission\'s own header over them', async () => {
    const listed = { filedAt: '2024-03-05', acceptedAt: '2024-03-05T16:02:11' };
    const submission = submissionText({ accession: '0009990901-24-000202', filed: '20240306', accepted: '20240306170000', formType: '4', xml: ownershipXml({ shares: '7' }) });
    const { source, release } = trickle([[
      { source: 'https://edgar.example/a.xml', text: ownershipXml(), accession: '0009990901-24-000201', ...listed },
      { source: 'https://edgar.example/b.txt', text: submission, accession: '0009990901-24-000202', ...listed },
    ]]);
    release(0);
    expect(await ingestStream(t.store, source)).toMatchObject({ loaded: 2 });
    const dates = t.sqlite.prepare('SELECT accession, filed_at AS filedAt, accepted_at AS acceptedAt FROM filings ORDER BY accession').all();
    expect(dates).toEqual([
      { accession: '0009990901-24-000201', filedAt: '2024-03-05', acceptedAt: '2024-03-05T16:02:11' },
      { accession: '0009990901-24-000202', filedAt: '2024-03-06', acceptedAt: '2024-03-06T17:00:00' },
    ]);
  });

  it('stores a filing handed over already parsed as it is given, with its text as the document', async () => {
    const text = ownershipXml({ issuerName: 'As Written Inc' });
    const parsed = { ...parseFiling(text), issuer: { cik: '9990900', name: 'As Given Inc', ticker: 'GIVN' } };
    const outcomes: IngestOutcome[] = [];
    await ingestStream(t.store, [{ source: 'dataset://row/1', text, accession: '0009990901-24-000301', parsed }], { onOutcome: (o) => outcomes.push(o) });
    expect(outcomes).toEqual([{ status: 'loaded', accession: '0009990901-24-000301', source: 'dataset://row/1' }]);
    expect(t.sqlite.prepare('SELECT issuer_name FROM filings').pluck().get()).toBe('As Given Inc');
    expect(unpackDocument(t.sqlite.prepare('SELECT document FROM filings').pluck().get() as Buffer)).toBe(text);
  });

  it('names a failed document with its accession, and stores what a source handed over before it broke', async () => {
    const { source, release } = trickle([[doc(0), { source: 'https://edgar.example/bad.xml', text: '<ownershipDocument>', accession: '0009990901-24-000109' }]], new Error('listing lost'));
    release(0);
    const outcomes: IngestOutcome[] = [];
    await expect(ingestStream(t.store, source, { onOutcome: (o) => outcomes.push(o) })).rejects.toThrow('listing lost');
    expect(t.store.hasFiling('0009990901-24-000100')).toBe(true);
    expect(outcomes[1]).toMatchObject({ status: 'failed', source: 'https://edgar.example/bad.xml', accession: '0009990901-24-000109', reason: expect.stringMatching(/^malformed-xml: /) });
  });
});

describe('loadSampleIfEmpty', () => {
  it('loads the good fixtures, the seed among them, into an empty database only', () => {
    const dir = makeTempDir('section16-sample-');
    try {
      const file = path.join(dir, 'sample.db');
      const files = sampleFiles();
      expect(files).toContain(seedFixture);
      expect(files.some((f) => f.includes(`${path.sep}bad${path.sep}`))).toBe(false);
      const summary = loadSampleIfEmpty(file);
      expect(summary).toMatchObject({ loaded: files.length, failed: 0 });
      expect(loadSampleIfEmpty(file)).toBeNull();
      const { sqlite } = openDatabase(file);
      try {
        expect(sqlite.prepare('SELECT count(*) FROM filings').pluck().get()).toBe(files.length);
        const seed = sqlite.prepare('SELECT document FROM filings WHERE issuer_cik = ?').pluck().get('46129') as Buffer;
        expect(unpackDocument(seed)).toBe(readFileSync(seedFixture, 'utf8'));
      } finally {
        sqlite.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves a database that already has filings alone', () => {
    expect(ingestDocument(t.store, ownershipXml(), 'mem://one', { accession: '0009990901-24-000001' }).status).toBe('loaded');
    t.sqlite.close();
    expect(loadSampleIfEmpty(t.file)).toBeNull();
    const { sqlite } = openDatabase(t.file);
    try {
      expect(sqlite.prepare('SELECT count(*) FROM filings').pluck().get()).toBe(1);
    } finally {
      sqlite.close();
    }
  });
});

import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unpackDocument } from '../db/document';
import { openDatabase } from '../db/index';
import { seedFixture } from '../test/support/corpus';
import { parseFiling } from '../lib/parser/index';
import { ownershipXml } from '../test/support/ownership-xml';
import { makeTempDir, openTempStore, type TempStore } from '../test/support/temp-db';
import { ingestDocument, ingestDocuments, type IngestProgress } from './pipeline';
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

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../ingest/files';
import { ingestDocument } from '../ingest/pipeline';
import { loadSampleIfEmpty, sampleFiles } from '../ingest/sample';
import { parseFiling } from '../lib/parser/index';
import { fixturesDir, repoRoot } from '../test/support/corpus';
import { ownershipXml } from '../test/support/ownership-xml';
import { tempStorePerTest } from '../test/support/temp-store-helpers';
import { openDatabase } from './index';
import { holdsSampleFilings } from './queries/samples';
import { markUnmarkedSamples } from './samples';
import { createFilingStore } from './store';

// The bundled samples on a real SQLite file: marked as samples when `npm start` loads them, and
// gone, with their issuers and people, in the transaction that stores the first real filing.

const t = tempStorePerTest();

const column = (query: string, ...params: unknown[]) => t.sqlite.prepare(query).pluck().all(...params);

const SAMPLE_ISSUERS = ['ALLIED MOTION TECHNOLOGIES INC', 'Contoso Retail Group Inc', 'Example Therapeutics, Inc.', 'Fabrikam Energy Partners LP', 'Northwind Industrial Corp', 'Smith & Wesson Widgets <Holdings> Inc'];

/** The samples as `npm start` loads them, then the store reopened on the same file. */
function withSamples(): void {
  t.sqlite.close();
  expect(loadSampleIfEmpty(t.file)).toMatchObject({ loaded: 6, failed: 0 });
  const opened = openDatabase(t.file);
  Object.assign(t, opened, { store: createFilingStore(opened.sqlite) });
}

const real = (options: Parameters<typeof ownershipXml>[0] = {}, source = 'https://www.sec.gov/Archives/edgar/data/9990900/real.xml') =>
  ingestDocument(t.store, ownershipXml(options), source, { accession: '0009990901-24-000001' });

describe('the bundled samples', () => {
  it('are stored as samples, each under its fixture', () => {
    withSamples();
    expect(column('SELECT source FROM filings ORDER BY source')).toEqual([
      'sample:fixtures/form3a-amended-holdings.xml',
      'sample:fixtures/form4-equity-swap.xml',
      'sample:fixtures/form4-values-as-text.xml',
      'sample:fixtures/form4-xml-syntax-variants.xml',
      'sample:fixtures/form5a-amended-annual.xml',
      'sample:fixtures/seed-allied-motion-2013-form4.xml',
    ]);
    expect(column('SELECT name FROM issuers WHERE name IS NOT NULL ORDER BY name')).toEqual(SAMPLE_ISSUERS);
    expect(holdsSampleFilings(t.db)).toBe(true);
  });

  it('leave with their issuers and people when the first real filing is stored, which stays', () => {
    withSamples();
    expect(real().status).toBe('loaded');
    expect(column('SELECT accession FROM filings')).toEqual(['0009990901-24-000001']);
    expect(column('SELECT cik FROM issuers')).toEqual(['9990900']);
    expect(column('SELECT cik FROM owners')).toEqual(['9990901']);
    expect(column('SELECT count(*) FROM filing_owners')).toEqual([1]);
    expect(column('SELECT count(*) FROM filing_rows')).toEqual([1]);
    expect(column("SELECT issuer_cik || ' ' || owner_cik || ' ' || year FROM insider_years")).toEqual(['9990900 9990901 2024']);
    // Search finds only the real names.
    expect(column("SELECT name FROM name_search WHERE name_search MATCH 'contoso OR northwind OR federico'")).toEqual([]);
    expect(column('SELECT name FROM name_search ORDER BY name')).toEqual(['Doe Jane', 'Test Issuer Inc']);
    // Nor as a former name or ticker.
    expect(column("SELECT kind || ' ' || value FROM issuer_aliases ORDER BY kind")).toEqual(['name Test Issuer Inc', 'ticker TSTI']);
    expect(column('SELECT name FROM issuer_name_search')).toEqual(['Test Issuer Inc']);
    expect(holdsSampleFilings(t.db)).toBe(false);
  });

  it('stay when the transaction storing a real filing rolls back', () => {
    withSamples();
    expect(() => t.store.batch(() => {
      t.store.storeFiling(parseFiling(ownershipXml()), { document: ownershipXml(), source: 'real.xml', accession: '0009990901-24-000001' });
      throw new Error('killed');
    })).toThrow('killed');
    expect(column('SELECT count(*) FROM filings')).toEqual([6]);
    expect(column('SELECT name FROM issuers WHERE name IS NOT NULL ORDER BY name')).toEqual(SAMPLE_ISSUERS);
    expect(holdsSampleFilings(t.db)).toBe(true);
  });

  it('keep an issuer and a person that a real filing shares with them, under the real filing', () => {
    withSamples();
    // The real Allied Motion Form 4 of the seed, loaded by `npm run ingest` under its accession.
    const seedAsFiled = ingestPaths([path.join(fixturesDir, 'seed-allied-motion-2013-form4.xml')], { store: t.store });
    expect(seedAsFiled).toMatchObject({ loaded: 1, failed: 0 });
    expect(column('SELECT source FROM filings')).toEqual([path.join(fixturesDir, 'seed-allied-motion-2013-form4.xml')]);
    expect(column('SELECT cik || \' \' || name FROM issuers')).toEqual(['46129 ALLIED MOTION TECHNOLOGIES INC']);
    expect(column('SELECT cik || \' \' || name FROM owners')).toEqual(['1240569 Federico Richard D']);
    expect(column("SELECT kind || ' ' || name FROM name_search ORDER BY kind")).toEqual(['issuer ALLIED MOTION TECHNOLOGIES INC', 'owner Federico Richard D']);
  });

  it('leave the names of a real filing of the same issuer and person in place, on the same connection', () => {
    const sample = ownershipXml({ shares: '5' });
    expect(ingestDocument(t.store, sample, 'sample:fixtures/test.xml', { accession: '0009990901-24-000009' }).status).toBe('loaded');
    expect(real().status).toBe('loaded');
    expect(column("SELECT cik || ' ' || name FROM issuers")).toEqual(['9990900 Test Issuer Inc']);
    expect(column("SELECT cik || ' ' || name FROM owners")).toEqual(['9990901 Doe Jane']);
  });

  it('are not what `npm run ingest` makes of the same fixtures: those are real', () => {
    withSamples();
    expect(ingestPaths(sampleFiles(), { store: t.store })).toMatchObject({ loaded: 6, failed: 0 });
    expect(column("SELECT count(*) FROM filings WHERE source LIKE 'sample:%'")).toEqual([0]);
    expect(column('SELECT count(*) FROM filings')).toEqual([6]);
    expect(holdsSampleFilings(t.db)).toBe(false);
  });

  it('never take a real filing with them: more samples stored beside real filings are not possible, real ones stay', () => {
    expect(real().status).toBe('loaded');
    expect(ingestDocument(t.store, ownershipXml({ shares: '200' }), 'b.xml', { accession: '0009990901-24-000002' }).status).toBe('loaded');
    expect(column('SELECT accession FROM filings ORDER BY accession')).toEqual(['0009990901-24-000001', '0009990901-24-000002']);
    t.sqlite.close();
    expect(loadSampleIfEmpty(t.file)).toBeNull();
    const opened = openDatabase(t.file);
    try {
      expect(opened.sqlite.prepare('SELECT count(*) FROM filings').pluck().get()).toBe(2);
      expect(holdsSampleFilings(opened.db)).toBe(false);
    } finally {
      opened.sqlite.close();
    }
  });

  it('another sample stored does not sweep the samples', () => {
    withSamples();
    const text = ownershipXml({ issuerName: 'Woodgrove Bank' });
    expect(ingestDocument(t.store, text, 'sample:fixtures/woodgrove.xml', { accession: '0009990901-24-000003' }).status).toBe('loaded');
    expect(column('SELECT count(*) FROM filings')).toEqual([7]);
  });
});

describe('samples loaded before they were marked', () => {
  const byPath = () => new Map(sampleFiles().map((file) => [file, `sample:${path.relative(repoRoot, file)}`]));

  it('are marked when every filing is one of them', () => {
    expect(ingestPaths(sampleFiles(), { store: t.store })).toMatchObject({ loaded: 6 });
    expect(markUnmarkedSamples(t.sqlite, byPath())).toBe(6);
    expect(column('SELECT source FROM filings ORDER BY source')[0]).toBe('sample:fixtures/form3a-amended-holdings.xml');
    expect(holdsSampleFilings(t.db)).toBe(true);
  });

  it('are left alone beside anything else', () => {
    expect(ingestPaths(sampleFiles(), { store: t.store })).toMatchObject({ loaded: 6 });
    expect(real({ issuerCik: '0009990999' }, 'mine.xml').status).toBe('loaded');
    expect(markUnmarkedSamples(t.sqlite, byPath())).toBe(0);
    expect(column("SELECT count(*) FROM filings WHERE source LIKE 'sample:%'")).toEqual([0]);
  });
});

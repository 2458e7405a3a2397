// A bare ownership XML (no EDGAR header, so no accession: stored under an id derived from its content)
// and a data set's copy of the same filing (under its real accession) make one filing, whichever
// comes first: the original document under the real accession, with the data set's filing date.
// Never a guess: a copy that differs by more than a cent, or two candidates, leave both stored.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getFilingJson } from '../db/queries/filing-json';
import { parseFiling } from '../lib/parser/index';
import type { ParsedFiling } from '../lib/parser/types';
import { accessionFromPath } from '../db/accession';
import { corpusDir, corpusFiles, hasCorpus, warnIfNoCorpus } from '../test/support/corpus';
import { writeDatasetZip, type DatasetFilingInput } from '../test/support/dataset-writer';
import { ownershipXml } from '../test/support/ownership-xml';
import { openTempStore, type TempStore } from '../test/support/temp-db';
import { ingestDatasetZip } from './datasets';
import { ingestDocuments } from './pipeline';
import { reparseStored } from './reparse';

warnIfNoCorpus('a bare corpus XML matched with its data-set copy');

const stores: TempStore[] = [];
function freshStore(): TempStore {
  const s = openTempStore();
  stores.push(s);
  return s;
}
afterAll(() => stores.forEach((s) => s.close()));

interface StoredFiling { accession: string; origin: string; filedAt: string | null; source: string | null; daysLate: number | null; amends: string | null }
function storedFilings(s: TempStore): StoredFiling[] {
  return s.sqlite.prepare<[], StoredFiling>(
    'SELECT accession, origin, filed_at AS filedAt, source, days_late AS daysLate, amends FROM filings ORDER BY accession').all();
}
const rowsOf = (s: TempStore, accession: string) =>
  s.sqlite.prepare<[string], { filedAt: string | null; shares: number }>('SELECT filed_at AS filedAt, shares FROM filing_rows WHERE accession = ? ORDER BY "table", position').all(accession);

const loadBare = (s: TempStore, text: string, source = 'bare.xml') => ingestDocuments(s.store, [{ source, text }]);
const loadDataset = (s: TempStore, filings: DatasetFilingInput[]) => ingestDatasetZip(s.store, writeDatasetZip(filings), 'q_form345.zip');

// AAR Corp's Form 4 of 2025: prices filed to four decimals, which the data set rounds to the cent.
const AAR_FILE = path.join(corpusDir, 'xml', '4_AAR-CORP_0001127602-25-001055.xml');
const AAR_ACCESSION = '0001127602-25-001055';

describe.skipIf(!hasCorpus)('a bare corpus XML and its data-set copy (AAR Corp, prices to four decimals)', () => {
  const text = hasCorpus ? readFileSync(AAR_FILE, 'utf8') : '';
  const parsed = hasCorpus ? parseFiling(text) : (null as unknown as ParsedFiling);
  const copy: DatasetFilingInput = { parsed, accession: AAR_ACCESSION, filedAt: '2025-01-13' };

  function expectOneOriginal(s: TempStore): void {
    expect(storedFilings(s)).toMatchObject([{ accession: AAR_ACCESSION, origin: 'document', filedAt: '2025-01-13', source: 'bare.xml' }]);
    expect(s.store.holdsDocument(AAR_ACCESSION, text)).toBe(true);
    const json = getFilingJson(AAR_ACCESSION, s.db)!;
    expect(json).toMatchObject({ source: 'document', filedAt: '2025-01-13', schemaVersion: parsed.schemaVersion });
    // The numbers as filed, not as the data set rounded them.
    expect(json.nonDerivative.map((r) => r.pricePerShare)).toEqual(parsed.nonDerivative.map((r) => r.pricePerShare));
    expect(parsed.nonDerivative.some((r) => typeof r.pricePerShare === 'number' && Math.round(r.pricePerShare * 100) !== r.pricePerShare * 100)).toBe(true);
    expect(rowsOf(s, AAR_ACCESSION)).toHaveLength(parsed.nonDerivative.length + parsed.derivative.length);
    expect(rowsOf(s, AAR_ACCESSION).every((r) => r.filedAt === '2025-01-13')).toBe(true);
  }

  it('bare XML first: the data set gives it its accession and filing date, and the document stays the original', () => {
    const s = freshStore();
    expect(loadBare(s, text).loaded).toBe(1);
    expect(storedFilings(s)).toMatchObject([{ accession: expect.stringMatching(/^x[0-9a-f]{20}$/), filedAt: null }]);
    expect(loadDataset(s, [copy])).toMatchObject({ loaded: 0, replaced: 1, failed: 0 });
    expectOneOriginal(s);
    // Loaded again, either stays one filing.
    expect(loadBare(s, text)).toMatchObject({ skipped: 1 });
    expect(loadDataset(s, [copy])).toMatchObject({ skipped: 1 });
    expectOneOriginal(s);
  });

  it('data set first: the bare XML replaces the copy under its accession, keeping the filing date', () => {
    const s = freshStore();
    expect(loadDataset(s, [copy]).loaded).toBe(1);
    expect(storedFilings(s)).toMatchObject([{ accession: AAR_ACCESSION, origin: 'dataset' }]);
    expect(loadBare(s, text)).toMatchObject({ loaded: 0, replaced: 1 });
    expectOneOriginal(s);
    expect(loadBare(s, text)).toMatchObject({ skipped: 1 });
    expect(loadDataset(s, [copy])).toMatchObject({ skipped: 1 });
    expectOneOriginal(s);
  });

  it('keeps two filings when the copy differs in one share count by more than a cent', () => {
    const first = parsed.nonDerivative.findIndex((r) => typeof r.shares === 'number');
    const nonDerivative = parsed.nonDerivative.map((r, i) => (i === first ? { ...r, shares: (r.shares as number) + 0.02 } : r));
    const other: DatasetFilingInput = { ...copy, parsed: { ...parsed, nonDerivative } };
    for (const order of ['bare first', 'data set first']) {
      const s = freshStore();
      if (order === 'bare first') loadBare(s, text);
      loadDataset(s, [other]);
      if (order !== 'bare first') loadBare(s, text);
      expect(storedFilings(s).map((f) => f.origin).sort(), order).toEqual(['dataset', 'document']);
    }
  });
});

describe.skipIf(!hasCorpus)('every corpus XML loaded bare, and a data set of them all', () => {
  // Each with its latest signature date for a filing date, as it would be filed about then.
  const filings = hasCorpus ? corpusFiles('xml').flatMap((file) => {
    const accession = accessionFromPath(file);
    if (accession === null) return [];
    const text = readFileSync(file, 'utf8');
    const parsed = parseFiling(text);
    const signed = parsed.signatures.map((g) => g.date).filter((d): d is string => d !== null && /^\d{4}-\d\d-\d\d$/.test(d)).sort().at(-1);
    return [{ source: file, text, accession, parsed, filedAt: signed ?? parsed.periodOfReport! }];
  }) : [];
  const bare = () => filings.map((f) => ({ source: f.source, text: f.text }));

  function expectEachOnceAsOriginal(s: TempStore): void {
    const stored = storedFilings(s);
    expect(stored.map((f) => f.accession)).toEqual(filings.map((f) => f.accession).sort());
    expect(stored.filter((f) => f.origin !== 'document')).toEqual([]);
    expect(filings.filter((f) => !s.store.holdsDocument(f.accession, f.text)).map((f) => f.source)).toEqual([]);
  }

  it('makes one filing of each, in either order: the original under its real accession', () => {
    expect(filings.length).toBeGreaterThan(400);
    const bareFirst = freshStore();
    expect(ingestDocuments(bareFirst.store, bare()).loaded).toBe(filings.length);
    expect(loadDataset(bareFirst, filings)).toMatchObject({ replaced: filings.length, loaded: 0, failed: 0 });
    expectEachOnceAsOriginal(bareFirst);

    const datasetFirst = freshStore();
    expect(loadDataset(datasetFirst, filings).loaded).toBe(filings.length);
    expect(ingestDocuments(datasetFirst.store, bare())).toMatchObject({ replaced: filings.length, loaded: 0, failed: 0 });
    expectEachOnceAsOriginal(datasetFirst);
  });
});

// The usual small Form 4 (one director selling once): the cases the corpus has no example of.
const smallXml = ownershipXml({ shares: '100.004', price: '10.505' });
const small = parseFiling(smallXml);

describe('a bare XML and a data set with two candidates', () => {
  it('leaves a bare XML under its derived id when two copies in the data set are the same filing to the cent', () => {
    const s = freshStore();
    loadDataset(s, [
      { parsed: small, accession: '0000000001-24-000001', filedAt: '2024-03-04' },
      { parsed: small, accession: '0000000001-24-000002', filedAt: '2024-03-05' },
    ]);
    expect(loadBare(s, smallXml).loaded).toBe(1);
    expect(storedFilings(s).map((f) => [f.accession.startsWith('x') ? 'derived' : f.accession, f.origin])).toEqual([
      ['0000000001-24-000001', 'dataset'], ['0000000001-24-000002', 'dataset'], ['derived', 'document'],
    ]);
  });

  it('stores a copy as it is when two bare XMLs (differing only in a footnote) are the same filing to the cent', () => {
    const s = freshStore();
    loadBare(s, smallXml, 'a.xml');
    loadBare(s, ownershipXml({ shares: '100.004', price: '10.505', footnote: 'Another text.' }), 'b.xml');
    expect(loadDataset(s, [{ parsed: small, accession: '0000000001-24-000001', filedAt: '2024-03-04' }]).loaded).toBe(1);
    expect(storedFilings(s).map((f) => f.origin)).toEqual(['dataset', 'document', 'document']);
  });
});

describe('a candidate that another filing stored could as well be the same as', () => {
  // Two copies in the data set left a bare XML under its derived id; one of them was then deleted.
  function bareBesideOneCopy(): TempStore {
    const s = freshStore();
    loadDataset(s, [
      { parsed: small, accession: '0000000001-24-000002', filedAt: '2024-03-04' },
      { parsed: small, accession: '0000000001-24-000003', filedAt: '2024-03-05' },
    ]);
    loadBare(s, smallXml, 'a.xml');
    expect(s.store.deleteFiling('0000000001-24-000003')).toBe(true);
    return s;
  }

  it('leaves a second bare XML under its derived id when the one copy is as much the first\'s', () => {
    const s = bareBesideOneCopy();
    expect(loadBare(s, ownershipXml({ shares: '100.004', price: '10.505', footnote: 'Another text.' }), 'b.xml').loaded).toBe(1);
    expect(storedFilings(s).map((f) => f.origin)).toEqual(['dataset', 'document', 'document']);
  });

  it('stores a second copy as it is when the one bare XML is as much the first copy\'s', () => {
    const s = bareBesideOneCopy();
    expect(loadDataset(s, [{ parsed: small, accession: '0000000001-24-000001', filedAt: '2024-03-04' }]).loaded).toBe(1);
    expect(storedFilings(s).map((f) => [f.accession.startsWith('x') ? 'derived' : f.accession, f.origin])).toEqual([
      ['0000000001-24-000001', 'dataset'], ['0000000001-24-000002', 'dataset'], ['derived', 'document'],
    ]);
  });

  it('makes one filing of the pair when a re-parse finds them the only candidates for each other', () => {
    const s = bareBesideOneCopy();
    // The copy, re-parsed first (derived ids sort last), takes the bare XML in; the bare XML, listed
    // before that, is then found at its real accession and not stored a second time.
    expect(reparseStored(s.db, s.store)).toMatchObject({ replaced: 1, skipped: 1, loaded: 0, failed: 0 });
    expect(storedFilings(s)).toMatchObject([{ accession: '0000000001-24-000002', origin: 'document', filedAt: '2024-03-04', source: 'a.xml' }]);
  });
});

describe('a bare XML moved to its data-set accession', () => {
  it('takes its rows, signals and the amendment that pointed at it along', () => {
    const s = freshStore();
    loadBare(s, smallXml);
    const derived = storedFilings(s)[0]!.accession;
    expect(storedFilings(s)[0]).toMatchObject({ daysLate: null });
    const amendment = ownershipXml({ formType: '4/A', dateOfOriginalSubmission: '2024-03-04', signatureDate: '2024-03-10', shares: '120' });
    ingestDocuments(s.store, [{ source: 'amendment.xml', text: amendment, accession: '0000000001-24-000009', filedAt: '2024-03-10' }]);
    expect(storedFilings(s).find((f) => f.accession === '0000000001-24-000009')!.amends).toBe(derived);

    loadDataset(s, [{ parsed: small, accession: '0000000001-24-000001', filedAt: '2024-03-04' }]);
    expect(storedFilings(s)).toMatchObject([
      // Sold on 2024-03-01 (a Friday), filed the next Monday: within the two business days.
      { accession: '0000000001-24-000001', origin: 'document', filedAt: '2024-03-04', daysLate: 0, amends: null },
      { accession: '0000000001-24-000009', amends: '0000000001-24-000001' },
    ]);
    expect(rowsOf(s, '0000000001-24-000001')).toEqual([{ filedAt: '2024-03-04', shares: 100.004 }]);
    expect(rowsOf(s, derived)).toEqual([]);
    expect(getFilingJson('0000000001-24-000001', s.db)!.footnotes).toEqual([{ id: 'F1', text: 'Weighted average price.' }]);
  });
});

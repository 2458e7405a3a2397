// The round trip on real filings: the corpus XMLs written as an SEC data-set zip (by the test
// writer, in the readme's columns) and loaded from it give the same filing JSON, through a real
// SQLite store, as the same XMLs loaded as files, except where the data set itself holds less:
// numbers rounded to the cent, its filing date and no acceptance time or schema version, text where
// a number or date belongs, and transactions listed before holdings (its tables keep them apart);
// and it says it came from a data set. Read by a worker thread, the zip stores the same rows.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { accessionFromPath } from '../db/accession';
import { getFilingJson } from '../db/queries/filing-json';
import type { FilingJson, FilingJsonDerivativeRow, FilingJsonRow } from '../lib/domain/filing-json';
import { readDataset } from '../lib/datasets/index';
import { parseFiling } from '../lib/parser/index';
import { corpusFiles, hasCorpus, warnIfNoCorpus } from '../test/support/corpus';
import { roundToCent, writeDatasetZip, type DatasetFilingInput } from '../test/support/dataset-writer';
import { dumpTables } from '../test/support/table-dump';
import { openTempStore } from '../test/support/temp-db';
import { ingestDatasetZip } from './datasets';
import { ingestDocuments } from './pipeline';

warnIfNoCorpus('the data-set round trip');

/** The corpus XMLs whose file names carry their accession (the data set keys filings by it). */
function corpusFilings(): (DatasetFilingInput & { path: string; text: string })[] {
  return corpusFiles('xml').flatMap((file) => {
    const accession = accessionFromPath(file);
    if (accession === null) return [];
    const text = readFileSync(file, 'utf8');
    const parsed = parseFiling(text);
    // A bare XML has no filing date: its latest signature date stands in, as it would be filed about then.
    const signed = parsed.signatures.map((s) => s.date).filter((d): d is string => d !== null && /^\d{4}-\d\d-\d\d$/.test(d)).sort().at(-1);
    return [{ path: file, text, accession, parsed, filedAt: signed ?? parsed.periodOfReport! }];
  });
}

const isoOrNull = (d: string | null) => (d !== null && /^\d{4}-\d\d-\d\d$/.test(d) ? d : null);

/** The filing JSON from the XML, as the data set can carry it. */
function asInTheDataSet(json: FilingJson, filedAt: string): FilingJson {
  const numbers = <T extends FilingJsonRow>(row: T): T => {
    const shares = roundToCent(row.shares);
    const pricePerShare = roundToCent(row.pricePerShare);
    const totalValue = roundToCent(row.totalValue);
    return {
      ...row,
      transactionDate: isoOrNull(row.transactionDate),
      deemedExecutionDate: isoOrNull(row.deemedExecutionDate),
      shares, pricePerShare, totalValue,
      sharesOwnedAfter: roundToCent(row.sharesOwnedAfter),
      valueOwnedAfter: roundToCent(row.valueOwnedAfter),
      value: shares !== null && pricePerShare !== null ? Number((shares * pricePerShare).toPrecision(15)) : totalValue,
    };
  };
  const transactionsFirst = <T extends FilingJsonRow>(rows: T[]) => [...rows.filter((r) => r.kind === 'transaction'), ...rows.filter((r) => r.kind === 'holding')];
  return {
    ...json,
    source: 'dataset',
    filedAt,
    acceptedAt: null,
    schemaVersion: null,
    periodOfReport: isoOrNull(json.periodOfReport),
    dateOfOriginalSubmission: isoOrNull(json.dateOfOriginalSubmission),
    signatures: json.signatures.map((s) => ({ ...s, date: isoOrNull(s.date) })),
    nonDerivative: transactionsFirst(json.nonDerivative.map(numbers)),
    derivative: transactionsFirst(json.derivative.map((row): FilingJsonDerivativeRow => ({
      ...numbers(row),
      conversionOrExercisePrice: roundToCent(row.conversionOrExercisePrice),
      exerciseDate: isoOrNull(row.exerciseDate),
      expirationDate: isoOrNull(row.expirationDate),
      underlyingShares: roundToCent(row.underlyingShares),
      underlyingValue: roundToCent(row.underlyingValue),
    }))),
  };
}

describe.skipIf(!hasCorpus)('a data set written from the corpus XMLs', () => {
  const filings = hasCorpus ? corpusFilings() : [];
  const fromXml = openTempStore();
  const fromZip = openTempStore();
  const fromWorker = openTempStore();
  afterAll(() => {
    fromXml.close();
    fromZip.close();
    fromWorker.close();
  });

  it('has one filing per accession', () => {
    expect(filings.length).toBeGreaterThan(400);
    expect(new Set(filings.map((f) => f.accession)).size).toBe(filings.length);
  });

  it('gives every filing the JSON of its XML, to the cent', () => {
    // Each XML with the filing date its data-set row carries, so the days late are counted from the same day.
    const files = ingestDocuments(fromXml.store, filings.map((f) => ({ source: f.path, text: f.text, accession: f.accession, filedAt: f.filedAt })));
    expect(files.failures).toEqual([]);

    const zip = ingestDatasetZip(fromZip.store, writeDatasetZip(filings, { aff10b5One: true }), 'corpus_form345.zip', { workers: 0 });
    expect(zip.failures).toEqual([]);
    expect(zip.loaded).toBe(filings.length);

    const differ: string[] = [];
    for (const f of filings) {
      const expected = asInTheDataSet(getFilingJson(f.accession, fromXml.db)!, f.filedAt);
      const actual = getFilingJson(f.accession, fromZip.db);
      try {
        expect(actual).toEqual(expected);
      } catch (error) {
        differ.push(`${f.path}: ${error instanceof Error ? error.message.slice(0, 2000) : String(error)}`);
      }
    }
    expect(differ.slice(0, 3)).toEqual([]);
  });

  it('stores the same rows read by a worker thread as read in this one, every filing prepared by the worker', () => {
    let counts: { byWorker: number; here: number } | undefined;
    const zip = writeDatasetZip(filings, { aff10b5One: true });
    const summary = ingestDatasetZip(fromWorker.store, zip, 'corpus_form345.zip', { workers: 1, writerHelps: false, onDecoded: (c) => (counts = c) });
    expect(summary).toMatchObject({ loaded: filings.length, failed: 0 });
    expect(counts).toEqual({ byWorker: filings.length, here: 0 });
    expect(dumpTables(fromWorker.sqlite)).toEqual(dumpTables(fromZip.sqlite));
  });

  it('leaves aff10b5One unknown when the quarter has no AFF10B5ONE column', () => {
    const flagged = filings.filter((f) => f.parsed.aff10b5One !== null);
    expect(flagged.length).toBeGreaterThan(0);
    const entries = [...readDataset(writeDatasetZip(flagged)).entries()];
    expect(entries.map((e) => e.ok && e.parsed.aff10b5One)).toEqual(flagged.map(() => null));
  });
});

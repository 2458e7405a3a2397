// Every real filing of the corpus, stored through the ingest pipeline into a real SQLite file and
// read back: the rows the tables list, in order, as parsed; and through getFilingJson the same
// owners, rows and footnotes as the parse, and as many of each as the raw XML holds (counted by
// string matching, not by the parser).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { parseFiling } from '../lib/parser/index';
import type { ParsedFiling } from '../lib/parser/types';
import { ingestPaths, type IngestSummary } from '../ingest/pipeline';
import { corpusDir, corpusFiles, hasCorpus, warnIfNoCorpus } from '../test/support/corpus';
import { openTempStore, type TempStore } from '../test/support/temp-db';
import { rawCounts } from '../test/support/xml-counts';
import { accessionFromPath } from './accession';
import { unpackDocument } from './document';
import { rowValue } from './store';
import { getFilingJson, type FilingJson } from './queries/filing-json';

warnIfNoCorpus('db/corpus.test.ts (every corpus filing stored and read back)');

const files = [...corpusFiles('xml'), ...corpusFiles('submissions')];

describe.skipIf(!hasCorpus)('the corpus, stored and read back', () => {
  let t: TempStore;
  let summary: IngestSummary;
  const accessionOf = new Map<string, string>();

  beforeAll(() => {
    t = openTempStore();
    summary = ingestPaths([path.join(corpusDir, 'xml'), path.join(corpusDir, 'submissions')], {
      store: t.store,
      onOutcome: (outcome) => {
        if (outcome.status !== 'failed') accessionOf.set(outcome.source, outcome.accession);
      },
    });
  });
  afterAll(() => t.close());

  it('loads every file, and each submission replaces the bare XML of the same accession', () => {
    expect(files.length).toBe(451);
    expect(summary.failures).toEqual([]);
    // All 22 submissions are also in xml/ as bare XML: the submission adds the filing date.
    expect({ loaded: summary.loaded, replaced: summary.replaced, skipped: summary.skipped }).toEqual({ loaded: 429, replaced: 22, skipped: 0 });
    expect(t.store.countFilings()).toBe(429);
  });

  it('keys each file by the accession in its name, or by content when its name has none', () => {
    for (const file of files) {
      const fromName = accessionFromPath(file);
      const stored = accessionOf.get(file);
      if (fromName) expect(stored, file).toBe(fromName);
      else expect(stored, file).toMatch(/^x[0-9a-f]{20}$/);
    }
  });

  it.each(files.map((file) => [path.basename(file), file]))('%s reads back as parsed and as the XML holds', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const accession = accessionOf.get(file)!;
    const json = getFilingJson(accession, t.db)!;
    expect(json).not.toBeNull();
    const row = t.sqlite.prepare('SELECT document, source FROM filings WHERE accession = ?').get(accession) as { document: Buffer; source: string };
    const stored = { source: row.source, document: unpackDocument(row.document) };
    if (stored.source !== file) {
      // A bare XML whose submission (same accession, same filing) was loaded after it.
      expect(path.dirname(file)).toBe(path.join(corpusDir, 'xml'));
      expect(path.basename(stored.source)).toMatch(new RegExp(`^${accession}\\.(txt|nc)$`));
    } else {
      expect(stored.document).toBe(text);
    }
    expectSameFiling(json, parseFiling(stored.document));
    expectRowsStored(t.sqlite, accession, parseFiling(stored.document));

    const raw = rawCounts(text);
    expect({
      reportingOwners: json.reportingOwners.length,
      nonDerivative: json.nonDerivative.length,
      derivative: json.derivative.length,
      footnotes: json.footnotes.length,
      signatures: json.signatures.length,
    }).toEqual(raw);
  });

  it('takes the filing date of every submission, and the acceptance time of every .txt one', () => {
    for (const file of corpusFiles('submissions')) {
      const json = getFilingJson(accessionOf.get(file)!, t.db)!;
      expect(json.filedAt, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // An .nc feed file's header has no acceptance time.
      if (file.endsWith('.txt')) expect(json.acceptedAt, file).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
      else expect(json.acceptedAt, file).toBeNull();
    }
  });

  it('stores each row with its issuer and a value of shares × price', () => {
    const bad = t.sqlite.prepare(`
      SELECT count(*) AS n FROM filing_rows r JOIN filings f ON f.accession = r.accession
      WHERE r.issuer_cik <> f.issuer_cik OR r.filed_at IS NOT f.filed_at
        OR (typeof(r.shares) IN ('integer', 'real') AND typeof(r.price_per_share) IN ('integer', 'real')
            AND abs(r.value - r.shares * r.price_per_share) > 0.01 * max(1, abs(r.value)))`).get() as { n: number };
    expect(bad.n).toBe(0);
  });

  it('passes SQLite integrity and foreign key checks', () => {
    expect(t.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(t.sqlite.pragma('foreign_key_check')).toEqual([]);
  });
});

/** What the parser made of the file, in the JSON's terms. */
function expectSameFiling(json: FilingJson, parsed: ParsedFiling): void {
  expect(json.formType).toBe(parsed.formType);
  expect(json.periodOfReport).toBe(parsed.periodOfReport);
  expect(json.issuer).toEqual(parsed.issuer);
  expect(json.reportingOwners).toEqual(parsed.reportingOwners.map((o) => ({
    cik: o.cik, name: o.name, isDirector: o.isDirector, isOfficer: o.isOfficer, isTenPercentOwner: o.isTenPercentOwner,
    isOther: o.isOther, officerTitle: o.officerTitle, otherText: o.otherText, street1: o.street1, street2: o.street2,
    city: o.city, state: o.state, zipCode: o.zipCode, stateDescription: o.stateDescription,
  })));
  // Every parsed field of every row, in order (the JSON adds `value`).
  expect(json.nonDerivative.map(({ value: _value, ...row }) => row)).toEqual(parsed.nonDerivative.map((row) => ({ ...row })));
  expect(json.derivative.map(({ value: _value, ...row }) => row)).toEqual(parsed.derivative.map((row) => ({ ...row })));
  expect(json.footnotes).toEqual(parsed.footnotes);
  expect(json.signatures).toEqual(parsed.signatures);
  expect(json.remarks).toBe(parsed.remarks);
  expect(json.aff10b5One).toBe(parsed.aff10b5One);
  expect(json.notSubjectToSection16).toBe(parsed.notSubjectToSection16);
  expect(json.noSecuritiesOwned).toBe(parsed.noSecuritiesOwned);
  expect(json.schemaVersion).toBe(parsed.schemaVersion);
  expect(json.dateOfOriginalSubmission).toBe(parsed.dateOfOriginalSubmission);
}

/** The rows the issuer and person tables list: every one, in filed order, with the fields they keep as parsed. */
function expectRowsStored(sqlite: Database.Database, accession: string, parsed: ParsedFiling): void {
  const stored = sqlite.prepare(`
    SELECT "table", kind, security_title AS securityTitle, transaction_date AS transactionDate, code, shares,
      price_per_share AS pricePerShare, acquired_disposed AS acquiredDisposed, shares_owned_after AS sharesOwnedAfter,
      direct_or_indirect AS directOrIndirect, conversion_or_exercise_price AS conversionOrExercisePrice,
      underlying_title AS underlyingTitle, underlying_shares AS underlyingShares, value
    FROM filing_rows WHERE accession = ? ORDER BY "table" DESC, position`).all(accession);
  const row = (table: 'N' | 'D', r: ParsedFiling['derivative'][number] | ParsedFiling['nonDerivative'][number]) => ({
    table, kind: r.kind, securityTitle: r.securityTitle, transactionDate: r.transactionDate, code: r.code, shares: r.shares,
    pricePerShare: r.pricePerShare, acquiredDisposed: r.acquiredDisposed, sharesOwnedAfter: r.sharesOwnedAfter,
    directOrIndirect: r.directOrIndirect, conversionOrExercisePrice: 'conversionOrExercisePrice' in r ? r.conversionOrExercisePrice : null,
    underlyingTitle: 'underlyingTitle' in r ? r.underlyingTitle : null, underlyingShares: 'underlyingShares' in r ? r.underlyingShares : null,
    value: rowValue(r),
  });
  expect(stored, accession).toEqual([...parsed.nonDerivative.map((r) => row('N', r)), ...parsed.derivative.map((r) => row('D', r))]);
}

// The corpus's one 4/A (LAM RESEARCH, amounts adjusted for a ten-for-one split) against the original
// we wrote from its remark (fixtures/amendments/), both stored in a real SQLite file and read back as
// the filing page reads them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getFilingJson } from './filing-json';
import { parseFiling } from '../../lib/parser/index';
import { corpusDir, fixturesDir, hasCorpus, warnIfNoCorpus } from '../../test/support/corpus';
import { openTempStore } from '../../test/support/temp-db';
import { diffAmendment, isEmptyDiff } from '../../lib/domain/amendment-diff';

warnIfNoCorpus('lib/domain/amendment-diff.test.ts (the corpus 4/A against its original)');
const amendmentFile = path.join(corpusDir, 'xml', '4-A_LAM-RESEARCH-CORP_0000707549-25-000004.xml');
const originalFile = path.join(fixturesDir, 'amendments', 'form4-lam-research-before-split-adjustment.xml');

describe.skipIf(!hasCorpus)('what an amendment changed', () => {
  const db = openTempStore();
  afterAll(() => db.close());
  const store = (file: string, accession: string) => {
    const text = readFileSync(file, 'utf8');
    db.store.storeFiling(parseFiling(text), { document: text, source: file, accession });
  };
  store(originalFile, '0000707549-24-000101');
  store(amendmentFile, '0000707549-25-000004');
  const original = getFilingJson('0000707549-24-000101', db.db)!;
  const amendment = getFilingJson('0000707549-25-000004', db.db)!;

  it('links the two, so the pages can find the difference', () => {
    expect(amendment.amends).toBe('0000707549-24-000101');
    expect(original.amendedBy).toEqual(['0000707549-25-000004']);
  });

  it('names each changed field of each line, with the values before and after', () => {
    const diff = diffAmendment(original, amendment);
    expect(diff.rows).toEqual([
      expect.objectContaining({ change: 'changed', table: 'nonDerivative', beforeIndex: 0, afterIndex: 0, fields: [{ field: 'shares', before: 369, after: 3690 }] }),
      expect.objectContaining({
        change: 'changed',
        table: 'nonDerivative',
        beforeIndex: 1,
        afterIndex: 1,
        fields: [{ field: 'shares', before: 369, after: 3690 }, { field: 'sharesOwnedAfter', before: 3063, after: 30630 }],
      }),
    ]);
    expect(diff.unchangedRows).toBe(0);
    expect(diff.footnotes).toEqual([expect.objectContaining({ change: 'changed', key: 'F1' })]);
    expect(diff.filing).toEqual([
      { field: 'dateOfOriginalSubmission', before: null, after: '2024-11-04' },
      { field: 'remarks', before: null, after: expect.stringMatching(/^Adjusted to reflect a ten-for-one forward split/) },
    ]);
    expect(diff.owners).toEqual([]);
  });

  it('finds nothing between a filing and itself, and a line added or removed as such', () => {
    expect(isEmptyDiff(diffAmendment(original, original))).toBe(true);
    const fewer = { ...amendment, nonDerivative: amendment.nonDerivative.slice(0, 1) };
    expect(diffAmendment(amendment, fewer).rows).toEqual([expect.objectContaining({ change: 'removed', beforeIndex: 1 })]);
    expect(diffAmendment(fewer, amendment).rows).toEqual([expect.objectContaining({ change: 'added', afterIndex: 1 })]);
  });
});

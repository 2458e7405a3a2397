// getAmendmentChanges on the corpus's 4/A (LAM RESEARCH, amounts adjusted for a ten-for-one split)
// and the original we wrote from its remark, stored in a real SQLite file as the filing page reads them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFiling } from '@/lib/parser/index';
import { corpusDir, fixturesDir, hasCorpus, warnIfNoCorpus } from '@/test/support/corpus';
import { openTempStore } from '@/test/support/temp-db';
import { getAmendmentChanges } from './amendment-changes';

warnIfNoCorpus('db/queries/amendment-changes.test.ts (the corpus 4/A against its original)');

describe.skipIf(!hasCorpus)('what the corpus 4/A changed, as its page asks for it', () => {
  const db = openTempStore();
  afterAll(() => db.close());
  const store = (file: string, accession: string) => {
    const text = readFileSync(file, 'utf8');
    db.store.storeFiling(parseFiling(text), { document: text, source: file, accession });
  };

  it('is nothing before the original is stored, and nothing for a filing that amends nothing', () => {
    store(path.join(corpusDir, 'xml', '4-A_LAM-RESEARCH-CORP_0000707549-25-000004.xml'), '0000707549-25-000004');
    expect(getAmendmentChanges('0000707549-25-000004', db.db)).toBeNull();
    store(path.join(fixturesDir, 'amendments', 'form4-lam-research-before-split-adjustment.xml'), '0000707549-24-000101');
    expect(getAmendmentChanges('0000707549-24-000101', db.db)).toBeNull();
    expect(getAmendmentChanges('0000000000-00-000000', db.db)).toBeNull();
    expect(getAmendmentChanges('not an accession', db.db)).toBeNull();
  });

  it('names the original and the two lines whose shares were multiplied by ten', () => {
    const changes = getAmendmentChanges('0000707549-25-000004', db.db)!;
    expect(changes.original).toEqual({ accession: '0000707549-24-000101', formType: '4', filedAt: null });
    expect(changes.diff.rows.map((r) => (r.change === 'changed' ? r.fields : r.change))).toEqual([
      [{ field: 'shares', before: 369, after: 3690 }],
      [{ field: 'shares', before: 369, after: 3690 }, { field: 'sharesOwnedAfter', before: 3063, after: 30630 }],
    ]);
  });
});

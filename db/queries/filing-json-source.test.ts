// What a filing's page reads when the filing came from a data set: the JSON's source and days late,
// and the lines the page writes from them (components/filing/filing-notes.tsx), on the seed Form 4
// (a purchase on Tuesday 2013-05-21, due Thursday 2013-05-23) loaded from a data-set zip.
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { FilingNotes } from '../../components/filing/filing-notes';
import { ingestDatasetZip } from '../../ingest/datasets';
import { ingestDocuments } from '../../ingest/pipeline';
import { parseFiling } from '../../lib/parser/index';
import { seedFixture } from '../../test/support/corpus';
import { writeDatasetZip } from '../../test/support/dataset-writer';
import { openTempStore } from '../../test/support/temp-db';
import { getFilingJson } from './filing-json';

const seedText = readFileSync(seedFixture, 'utf8');
const seed = parseFiling(seedText);
const RULE = 'a Form 4 is due by the end of the second business day after the transaction';
// Filed on the due date; the day after; and the Tuesday after Memorial Day (Monday 2013-05-27).
const QUARTER = [
  { accession: '0001240569-13-000001', filedAt: '2013-05-23' },
  { accession: '0001240569-13-000002', filedAt: '2013-05-24' },
  { accession: '0001240569-13-000003', filedAt: '2013-05-28' },
];

describe("a data-set filing's page data", () => {
  const t = openTempStore();
  afterAll(() => t.close());
  const summary = ingestDatasetZip(t.store, writeDatasetZip(QUARTER.map((q) => ({ ...q, parsed: seed }))), '2013q2_form345.zip');
  const page = (accession: string) => renderToStaticMarkup(createElement(FilingNotes, { filing: getFilingJson(accession, t.db)! }));

  it('says where it came from and how late it was filed', () => {
    expect(summary).toMatchObject({ loaded: 3, failed: 0 });
    expect(QUARTER.map((q) => getFilingJson(q.accession, t.db))).toMatchObject([
      { source: 'dataset', acceptedAt: null, daysLate: 0 },
      { source: 'dataset', acceptedAt: null, daysLate: 1 },
      { source: 'dataset', acceptedAt: null, daysLate: 2 },
    ]);
    const onTime = page(QUARTER[0]!.accession);
    expect(onTime).toContain('Loaded from the SEC&#x27;s Insider Transactions Data Set: numbers are rounded to the cent and there is no acceptance time.');
    expect(onTime).toContain(`Filed on time (due May 23, 2013: ${RULE}).`);
    expect(page(QUARTER[1]!.accession)).toContain(`Filed 1 business day late (due May 23, 2013: ${RULE}).`);
    expect(page(QUARTER[2]!.accession)).toContain(`Filed 2 business days late (due May 23, 2013: ${RULE}).`);
  });

  it('no longer says so once its original replaces the copy', () => {
    const { accession } = QUARTER[1]!;
    const original = ingestDocuments(t.store, [{ source: `${accession}.xml`, text: seedText, accession, filedAt: '2013-05-24' }]);
    expect(original).toMatchObject({ replaced: 1, failed: 0 });
    expect(getFilingJson(accession, t.db)).toMatchObject({ source: 'document', daysLate: 1 });
    expect(page(accession)).not.toContain('Data Set');
  });
});

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FilingJson, FilingJsonRow } from '@/lib/domain/filing-json';
import { FilingNotes, latenessText } from './filing-notes';
import { FilingHeader } from './filing-header';
import { indexFootnotes } from '@/lib/domain/footnotes';

const line = (transactionDate: string, more: Partial<FilingJsonRow> = {}) =>
  ({ kind: 'transaction', transactionDate, deemedExecutionDate: null, formType: '4', ...more }) as FilingJsonRow;

const filing = (more: Partial<FilingJson>): FilingJson => ({
  accession: '0001240569-24-000001', formType: '4', periodOfReport: '2024-08-02', filedAt: '2024-08-06',
  issuer: { cik: '46129', name: 'ALLIED MOTION TECHNOLOGIES INC', ticker: 'AMOT' }, reportingOwners: [],
  nonDerivative: [line('2024-08-02')], derivative: [], footnotes: [], remarks: null, signatures: [], aff10b5One: null,
  amends: null, amendedBy: [], schemaVersion: null, dateOfOriginalSubmission: null, acceptedAt: null, issuerIndustry: null,
  notSubjectToSection16: false, noSecuritiesOwned: false, daysLate: 0, source: 'document', ...more,
});

const RULE = 'a Form 4 is due by the end of the second business day after the transaction';

describe("a filing's lateness line", () => {
  it('says a Form 4 traded on Friday and filed on Tuesday was on time, with its due date and rule', () => {
    expect(latenessText(filing({}))).toBe(`Filed on time (due August 6, 2024: ${RULE})`);
  });

  it('counts business days late from the latest due date, in the singular and the plural', () => {
    expect(latenessText(filing({ filedAt: '2024-08-07', daysLate: 1 }))).toBe(`Filed 1 business day late (due August 6, 2024: ${RULE})`);
    // Friday 2024-08-30, Labor Day on Monday: due Wednesday 2024-09-04; filed the Monday after.
    const late = filing({ filedAt: '2024-09-09', daysLate: 3, nonDerivative: [line('2024-08-30')], derivative: [line('2024-09-03') as FilingJson['derivative'][number]] });
    expect(latenessText(late)).toBe(`Filed 3 business days late (due September 4, 2024: ${RULE})`);
  });

  it('names the Form 5 rule with its due date', () => {
    expect(latenessText(filing({ formType: '5', periodOfReport: '2023-12-31', filedAt: '2024-02-16', daysLate: 2, nonDerivative: [] })))
      .toBe('Filed 2 business days late (due February 14, 2024: a Form 5 is due 45 days after the fiscal year end)');
  });

  it('says why it is not known rather than guessing', () => {
    expect(latenessText(filing({ filedAt: null, daysLate: null }))).toBe(
      'Whether it was filed on time is not known: the filing date is unknown (a bare XML without its EDGAR header)',
    );
    expect(latenessText(filing({ formType: '4/A', daysLate: null }))).toBe(
      'Whether it was filed on time is not known: an amendment is due whenever a mistake is found',
    );
  });
});

describe('the filing notes', () => {
  const notes = (more: Partial<FilingJson>, sample = false) => renderToStaticMarkup(createElement(FilingNotes, { filing: filing(more), sample }));

  it("say a data set's copy is one, with what it lacks", () => {
    expect(notes({ source: 'dataset' })).toContain(
      "Loaded from the SEC&#x27;s Insider Transactions Data Set: numbers are rounded to the cent and there is no acceptance time.",
    );
    expect(notes({ source: 'document' })).not.toContain('Data Set');
    expect(notes({ source: 'dataset' })).not.toContain('being fetched');
    expect(renderToStaticMarkup(createElement(FilingNotes, { filing: filing({ source: 'dataset' }), fetchingOriginal: true })))
      .toContain('Its original document is being fetched from SEC EDGAR: reload in a moment to see it.');
  });

  it('give the lateness, except for a made-up sample', () => {
    expect(notes({})).toContain(`Filed on time (due August 6, 2024: ${RULE}).`);
    expect(notes({}, true)).not.toContain('Filed');
  });
});

describe("the original's header", () => {
  it('links each later amendment to what it changed', () => {
    const html = renderToStaticMarkup(createElement(FilingHeader, {
      filing: filing({ amendedBy: ['0001240569-24-000009'] }), ownerNames: ['Richard D. Federico'], summary: 'A summary.', notes: indexFootnotes([]),
    }));
    expect(html).toMatch(/Later amended by <span><a[^>]*href="\/filings\/0001240569-24-000009#changes"[^>]*>0001240569-24-000009<\/a>/);
  });
});

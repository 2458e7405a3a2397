import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DatabaseCoverage } from '@/db/queries/coverage';
import { DatabaseCoverageNote } from './database-coverage';

// The home page's line on how far the database reaches (its page in Chromium: e2e/home.spec.ts).
const note = (coverage: Partial<DatabaseCoverage>, today = '2024-07-01') =>
  renderToStaticMarkup(createElement(DatabaseCoverageNote, {
    coverage: { latestFilingDate: '2024-06-28', latestDayRead: null, quarters: null, ...coverage },
    today,
  })).replace(/<[^>]+>/g, '').replaceAll('&#x27;', "'");

describe('the database coverage line', () => {
  it('says nothing of an empty database', () => {
    expect(note({ latestFilingDate: null })).toBe('');
  });

  it('names the data sets loaded and the daily indexes read, and is quiet when current', () => {
    expect(note({ quarters: { first: '2006q1', last: '2024q2', count: 74 }, latestDayRead: '2024-06-28' }))
      .toBe("This database holds filings through Jun 28, 2024 (the SEC's data sets 2006q1 to 2024q2; EDGAR's daily indexes read through Jun 28, 2024).");
    expect(note({ quarters: { first: '2024q2', last: '2024q2', count: 1 } })).toBe("This database holds filings through Jun 28, 2024 (the SEC's data set 2024q2).");
  });

  it('says how many quarters were loaded when some between the first and the last were not', () => {
    // 2006q1 to 2024q2 is 74 quarters; three loaded leave 71 out, which "2006q1 to 2024q2" alone would hide.
    expect(note({ quarters: { first: '2006q1', last: '2024q2', count: 3 } }))
      .toBe("This database holds filings through Jun 28, 2024 (the SEC's data sets: 3 of the 74 quarters 2006q1 to 2024q2).");
  });

  it('gives the command that catches up when EDGAR has been open more than a day since', () => {
    // Friday June 28 to Wednesday July 10, 2024: Jul 1, 2, 3, 5, 8, 9, 10 (not the 4th, a holiday).
    expect(note({ latestDayRead: '2024-06-28' }, '2024-07-10'))
      .toBe("This database holds filings through Jun 28, 2024 (EDGAR's daily indexes read through Jun 28, 2024). EDGAR has been open 7 days since: npm run ingest -- --follow reads them and keeps it current.");
  });
});

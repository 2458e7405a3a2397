// How far a database reaches, as the home page says it: the latest filing date, the latest daily index
// read, the data-set quarters loaded; on a real SQLite file filled through the store.
import { afterAll, describe, expect, it } from 'vitest';
import { createCoverageLog } from '@/db/edgar-coverage';
import { loadTestFilings } from '@/test/support/test-filings';
import { openTempStore } from '@/test/support/temp-db';
import { getDatabaseCoverage } from './coverage';

const t = openTempStore();
afterAll(() => t.close());

describe('getDatabaseCoverage', () => {
  it('is empty on a database that holds nothing', () => {
    expect(getDatabaseCoverage(t.db)).toEqual({ latestFilingDate: null, latestDayRead: null, quarters: null });
  });

  it('gives the latest filing date, the latest day read and the span of the quarters loaded', () => {
    // Bare XMLs: the period of report stands in for the filing date; the latest is 2024-06-10.
    loadTestFilings(t.store);
    expect(getDatabaseCoverage(t.db)).toEqual({ latestFilingDate: '2024-06-10', latestDayRead: null, quarters: null });

    const coverage = createCoverageLog(t.sqlite);
    coverage.noteQuarterLoaded('2023q4', 51_000);
    coverage.noteQuarterLoaded('2006q1', 40_000);
    coverage.noteQuarterLoaded('2024q1', 60_000);
    coverage.noteDayRead('2024-06-11', 900, new Date('2024-06-11T23:00:00Z'));
    coverage.noteDayRead('2024-06-10', 1_000, new Date('2024-06-11T22:00:00Z'));
    expect(getDatabaseCoverage(t.db)).toEqual({
      latestFilingDate: '2024-06-10',
      latestDayRead: '2024-06-11',
      quarters: { first: '2006q1', last: '2024q1', count: 3 },
    });
  });
});

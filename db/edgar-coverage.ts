// What this database holds of EDGAR's days: the daily indexes read into it (daily_indexes_read) and
// the SEC's quarterly data sets loaded into it (dataset_quarters_loaded). A market `--follow` goes on
// from the later of the two (lib/domain/catch-up.ts), so that neither a day it was not running nor the
// days since the last data set are missed.
import type Database from 'better-sqlite3';

export interface CoverageLog {
  /** `day`'s index was read through, and listed `filings` Forms 3/4/5. */
  noteDayRead(day: string, filings: number, at?: Date): void;
  /** The latest day whose index was read into this database, or null when none was. */
  getLatestDayRead(): string | null;
  /** `quarter`'s data set (`2024q3`) was loaded through, and held `filings` filings. */
  noteQuarterLoaded(quarter: string, filings: number, at?: Date): void;
  /** The latest quarter whose data set was loaded into this database, or null when none was. */
  getLatestQuarterLoaded(): string | null;
}

export function createCoverageLog(sqlite: Database.Database): CoverageLog {
  const noteDay = sqlite.prepare<[string, number, string]>(
    `INSERT INTO daily_indexes_read (day, filings, read_at) VALUES (?, ?, ?)
     ON CONFLICT (day) DO UPDATE SET filings = excluded.filings, read_at = excluded.read_at`,
  );
  const latestDay = sqlite.prepare<[], string>('SELECT max(day) FROM daily_indexes_read').pluck();
  const noteQuarter = sqlite.prepare<[string, number, string]>(
    `INSERT INTO dataset_quarters_loaded (quarter, filings, loaded_at) VALUES (?, ?, ?)
     ON CONFLICT (quarter) DO UPDATE SET filings = excluded.filings, loaded_at = excluded.loaded_at`,
  );
  // `2009q4` < `2010q1` as text: the latest is the greatest.
  const latestQuarter = sqlite.prepare<[], string>('SELECT max(quarter) FROM dataset_quarters_loaded').pluck();
  return {
    noteDayRead: (day, filings, at = new Date()) => void noteDay.run(day, filings, at.toISOString()),
    getLatestDayRead: () => latestDay.get() ?? null,
    noteQuarterLoaded: (quarter, filings, at = new Date()) => void noteQuarter.run(quarter, filings, at.toISOString()),
    getLatestQuarterLoaded: () => latestQuarter.get() ?? null,
  };
}

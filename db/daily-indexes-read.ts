// Which of EDGAR's daily indexes were read into this database (the daily_indexes_read table): the
// market's `--follow` goes on from the latest one read, so that a day it was not running is read
// when it starts again.
import type Database from 'better-sqlite3';

export interface DailyIndexLog {
  /** `day`'s index was read through, and listed `filings` Forms 3/4/5. */
  noteRead(day: string, filings: number, at?: Date): void;
  /** The latest day whose index was read into this database, or null when none was. */
  getLatestDayRead(): string | null;
}

export function createDailyIndexLog(sqlite: Database.Database): DailyIndexLog {
  const note = sqlite.prepare<[string, number, string]>(
    `INSERT INTO daily_indexes_read (day, filings, read_at) VALUES (?, ?, ?)
     ON CONFLICT (day) DO UPDATE SET filings = excluded.filings, read_at = excluded.read_at`,
  );
  const latest = sqlite.prepare<[], string>('SELECT max(day) FROM daily_indexes_read').pluck();
  return {
    noteRead: (day, filings, at = new Date()) => void note.run(day, filings, at.toISOString()),
    getLatestDayRead: () => latest.get() ?? null,
  };
}

// Where a market `--follow` starts reading EDGAR's daily indexes: from what the database already
// holds of EDGAR's days (db/edgar-coverage.ts), so that neither a day it was not running nor the days
// since the last data set loaded are missed.
import { dayAfterQuarter, quarterBefore, quarterOfDay, quartersBetween } from '../datasets/listing';
import { businessDaysLate } from './business-days';

export interface CatchUp {
  /** The days to read before polling, both included (`from` = `to`: today alone). */
  from: string;
  to: string;
  /** What `from` goes on from: the latest day read, the latest data set loaded, or nothing held (today alone). */
  after: { day: string } | { quarter: string } | null;
  /**
   * The quarters that ended between `from` and today: the SEC's data sets (where published) hold
   * them in a zip each, loaded in minutes rather than at a request a filing.
   */
  quartersEnded: string[];
}

/**
 * The days a market `--follow` on EDGAR's `today` reads first. The latest day read is read again (it
 * may have been read before its last filing); a quarter's data set holds its last day, so the day
 * after it is the first not held. Of the two, the later.
 */
export function marketCatchUp(latestDayRead: string | null, latestQuarterLoaded: string | null, today: string): CatchUp {
  const afterQuarter = latestQuarterLoaded === null ? null : dayAfterQuarter(latestQuarterLoaded);
  const fromQuarter = afterQuarter !== null && (latestDayRead === null || afterQuarter > latestDayRead);
  const from = fromQuarter ? afterQuarter : latestDayRead;
  if (from === null || from >= today) return { from: today, to: today, after: null, quartersEnded: [] };
  const first = quarterOfDay(from);
  const lastEnded = quarterBefore(quarterOfDay(today));
  return {
    from,
    to: today,
    after: fromQuarter ? { quarter: latestQuarterLoaded! } : { day: latestDayRead! },
    quartersEnded: first <= lastEnded ? quartersBetween(first, lastEnded) : [],
  };
}

/**
 * The days EDGAR was open after the latest day a database holds (its latest filing date or daily
 * index read, whichever is later) through `today`: 0 or 1 (today's filings still arriving) is
 * current; more, and a `--follow` has days to catch up.
 */
export function openDaysBehind(latestFilingDate: string | null, latestDayRead: string | null, today: string): number | null {
  const latest = [latestFilingDate, latestDayRead].filter((d): d is string => d !== null).sort().at(-1);
  return latest === undefined ? null : businessDaysLate(latest, today);
}

/** Whether `openDaysBehind`'s count means a database is behind EDGAR: one open day is today's filings still arriving. */
export function isBehindEdgar(openDays: number | null): openDays is number {
  return openDays !== null && openDays > 1;
}

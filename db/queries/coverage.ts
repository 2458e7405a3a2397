import 'server-only';
import { count, desc, max, min } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { dailyIndexesRead, datasetQuartersLoaded, filings } from '@/db/schema';

/** How far this database reaches: what the home page says of it (app/database-coverage.tsx). */
export interface DatabaseCoverage {
  /** The latest filing date stored (YYYY-MM-DD), or null when it holds none. */
  latestFilingDate: string | null;
  /** The latest day whose EDGAR daily index was read into it (YYYY-MM-DD). */
  latestDayRead: string | null;
  /** The SEC's quarterly data sets loaded into it: the first and last quarter, and how many (fewer than those between them when some were not). */
  quarters: { first: string; last: string; count: number } | null;
}

/** Three indexed reads (the latest filing date off filings_date, the two bookkeeping tables' keys). */
export function getDatabaseCoverage(db: AppDatabase = getDb()): DatabaseCoverage {
  const latest = db.select({ date: max(filings.filingDate) }).from(filings).get();
  const day = db.select({ day: dailyIndexesRead.day }).from(dailyIndexesRead).orderBy(desc(dailyIndexesRead.day)).limit(1).get();
  const q = db
    .select({ first: min(datasetQuartersLoaded.quarter), last: max(datasetQuartersLoaded.quarter), count: count() })
    .from(datasetQuartersLoaded)
    .get();
  return {
    latestFilingDate: latest?.date ?? null,
    latestDayRead: day?.day ?? null,
    quarters: q && q.count > 0 && q.first && q.last ? { first: q.first, last: q.last, count: q.count } : null,
  };
}

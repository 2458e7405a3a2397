import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { HOLDS_SAMPLES_SQL } from '@/db/samples';

/**
 * Whether the database holds the bundled sample filings. While it does, every filing, issuer and
 * person in it is made up (samples never sit beside real filings: db/samples.ts), so a page marks
 * whatever it shows as a sample and links none of it to EDGAR. One indexed read.
 */
export function holdsSampleFilings(db: AppDatabase = getDb()): boolean {
  return db.get<{ holds: number }>(sql.raw(HOLDS_SAMPLES_SQL))?.holds === 1;
}

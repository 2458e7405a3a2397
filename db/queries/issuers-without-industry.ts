import { sql } from 'drizzle-orm';
import type { AppDatabase } from '../index';

// The issuers stored without an industry (a history loaded from the SEC's data sets, which carry
// none), which `npm run ingest -- --industries` asks EDGAR about. No 'server-only': the command line reads it.

/** Their CIKs, those with the most filings first (the most seen first, should a run be stopped). */
export function listIssuersWithoutIndustry(db: AppDatabase): string[] {
  // Each one's filings counted off filings_issuer_date, once per run.
  return db
    .all<{ cik: string }>(sql`
      SELECT cik FROM issuers WHERE sic IS NULL
      ORDER BY (SELECT count(*) FROM filings WHERE issuer_cik = issuers.cik) DESC, cik`)
    .map((r) => r.cik);
}

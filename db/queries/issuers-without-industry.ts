import { sql } from 'drizzle-orm';
import type { AppDatabase } from '../index';

// The issuers none of whose stored filings carries a SIC code (a history loaded from the data sets),
// which `npm run ingest -- --industries` asks EDGAR about. No 'server-only': the command line reads it.

/** Their CIKs, those with the most filings first (the most seen first, should a run be stopped). */
export function listIssuersWithoutIndustry(db: AppDatabase): string[] {
  // filings_issuer_date per issuer: a row read for each filing without a code, once per run.
  return db
    .all<{ cik: string }>(sql`
      SELECT issuer_cik AS cik FROM filings GROUP BY issuer_cik
      HAVING max(issuer_sic) IS NULL ORDER BY count(*) DESC, issuer_cik`)
    .map((r) => r.cik);
}

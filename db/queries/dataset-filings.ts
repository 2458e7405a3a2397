import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { AppDatabase } from '../index';
import { filings } from '../schema';

// The filings stored from a data set's copy, whose originals `npm run ingest -- --originals` and the
// app's background fetch go for. No 'server-only': the command line reads them too.

export interface DatasetFilingRef {
  accession: string;
  issuerCik: string;
  formType: string;
  filedAt: string | null;
  /** The date the list is ordered by (filings.filing_date), the key of the next page. */
  filingDate: string;
}

/**
 * A page of data-set filings, newest first, filed on or after `since` and before the `after` key
 * (the last one of the previous page). The filings_date index is walked backwards, so each page
 * reads on from where the last stopped; a filing whose original is stored since is no longer one.
 */
export function listDatasetFilings(
  db: AppDatabase,
  options: { since?: string | null; after?: { filingDate: string; accession: string } | null; limit: number },
): DatasetFilingRef[] {
  const { since, after, limit } = options;
  return db
    .select({
      accession: filings.accession,
      issuerCik: filings.issuerCik,
      formType: filings.formType,
      filedAt: filings.filedAt,
      filingDate: sql<string>`${filings.filingDate}`,
    })
    .from(filings)
    .where(and(
      eq(filings.origin, 'dataset'),
      since ? gte(filings.filingDate, since) : undefined,
      after ? sql`(${filings.filingDate}, ${filings.accession}) < (${after.filingDate}, ${after.accession})` : undefined,
    ))
    .orderBy(desc(filings.filingDate), desc(filings.accession))
    .limit(limit)
    .all();
}

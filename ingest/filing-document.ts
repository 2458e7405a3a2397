import { asc, count, eq, gt } from 'drizzle-orm';
import { normalizeAccession } from '../db/accession';
import { unpackDocument } from '../db/document';
import { getDb, type AppDatabase } from '../db/index';
import { filings } from '../db/schema';

/** The original document of a stored filing, exactly as it was read (to re-parse it, or to show it), or `null`. */
export function getFilingDocument(accession: string, db: AppDatabase = getDb()): { text: string; source: string | null } | null {
  const key = normalizeAccession(accession);
  if (key === null) return null;
  const row = db.select({ document: filings.document, source: filings.source }).from(filings).where(eq(filings.accession, key)).get();
  return row ? { text: unpackDocument(row.document), source: row.source } : null;
}

/** Stored filings after `after` in accession order, `limit` at a time (the pages a re-parse walks). */
export function listStoredFilings(after: string, limit: number, db: AppDatabase = getDb()): { accession: string; source: string | null; origin: 'document' | 'dataset' }[] {
  return db
    .select({ accession: filings.accession, source: filings.source, origin: filings.origin })
    .from(filings)
    .where(gt(filings.accession, after))
    .orderBy(asc(filings.accession))
    .limit(limit)
    .all();
}

export function countStoredFilings(db: AppDatabase = getDb()): number {
  return db.select({ n: count() }).from(filings).get()?.n ?? 0;
}

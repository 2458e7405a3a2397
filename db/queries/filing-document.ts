import 'server-only';
import { eq } from 'drizzle-orm';
import { normalizeAccession } from '../accession';
import { unpackDocument } from '../document';
import { getDb, type AppDatabase } from '../index';
import { filings } from '../schema';

/** The original document of a stored filing, exactly as it was read (to re-parse it, or to show it), or `null`. */
export function getFilingDocument(accession: string, db: AppDatabase = getDb()): { text: string; source: string | null } | null {
  const key = normalizeAccession(accession);
  if (key === null) return null;
  const row = db.select({ document: filings.document, source: filings.source }).from(filings).where(eq(filings.accession, key)).get();
  return row ? { text: unpackDocument(row.document), source: row.source } : null;
}

import 'server-only';
import { inArray } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { filings } from '@/db/schema';
import { cached } from '@/db/queries/cache';
import { getStoredRows, parseStoredDocument } from '@/db/queries/filing-json-rows';
import { reportedHoldings, type ReportedHolding } from '@/lib/domain/holdings';

/**
 * What each of these filings says its owners hold (lib/domain/holdings.ts), from its Table I as filed:
 * the stored document parsed (the nature of ownership and its footnotes, which tell one fund from
 * another, are not in filing_rows). Kept until the database changes. A filing not stored is absent.
 */
export function listReportedHoldings(accessions: readonly string[], db: AppDatabase = getDb()): Map<string, ReportedHolding[]> {
  const wanted = [...new Set(accessions)].sort();
  return cached(db, `holdings:${wanted.join(',')}`, () => {
    const byAccession = new Map<string, ReportedHolding[]>();
    for (let i = 0; i < wanted.length; i += 500) {
      const documents = db
        .select({ accession: filings.accession, document: filings.document })
        .from(filings)
        .where(inArray(filings.accession, wanted.slice(i, i + 500)))
        .all();
      for (const { accession, document } of documents) {
        const parsed = parseStoredDocument(accession, document);
        byAccession.set(accession, reportedHoldings(parsed ? parsed.nonDerivative : getStoredRows(accession, db).nonDerivative));
      }
    }
    return byAccession;
  });
}

import 'server-only';
import { inArray } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { filings } from '@/db/schema';
import { cached } from '@/db/queries/cache';
import { chunks } from '@/lib/chunks';
import { getStoredRows, parseStoredDocument } from '@/db/queries/filing-json-rows';
import { reportedHoldings, runningTotals, type ReportedHolding, type TradedLine } from '@/lib/domain/holdings';

// A filing's holdings (lib/domain/holdings.ts) are read from its Table I as filed, the stored document
// parsed: the nature of ownership and its footnotes, which tell one fund from another, are not in
// filing_rows. Kept until the database changes.

/** What each of these filings says its owners hold. A filing not stored is absent. */
export function listReportedHoldings(accessions: readonly string[], db: AppDatabase = getDb()): Map<string, ReportedHolding[]> {
  return fromTableI('holdings', accessions, db, reportedHoldings);
}

/** Each of these filings' running totals of holdings after each transaction line, indexed by the line's position in Table I. */
export function listRunningTotals(accessions: readonly string[], db: AppDatabase = getDb()): Map<string, (number | null)[]> {
  return fromTableI('running-totals', accessions, db, runningTotals);
}

function fromTableI<T>(kind: string, accessions: readonly string[], db: AppDatabase, read: (rows: TradedLine[]) => T): Map<string, T> {
  const wanted = [...new Set(accessions)].sort();
  return cached(db, `${kind}:${wanted.join(',')}`, () => {
    const byAccession = new Map<string, T>();
    for (const some of chunks(wanted, 500)) {
      const documents = db
        .select({ accession: filings.accession, document: filings.document })
        .from(filings)
        .where(inArray(filings.accession, some))
        .all();
      for (const { accession, document } of documents) {
        const parsed = parseStoredDocument(accession, document);
        byAccession.set(accession, read(parsed ? parsed.nonDerivative : getStoredRows(accession, db).nonDerivative));
      }
    }
    return byAccession;
  });
}

import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { filingOwners, filings } from '@/db/schema';
import { cached } from '@/db/queries/cache';
import { isEntityName, readableName, type NameEvidence } from '@/lib/domain/names';

// A person's newest filings are evidence enough for their name's order, and reading at most this
// many keeps a page of 25 owners to a few index range scans, whoever files thousands of forms.
const EVIDENCE_FILINGS = 60;

/** The owner's names as filed and the signature lines of their newest filings (lib/domain/names.ts decides from them). */
export function getNameEvidence(cik: string, db: AppDatabase = getDb()): NameEvidence {
  const rows = db
    .select({ name: filingOwners.name, signatures: filings.signatures })
    .from(filingOwners)
    .innerJoin(filings, eq(filings.accession, filingOwners.accession))
    .where(eq(filingOwners.ownerCik, cik))
    .orderBy(desc(filingOwners.accession))
    .limit(EVIDENCE_FILINGS)
    .all();
  return {
    filed: rows.flatMap((r) => (r.name ? [r.name] : [])),
    signatures: rows.flatMap((r) => (r.signatures ?? []).map((s) => s.name).filter((s): s is string => !!s)),
  };
}

/** Readable names of owners, decided from each owner's filings: `get(cik, filedName)`. */
export interface ReadableNames {
  get(cik: string | null | undefined, filed: string | null | undefined): string;
}

type Owner = { cik: string | null | undefined; name: string | null | undefined };

const keyOf = (cik: string | null | undefined, filed: string | null | undefined) => `${cik ?? ''}\u0000${filed ?? ''}`;

/**
 * The readable name of each owner as filed (`readableName` with the owner's evidence). Evidence is
 * read only where it can change the result: entities filed in mixed case keep their name as filed.
 */
export function listReadableNames(owners: readonly Owner[], db: AppDatabase = getDb()): ReadableNames {
  const wanted = owners.filter((o) => o.cik && o.name);
  const ciks = [...new Set(wanted.map((o) => o.cik!))].sort();
  const evidence = cached(db, `name-evidence:${ciks.join(',')}`, () => {
    const byCik = new Map<string, NameEvidence>();
    for (const o of wanted) {
      if (byCik.has(o.cik!) || (isEntityName(o.name!) && o.name !== o.name!.toUpperCase())) continue;
      byCik.set(o.cik!, getNameEvidence(o.cik!, db));
    }
    return byCik;
  });
  const names = new Map<string, string>();
  // A page lists the same owner on many rows: decide each (CIK, filed name) once.
  for (const o of wanted) {
    const key = keyOf(o.cik, o.name);
    if (!names.has(key)) names.set(key, readableName(o.name, evidence.get(o.cik!)));
  }
  return {
    get: (cik, filed) => names.get(keyOf(cik, filed)) ?? readableName(filed),
  };
}

/** One owner's readable name (a person's page, a filing's owners). */
export function getReadableName(cik: string, filed: string | null, db: AppDatabase = getDb()): string {
  return listReadableNames([{ cik, name: filed }], db).get(cik, filed);
}

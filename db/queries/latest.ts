import 'server-only';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { filingOwners, filingRows, filings, issuers } from '@/db/schema';
import type { LatestFiling } from '@/db/queries/types';
import { ownerRelationshipColumns } from '@/db/owner-relationship';

type Line = {
  accession: string;
  table: 'N' | 'D';
  kind: 'transaction' | 'holding';
  code: string | null;
  acquiredDisposed: string | null;
  shares: number | string | null;
  pricePerShare: number | string | null;
  value: number | null;
  sharesOwnedAfter: number | string | null;
};

/** The filing's headline: Table I transaction lines first, then Table II, then holdings. */
function mainLine(lines: Line[]): Line | undefined {
  return (
    lines.find((l) => l.table === 'N' && l.kind === 'transaction') ??
    lines.find((l) => l.table === 'D' && l.kind === 'transaction') ??
    lines[0]
  );
}

/** Sums the lines like the main one (same table, code and direction): "sold 10,000 shares in 5 lots". */
export function summarizeLines(lines: Line[]): Pick<LatestFiling, 'kind' | 'code' | 'acquiredDisposed' | 'shares' | 'pricePerShare' | 'value' | 'otherLines'> {
  const main = mainLine(lines);
  if (!main) return { kind: null, code: null, acquiredDisposed: null, shares: null, pricePerShare: null, value: null, otherLines: 0 };
  const like = lines.filter(
    (l) => l.table === main.table && l.kind === main.kind && l.code === main.code && l.acquiredDisposed === main.acquiredDisposed,
  );
  if (like.length === 1 || main.kind === 'holding') {
    return { ...pick(main), otherLines: lines.length - 1 };
  }
  const allNumbers = like.every((l) => typeof l.shares === 'number');
  const shares = allNumbers ? like.reduce((sum, l) => sum + (l.shares as number), 0) : main.shares;
  const allPriced = allNumbers && like.every((l) => l.value !== null);
  const value = allPriced ? like.reduce((sum, l) => sum + (l.value as number), 0) : null;
  const pricePerShare = allPriced && typeof shares === 'number' && shares > 0 ? (value as number) / shares : null;
  return {
    kind: main.kind,
    code: main.code,
    acquiredDisposed: main.acquiredDisposed,
    shares: allNumbers ? shares : main.shares,
    pricePerShare,
    value,
    otherLines: lines.length - (allNumbers ? like.length : 1),
  };
}

function pick(l: Line) {
  // A holding (Form 3, or a line of holdings) has no amount of its own: show what is held.
  const shares = l.kind === 'holding' ? l.sharesOwnedAfter : l.shares;
  return { kind: l.kind, code: l.code, acquiredDisposed: l.acquiredDisposed, shares, pricePerShare: l.pricePerShare, value: l.value };
}

/** The newest filings (by filing date, or period of report where the filing date is unknown). */
export function listLatestFilings(limit = 25, db: AppDatabase = getDb()): LatestFiling[] {
  const heads = db
    .select({
      accession: filings.accession,
      formType: filings.formType,
      filedAt: filings.filingDate,
      issuerCik: filings.issuerCik,
      issuerName: sql<string | null>`coalesce(${issuers.name}, ${filings.issuerName})`,
      issuerTicker: sql<string | null>`coalesce(${issuers.ticker}, ${filings.issuerTicker})`,
    })
    .from(filings)
    .leftJoin(issuers, eq(issuers.cik, filings.issuerCik))
    .orderBy(sql`${filings.filingDate} desc nulls last`, sql`${filings.accession} desc`)
    .limit(Math.max(1, Math.min(limit, 200)))
    .all();
  if (heads.length === 0) return [];
  const accessions = heads.map((h) => h.accession);

  const ownerRows = db
    .select({
      accession: filingOwners.accession,
      ownerCik: filingOwners.ownerCik,
      name: filingOwners.name,
      ...ownerRelationshipColumns,
    })
    .from(filingOwners)
    .where(inArray(filingOwners.accession, accessions))
    .orderBy(asc(filingOwners.accession), asc(filingOwners.position))
    .all();
  const lines = db
    .select({
      accession: filingRows.accession,
      table: filingRows.table,
      kind: filingRows.kind,
      code: filingRows.code,
      acquiredDisposed: filingRows.acquiredDisposed,
      shares: filingRows.shares,
      pricePerShare: filingRows.pricePerShare,
      value: filingRows.value,
      sharesOwnedAfter: filingRows.sharesOwnedAfter,
    })
    .from(filingRows)
    .where(inArray(filingRows.accession, accessions))
    .orderBy(asc(filingRows.accession), sql`${filingRows.table} desc`, asc(filingRows.position))
    .all();

  return heads.map((head) => {
    const owners = ownerRows.filter((o) => o.accession === head.accession);
    const first = owners[0];
    return {
      ...head,
      ownerCik: first?.ownerCik ?? null,
      ownerName: first?.name ?? null,
      ownerCount: owners.length,
      isDirector: !!first?.isDirector,
      isOfficer: !!first?.isOfficer,
      isTenPercentOwner: !!first?.isTenPercentOwner,
      isOther: !!first?.isOther,
      officerTitle: first?.officerTitle ?? null,
      otherText: first?.otherText ?? null,
      ...summarizeLines(lines.filter((l) => l.accession === head.accession)),
    };
  });
}

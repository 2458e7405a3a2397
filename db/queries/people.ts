import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { filingOwners, filingRows, filings, issuers, owners } from '@/db/schema';
import { statesLaterHolding, type HeldLine } from '@/lib/domain/holdings';
import { cached } from '@/db/queries/cache';
import { filingStatsColumns, toFilingStats } from '@/db/queries/filing-stats';
import type { FiledNumber, PersonIssuer, PersonSummary } from '@/db/queries/types';

export function getPersonByCik(cik: string, db: AppDatabase = getDb()): PersonSummary | null {
  const owner = db.select({ cik: owners.cik, name: owners.name }).from(owners).where(eq(owners.cik, cik)).get();
  if (!owner) return null;
  // Joins every filing of the person (thousands for a fund): kept until the next ingest.
  const stats = cached(db, `person-stats:${cik}`, () =>
    db
      .select(filingStatsColumns())
      .from(filingOwners)
      .innerJoin(filings, eq(filings.accession, filingOwners.accession))
      .where(eq(filingOwners.ownerCik, cik))
      .get());
  return {
    ...owner,
    ...toFilingStats(stats),
  };
}

/** Each issuer the person reported at, with the roles on their latest filing there; newest first. */
export function listPersonIssuers(cik: string, db: AppDatabase = getDb()): PersonIssuer[] {
  return cached(db, `person-issuers:${cik}`, () => computePersonIssuers(cik, db));
}

function computePersonIssuers(cik: string, db: AppDatabase): PersonIssuer[] {
  const ranked = db
    .select({
      cik: sql<string>`${filings.issuerCik}`.as('issuer_cik'),
      isDirector: sql<number>`${filingOwners.isDirector}`.as('is_director'),
      isOfficer: sql<number>`${filingOwners.isOfficer}`.as('is_officer'),
      isTenPercentOwner: sql<number>`${filingOwners.isTenPercentOwner}`.as('is_ten_percent_owner'),
      isOther: sql<number>`${filingOwners.isOther}`.as('is_other'),
      officerTitle: sql<string | null>`${filingOwners.officerTitle}`.as('officer_title'),
      otherText: sql<string | null>`${filingOwners.otherText}`.as('other_text'),
      lastFiledAt: sql<string | null>`${filings.filingDate}`.as('last_filed_at'),
      rank: sql<number>`row_number() over (partition by ${filings.issuerCik} order by ${filings.filingDate} desc nulls last, ${filings.accession} desc)`.as('rank'),
      filings: sql<number>`count(*) over (partition by ${filings.issuerCik})`.as('filing_count'),
    })
    .from(filingOwners)
    .innerJoin(filings, eq(filings.accession, filingOwners.accession))
    .where(eq(filingOwners.ownerCik, cik))
    .as('ranked');
  return db
    .select({
      cik: ranked.cik,
      name: issuers.name,
      ticker: issuers.ticker,
      isDirector: ranked.isDirector,
      isOfficer: ranked.isOfficer,
      isTenPercentOwner: ranked.isTenPercentOwner,
      isOther: ranked.isOther,
      officerTitle: ranked.officerTitle,
      otherText: ranked.otherText,
      lastFiledAt: ranked.lastFiledAt,
      filings: ranked.filings,
    })
    .from(ranked)
    .leftJoin(issuers, eq(issuers.cik, ranked.cik))
    .where(eq(ranked.rank, 1))
    .orderBy(sql`${ranked.lastFiledAt} desc nulls last`, sql`${issuers.name} collate nocase`)
    .all()
    .map((row) => ({
      ...row,
      isDirector: !!row.isDirector,
      isOfficer: !!row.isOfficer,
      isTenPercentOwner: !!row.isTenPercentOwner,
      isOther: !!row.isOther,
      filings: Number(row.filings),
    }));
}

/** The line of the person's filings at an issuer that says what they hold there (`statesLaterHolding`), and its security. */
export type PersonHeldLine = HeldLine & { securityTitle: string | null; sharesOwnedAfter: FiledNumber };

/**
 * For each issuer the person reported at, their latest Table I line with an amount owned after, as
 * the issuer page's insiders list picks it: its filing reports what they hold there.
 */
export function listPersonHeldLines(cik: string, db: AppDatabase = getDb()): Map<string, PersonHeldLine> {
  return cached(db, `person-held:${cik}`, () => {
    const lines = db
      .select({
        issuerCik: filingRows.issuerCik,
        accession: filingRows.accession,
        filedAt: filings.filingDate,
        transactionDate: filingRows.transactionDate,
        position: filingRows.position,
        di: filingRows.directOrIndirect,
        securityTitle: filingRows.securityTitle,
        sharesOwnedAfter: filingRows.sharesOwnedAfter,
      })
      .from(filingOwners)
      .innerJoin(filings, eq(filings.accession, filingOwners.accession))
      .innerJoin(filingRows, and(eq(filingRows.accession, filingOwners.accession), eq(filingRows.table, 'N')))
      .where(and(eq(filingOwners.ownerCik, cik), sql`${filingRows.sharesOwnedAfter} is not null`))
      .all();
    const held = new Map<string, PersonHeldLine>();
    for (const { issuerCik, ...line } of lines) {
      const known = held.get(issuerCik);
      if (!known || statesLaterHolding(line, known)) held.set(issuerCik, line);
    }
    return held;
  });
}

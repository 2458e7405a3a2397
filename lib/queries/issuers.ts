import 'server-only';
import { and, count, eq, inArray, max, min, sql } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { filingOwners, filingRows, filings, issuers } from '@/db/schema';
import { cached } from '@/lib/queries/cache';
import type { BuySellSummary, BuySellWindow, Insider, IssuerSummary, TradeTotals } from '@/lib/queries/types';

/**
 * The date a filing stands at: its filing date, or (for a bare XML loaded without its submission
 * header) its period of report, which a Form 4 is filed within two business days of.
 */
export const filingDate = sql<string | null>`coalesce(${filings.filedAt}, ${filings.periodOfReport})`;

export function getIssuerByCik(cik: string, db: AppDatabase = getDb()): IssuerSummary | null {
  const issuer = db
    .select({ cik: issuers.cik, name: issuers.name, ticker: issuers.ticker })
    .from(issuers)
    .where(eq(issuers.cik, cik))
    .get();
  if (!issuer) return null;
  // A range of filings_issuer_date: counted in the index, first and last read off its ends.
  const stats = cached(db, `issuer-stats:${cik}`, () =>
    db
      .select({ filings: count(), first: min(filingDate), last: max(filingDate) })
      .from(filings)
      .where(eq(filings.issuerCik, cik))
      .get());
  return {
    ...issuer,
    filings: stats?.filings ?? 0,
    firstFiledAt: stats?.first ?? null,
    lastFiledAt: stats?.last ?? null,
  };
}

/** The issuer filing under a ticker, any case; when a ticker was reused, the one named most recently. */
export function getIssuerByTicker(symbol: string, db: AppDatabase = getDb()): { cik: string; ticker: string | null } | null {
  const ticker = symbol.trim();
  if (!ticker || ticker.length > 16) return null;
  return (
    db
      .select({ cik: issuers.cik, ticker: issuers.ticker })
      .from(issuers)
      .where(sql`${issuers.ticker} = ${ticker} collate nocase`)
      .orderBy(sql`${issuers.namedAt} desc nulls last`, issuers.cik)
      .limit(1)
      .get() ?? null
  );
}

/**
 * Everyone who reported at the issuer: roles and name from their latest filing there, and the shares
 * held after their latest reported Table I line (a direct holding preferred when a filing has both).
 */
export function listIssuerInsiders(cik: string, db: AppDatabase = getDb()): Insider[] {
  // Reads every filing and Table I line of the issuer: kept until the next ingest.
  return cached(db, `insiders:${cik}`, () => computeIssuerInsiders(cik, db));
}

function computeIssuerInsiders(cik: string, db: AppDatabase): Insider[] {
  const ranked = db
    .select({
      cik: sql<string>`${filingOwners.ownerCik}`.as('cik'),
      name: sql<string | null>`${filingOwners.name}`.as('name'),
      isDirector: sql<number>`${filingOwners.isDirector}`.as('is_director'),
      isOfficer: sql<number>`${filingOwners.isOfficer}`.as('is_officer'),
      isTenPercentOwner: sql<number>`${filingOwners.isTenPercentOwner}`.as('is_ten_percent_owner'),
      isOther: sql<number>`${filingOwners.isOther}`.as('is_other'),
      officerTitle: sql<string | null>`${filingOwners.officerTitle}`.as('officer_title'),
      otherText: sql<string | null>`${filingOwners.otherText}`.as('other_text'),
      lastAccession: sql<string>`${filings.accession}`.as('last_accession'),
      lastFiledAt: sql<string | null>`${filingDate}`.as('last_filed_at'),
      rank: sql<number>`row_number() over (partition by ${filingOwners.ownerCik} order by ${filingDate} desc nulls last, ${filings.accession} desc)`.as('rank'),
      filings: sql<number>`count(*) over (partition by ${filingOwners.ownerCik})`.as('filing_count'),
    })
    .from(filings)
    .innerJoin(filingOwners, eq(filingOwners.accession, filings.accession))
    .where(eq(filings.issuerCik, cik))
    .as('ranked');
  const latest = db
    .select({
      cik: ranked.cik,
      name: ranked.name,
      isDirector: ranked.isDirector,
      isOfficer: ranked.isOfficer,
      isTenPercentOwner: ranked.isTenPercentOwner,
      isOther: ranked.isOther,
      officerTitle: ranked.officerTitle,
      otherText: ranked.otherText,
      lastAccession: ranked.lastAccession,
      lastFiledAt: ranked.lastFiledAt,
      filings: ranked.filings,
    })
    .from(ranked)
    .where(eq(ranked.rank, 1))
    .orderBy(sql`${ranked.lastFiledAt} desc nulls last`, sql`${ranked.name} collate nocase`)
    .all();

  const held = db
    .select({
      cik: sql<string>`${filingOwners.ownerCik}`.as('cik'),
      shares: sql<number | string | null>`${filingRows.sharesOwnedAfter}`.as('shares'),
      di: sql<string | null>`${filingRows.directOrIndirect}`.as('di'),
      security: sql<string | null>`${filingRows.securityTitle}`.as('security'),
      rank: sql<number>`row_number() over (partition by ${filingOwners.ownerCik} order by ${filingDate} desc nulls last, ${filingRows.transactionDate} desc nulls last, ${filingRows.accession} desc, (${filingRows.directOrIndirect} = 'D') desc, ${filingRows.position} desc)`.as('rank'),
    })
    .from(filingRows)
    .innerJoin(filings, eq(filings.accession, filingRows.accession))
    .innerJoin(filingOwners, eq(filingOwners.accession, filingRows.accession))
    .where(and(eq(filingRows.issuerCik, cik), eq(filingRows.table, 'N'), sql`${filingRows.sharesOwnedAfter} is not null`))
    .as('held');
  const holdings = new Map(
    db
      .select({ cik: held.cik, shares: held.shares, di: held.di, security: held.security })
      .from(held)
      .where(eq(held.rank, 1))
      .all()
      .map((h) => [h.cik, h]),
  );

  return latest.map((row) => {
    const h = holdings.get(row.cik);
    return {
      ...row,
      isDirector: !!row.isDirector,
      isOfficer: !!row.isOfficer,
      isTenPercentOwner: !!row.isTenPercentOwner,
      isOther: !!row.isOther,
      filings: Number(row.filings),
      sharesHeld: h?.shares ?? null,
      heldDirectOrIndirect: h?.di ?? null,
      heldSecurity: h?.security ?? null,
    };
  });
}

const WINDOWS = [3, 6, 12] as const;

function monthsBefore(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Open-market buying (code P) against selling (code S) over the 3, 6 and 12 months up to the issuer's
 * latest filing in the data: an archive's "now" is its newest filing, not today.
 */
export function getIssuerBuySellSummary(cik: string, db: AppDatabase = getDb()): BuySellSummary {
  return cached(db, `buy-sell:${cik}`, () => computeBuySellSummary(cik, db));
}

function computeBuySellSummary(cik: string, db: AppDatabase): BuySellSummary {
  const anchorRow = db
    .select({ anchor: max(filingDate) })
    .from(filings)
    .where(eq(filings.issuerCik, cik))
    .get();
  const anchor = anchorRow?.anchor ?? null;
  if (!anchor || !/^\d{4}-\d{2}-\d{2}/.test(anchor)) return { anchor: null, windows: [] };
  const end = anchor.slice(0, 10);
  const windows: BuySellWindow[] = WINDOWS.map((months) => {
    const since = monthsBefore(end, months);
    const inWindow = and(
      eq(filingRows.issuerCik, cik),
      inArray(filingRows.code, ['P', 'S']),
      eq(filingRows.kind, 'transaction'),
      sql`${filingRows.transactionDate} between ${since} and ${end}`,
    );
    const lines = db
      .select({
        code: filingRows.code,
        count: count(),
        shares: sql<number | null>`sum(case when typeof(${filingRows.shares}) in ('integer', 'real') then ${filingRows.shares} end)`,
        value: sql<number | null>`sum(${filingRows.value})`,
      })
      .from(filingRows)
      .where(inWindow)
      .groupBy(filingRows.code)
      .all();
    // Counted apart from the sums: joining owners repeats a joint filing's lines once per owner.
    const people = db
      .select({ code: filingRows.code, insiders: sql<number>`count(distinct ${filingOwners.ownerCik})` })
      .from(filingRows)
      .innerJoin(filingOwners, eq(filingOwners.accession, filingRows.accession))
      .where(inWindow)
      .groupBy(filingRows.code)
      .all();
    const totals = (code: 'P' | 'S'): TradeTotals => {
      const l = lines.find((r) => r.code === code);
      return {
        count: l?.count ?? 0,
        shares: l?.shares ?? 0,
        value: l?.value ?? 0,
        insiders: people.find((r) => r.code === code)?.insiders ?? 0,
      };
    };
    return { months, since, buys: totals('P'), sells: totals('S') };
  });
  return { anchor: end, windows };
}


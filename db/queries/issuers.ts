import 'server-only';
// An issuer's header: who it is, its filings' count, first and last dates, and the share filed late. Its insiders
// (insiders.ts) and buy/sell totals (buy-sell.ts) live beside it.
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { filings, issuers } from '@/db/schema';
import { cached } from '@/db/queries/cache';
import { filingStatsColumns, toFilingStats } from '@/db/queries/filing-stats';
import type { IssuerSummary } from '@/db/queries/types';
import type { Industry } from '@/lib/domain/industry';

export function getIssuerByCik(cik: string, db: AppDatabase = getDb()): IssuerSummary | null {
  const issuer = db
    .select({ cik: issuers.cik, name: issuers.name, ticker: issuers.ticker })
    .from(issuers)
    .where(eq(issuers.cik, cik))
    .get();
  if (!issuer) return null;
  // A range of filings_issuer_date (the share filed late reads each filing's row).
  const stats = cached(db, `issuer-stats:${cik}`, () =>
    db
      .select(filingStatsColumns())
      .from(filings)
      .where(eq(filings.issuerCik, cik))
      .get());
  return {
    ...issuer,
    industry: cached(db, `issuer-industry:${cik}`, () => getIssuerIndustry(cik, db)),
    ...toFilingStats(stats),
  };
}

/**
 * The issuer's SIC code as its latest filing that carries one gives it (EDGAR's record can change);
 * null when none does (bare XMLs and data sets' copies, until the issuer is loaded from EDGAR).
 */
function getIssuerIndustry(cik: string, db: AppDatabase): Industry | null {
  // filings_issuer_date, newest first, to the first filing with a code.
  const row = db
    .select({ sic: filings.issuerSic, title: filings.issuerSicTitle })
    .from(filings)
    .where(and(eq(filings.issuerCik, cik), isNotNull(filings.issuerSic)))
    .orderBy(desc(filings.filingDate))
    .limit(1)
    .get();
  return row?.sic ? { sic: row.sic, title: row.title } : null;
}

/** The issuer filing under a ticker, any case; when a ticker was reused, the one with the newest filing. */
export function getIssuerByTicker(symbol: string, db: AppDatabase = getDb()): { cik: string; ticker: string | null } | null {
  const ticker = symbol.trim();
  if (!ticker || ticker.length > 16) return null;
  return (
    db
      .select({ cik: issuers.cik, ticker: issuers.ticker })
      .from(issuers)
      .where(sql`${issuers.ticker} = ${ticker} collate nocase`)
      .orderBy(sql`(select max(${filings.filingDate}) from ${filings} where ${filings.issuerCik} = ${issuers.cik}) desc nulls last`, issuers.cik)
      .limit(1)
      .get() ?? null
  );
}

/** A SIC code with its title as any stored filing gives it (EDGAR's titles do not vary); null when no filing names the code. */
export function getIndustryByCode(sic: string, db: AppDatabase = getDb()): Industry | null {
  if (!/^\d{4}$/.test(sic)) return null;
  // filings_issuer_sic's range for the code: the first filing with a title will do.
  const row = db
    .select({ title: filings.issuerSicTitle })
    .from(filings)
    .where(and(eq(filings.issuerSic, sic), isNotNull(filings.issuerSicTitle)))
    .limit(1)
    .get();
  if (row) return { sic, title: row.title };
  const known = db.select({ sic: filings.issuerSic }).from(filings).where(eq(filings.issuerSic, sic)).limit(1).get();
  return known ? { sic, title: null } : null;
}

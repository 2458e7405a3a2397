import 'server-only';
// An issuer's header: who it is, its filings' count, first and last dates, and the share filed late. Its insiders
// (insiders.ts) and buy/sell totals (buy-sell.ts) live beside it.
import { eq, sql } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { filings, issuers } from '@/db/schema';
import { cached } from '@/db/queries/cache';
import { filingStatsColumns, toFilingStats } from '@/db/queries/filing-stats';
import type { IssuerSummary } from '@/db/queries/types';
import type { Industry } from '@/lib/domain/industry';

export function getIssuerByCik(cik: string, db: AppDatabase = getDb()): IssuerSummary | null {
  const issuer = db
    .select({ cik: issuers.cik, name: issuers.name, ticker: issuers.ticker, sic: issuers.sic, sicTitle: issuers.sicTitle })
    .from(issuers)
    .where(eq(issuers.cik, cik))
    .get();
  if (!issuer) return null;
  const { sic, sicTitle, ...named } = issuer;
  // A range of filings_issuer_date (the share filed late reads each filing's row).
  const stats = cached(db, `issuer-stats:${cik}`, () =>
    db
      .select(filingStatsColumns())
      .from(filings)
      .where(eq(filings.issuerCik, cik))
      .get());
  return {
    ...named,
    industry: sic === null ? null : { sic, title: sicTitle },
    ...toFilingStats(stats),
  };
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

/** A SIC code with its title as any issuer's gives it (EDGAR's titles do not vary); null when no issuer has the code. */
export function getIndustryByCode(sic: string, db: AppDatabase = getDb()): Industry | null {
  if (!/^\d{4}$/.test(sic)) return null;
  // issuers_sic's range for the code: an issuer with a title first.
  const row = db
    .select({ title: issuers.sicTitle })
    .from(issuers)
    .where(eq(issuers.sic, sic))
    .orderBy(sql`${issuers.sicTitle} is null`)
    .limit(1)
    .get();
  return row ? { sic, title: row.title } : null;
}

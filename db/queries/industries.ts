import 'server-only';
// Open-market buying and selling across the market, by the issuer's industry (issuers.sic, its SIC
// code as EDGAR last gave it), over the filters of a screener view (a window of filing dates): /industries.
import { and, eq, sql } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { filingRows, issuers } from '@/db/schema';
import { cached } from '@/db/queries/cache';
import { isUnflaggedSql } from '@/db/queries/signals';
import { IS_TRANSACTION, resolveIssuerCik, tradeConditions } from '@/db/queries/trades-sql';
import type { Industry } from '@/lib/domain/industry';
import { filterKey } from '@/db/queries/trades';
import type { TradeParams } from '@/lib/trade-params';

/** One side's lines (codes P or S), flagged values left out as from every total. */
export type SideTotals = { trades: number; issuers: number; value: number };

export type IndustryActivity = {
  /** Null: lines of issuers with no code (known only from bare XMLs or data sets' copies). */
  industry: Industry | null;
  buys: SideTotals;
  sells: SideTotals;
};

/**
 * Each industry's open-market purchases and sales (Table I, codes P and S, as amended) among the
 * view's lines, the industries with the most bought first, lines without a code last.
 */
export function listIndustryActivity(params: TradeParams, options: { today?: string; db?: AppDatabase } = {}): IndustryActivity[] {
  const db = options.db ?? getDb();
  const p: TradeParams = { ...params, codes: ['P', 'S'], derivative: 'exclude', pattern: null, late: false };
  return cached(db, `industries:${filterKey(p, options.today)}`, () => computeActivity(db, p, options.today));
}

function computeActivity(db: AppDatabase, p: TradeParams, today: string | undefined): IndustryActivity[] {
  const issuerCik = resolveIssuerCik(p, db);
  if (issuerCik === null) return [];
  const counted = isUnflaggedSql(filingRows.flags);
  const lines = db
    .select({
      sic: issuers.sic,
      title: sql<string | null>`max(${issuers.sicTitle})`,
      code: filingRows.code,
      trades: sql<number>`count(*) filter (where ${counted})`,
      issuers: sql<number>`count(distinct ${filingRows.issuerCik}) filter (where ${counted})`,
      value: sql<number | null>`sum(${filingRows.value}) filter (where ${counted})`,
    })
    .from(filingRows)
    .leftJoin(issuers, eq(issuers.cik, filingRows.issuerCik))
    .where(and(IS_TRANSACTION, ...tradeConditions(db, p, issuerCik, today)))
    .groupBy(issuers.sic, filingRows.code)
    .all();
  const bySic = new Map<string | null, IndustryActivity>();
  const empty = (): SideTotals => ({ trades: 0, issuers: 0, value: 0 });
  for (const l of lines) {
    const entry = bySic.get(l.sic) ?? { industry: l.sic === null ? null : { sic: l.sic, title: l.title }, buys: empty(), sells: empty() };
    if (entry.industry && !entry.industry.title && l.title) entry.industry = { sic: entry.industry.sic, title: l.title };
    entry[l.code === 'P' ? 'buys' : 'sells'] = { trades: l.trades, issuers: l.issuers, value: l.value ?? 0 };
    bySic.set(l.sic, entry);
  }
  return [...bySic.values()].sort((a, b) =>
    Number(a.industry === null) - Number(b.industry === null) || b.buys.value - a.buys.value || b.sells.value - a.sells.value
    || (a.industry?.sic ?? '').localeCompare(b.industry?.sic ?? ''));
}

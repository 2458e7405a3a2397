import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { filingRows } from '@/db/schema';
import { cached } from '@/db/queries/cache';
import { isUnflaggedSql } from '@/db/queries/signals';

/** Months charted on an issuer's page, up to its latest month with a trade. */
export const MAX_TRADE_MONTHS = 120;

/** One calendar month of open-market trades at an issuer (flagged lines left out of the sums). */
export type MonthlyTrades = {
  /** YYYY-MM. */
  month: string;
  purchases: number;
  purchaseValue: number;
  sales: number;
  saleValue: number;
};

export type IssuerMonthlyTrades = {
  /** Months with a purchase or sale, oldest first, within the latest MAX_TRADE_MONTHS months. */
  months: MonthlyTrades[];
  /** First and last month charted (YYYY-MM); null when there is no trade. */
  from: string | null;
  to: string | null;
  /** P and S lines left out of the sums because a value is suspect (filing_rows.flags). */
  flagged: number;
};

/**
 * Open-market purchases (P) and sales (S) of Table I by calendar month of the transaction date,
 * by dollar value: one range of filing_rows_issuer_view, which holds every column read here.
 */
export function getIssuerMonthlyTrades(issuerCik: string, db: AppDatabase = getDb()): IssuerMonthlyTrades {
  return cached(db, `monthly-trades:${issuerCik}`, () => computeMonthlyTrades(issuerCik, db));
}

function computeMonthlyTrades(issuerCik: string, db: AppDatabase): IssuerMonthlyTrades {
  const counted = isUnflaggedSql(filingRows.flags);
  const month = sql<string>`substr(${filingRows.transactionDate}, 1, 7)`;
  const rows = db
    .select({
      month,
      purchases: sql<number>`count(*) filter (where ${filingRows.code} = 'P' and ${counted})`,
      purchaseValue: sql<number>`coalesce(sum(${filingRows.value}) filter (where ${filingRows.code} = 'P' and ${counted}), 0)`,
      sales: sql<number>`count(*) filter (where ${filingRows.code} = 'S' and ${counted})`,
      saleValue: sql<number>`coalesce(sum(${filingRows.value}) filter (where ${filingRows.code} = 'S' and ${counted}), 0)`,
      flagged: sql<number>`count(*) filter (where not ${counted})`,
    })
    .from(filingRows)
    .where(and(
      eq(filingRows.issuerCik, issuerCik),
      sql`${filingRows.transactionDate} glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-*' and substr(${filingRows.transactionDate}, 6, 2) between '01' and '12'`,
      sql`${filingRows.code} in ('P', 'S')`,
      eq(filingRows.kind, 'transaction'),
      eq(filingRows.table, 'N'),
    ))
    .groupBy(month)
    .orderBy(month)
    .all();
  if (rows.length === 0) return { months: [], from: null, to: null, flagged: 0 };
  const to = rows[rows.length - 1]!.month;
  const from = monthsBefore(to, MAX_TRADE_MONTHS - 1);
  const shown = rows.filter((r) => r.month >= from);
  const first = shown[0]?.month ?? to;
  return {
    months: shown.filter((r) => r.purchases + r.sales > 0).map(({ flagged: _, ...m }) => m),
    from: first,
    to,
    flagged: shown.reduce((n, r) => n + r.flagged, 0),
  };
}

/** The month `n` months before `month` (YYYY-MM). */
function monthsBefore(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

import 'server-only';
import { addDays, format, parseISO, subMonths } from 'date-fns';
import { and, eq, inArray, max, sql } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { filingOwners, filingRows, filings } from '@/db/schema';
import { cached } from '@/db/queries/cache';
import { isUnflaggedSql } from '@/db/queries/signals';
import type { BuySellSummary, BuySellWindow, TradeTotals } from '@/db/queries/types';

const WINDOWS = [3, 6, 12] as const;

/**
 * The first day of the `months` months ending on `end` (YYYY-MM-DD): the day after the same day
 * `months` earlier, a month end kept a month end (31 May → 1 March, not 3 March).
 */
function windowStart(end: string, months: number): string {
  return format(addDays(subMonths(parseISO(end), months), 1), 'yyyy-MM-dd');
}

/**
 * Open-market buying (code P) against selling (code S), flagged lines left out (and counted), over the 3, 6 and 12 months up to the issuer's
 * latest filing in the data: an archive's "now" is its newest filing, not today.
 */
export function getIssuerBuySellSummary(cik: string, db: AppDatabase = getDb()): BuySellSummary {
  return cached(db, `buy-sell:${cik}`, () => computeBuySellSummary(cik, db));
}

function computeBuySellSummary(cik: string, db: AppDatabase): BuySellSummary {
  const anchorRow = db
    .select({ anchor: max(filings.filingDate) })
    .from(filings)
    .where(eq(filings.issuerCik, cik))
    .get();
  const anchor = anchorRow?.anchor ?? null;
  if (!anchor || !/^\d{4}-\d{2}-\d{2}/.test(anchor)) return { anchor: null, windows: [] };
  const end = anchor.slice(0, 10);
  const windows: BuySellWindow[] = WINDOWS.map((months) => {
    const since = windowStart(end, months);
    const inWindow = and(
      eq(filingRows.issuerCik, cik),
      inArray(filingRows.code, ['P', 'S']),
      eq(filingRows.kind, 'transaction'),
      sql`${filingRows.transactionDate} between ${since} and ${end}`,
    );
    // Flagged lines (suspect values) are left out of the totals and counted apart.
    const counted = isUnflaggedSql(filingRows.flags);
    const lines = db
      .select({
        code: filingRows.code,
        count: sql<number>`count(*) filter (where ${counted})`,
        flagged: sql<number>`count(*) filter (where not ${counted})`,
        shares: sql<number | null>`sum(case when typeof(${filingRows.shares}) in ('integer', 'real') then ${filingRows.shares} end) filter (where ${counted})`,
        value: sql<number | null>`sum(${filingRows.value}) filter (where ${counted})`,
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
      .where(and(inWindow, counted))
      .groupBy(filingRows.code)
      .all();
    const totals = (code: 'P' | 'S'): TradeTotals => {
      const l = lines.find((r) => r.code === code);
      return {
        count: l?.count ?? 0,
        flagged: l?.flagged ?? 0,
        shares: l?.shares ?? 0,
        value: l?.value ?? 0,
        insiders: people.find((r) => r.code === code)?.insiders ?? 0,
      };
    };
    return { months, since, buys: totals('P'), sells: totals('S') };
  });
  return { anchor: end, windows };
}

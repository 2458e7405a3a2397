import 'server-only';
import { and, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { AppDatabase } from '@/db';
import { filingRows } from '@/db/schema';
import { cached, clientOf } from '@/db/queries/cache';
import { filedFromOf, filedToOf } from '@/lib/filing-window';
import type { TradeParams, TradeSortKey } from '@/lib/trade-params';

// The screener's indexes by an amount are keyed first by the filing's year (db/schema.ts
// yearSortedIndex: a load's new lines then share their year's leaves). A view in one of those orders
// is read a year at a time, one SELECT a year joined by UNION ALL under one ORDER BY: SQLite merges
// the years' ordered reads (each off its part of the index) and stops at the page's last row, as
// one read of one index would. So a page costs what it did, plus a row or so of each year.

/** The sorts by an amount: read off an index by year. */
const YEAR_SORTS: ReadonlySet<TradeSortKey> = new Set(['value', 'ownChange', 'price', 'shares']);

/**
 * Whether a view sorted by an amount is read a year at a time: not when it asks for one issuer's or
 * one owner's rows, which their own indexes find (a few thousand at most) and SQLite then sorts.
 */
export function readsByYear(p: Pick<TradeParams, 'sort' | 'owner' | 'issuer'>): boolean {
  return YEAR_SORTS.has(p.sort) && p.owner === null && p.issuer === null;
}

type YearSpan = { first: string | null; last: string | null; undated: boolean };

/** The first and last years filings were filed in, and whether any transaction has no filing date. */
function yearSpan(db: AppDatabase): YearSpan {
  return cached(db, 'trades:year-span', () => {
    const sqlite = clientOf(db);
    // Each off one end of filing_rows_market (filed_at first; NULL sorts first).
    const end = (dir: 'asc' | 'desc') => sqlite.prepare(
      `SELECT substr(filed_at, 1, 4) FROM filing_rows WHERE kind = 'transaction' AND filed_at IS NOT NULL ORDER BY filed_at ${dir} LIMIT 1`,
    ).pluck().get() as string | undefined;
    const undated = sqlite.prepare("SELECT 1 FROM filing_rows WHERE kind = 'transaction' AND filed_at IS NULL LIMIT 1").pluck().get() === 1;
    return { first: end('asc') ?? null, last: end('desc') ?? null, undated };
  });
}

/**
 * The filing years a view's rows can be in, newest first; null stands for lines without a filing
 * date (bare XML), read only when the view bounds no filing date.
 */
export function filedYears(db: AppDatabase, p: Pick<TradeParams, 'filedFrom' | 'filedTo' | 'days'>, today?: string): (string | null)[] {
  const span = yearSpan(db);
  const from = filedFromOf(p, today);
  const to = filedToOf(p, today);
  const years: (string | null)[] = [];
  if (span.first !== null && span.last !== null) {
    const first = Math.max(Number(span.first), from === null ? -Infinity : Number(from.slice(0, 4)));
    const last = Math.min(Number(span.last), to === null ? Infinity : Number(to.slice(0, 4)));
    for (let year = last; year >= first; year--) years.push(String(year).padStart(4, '0'));
  }
  if (span.undated && from === null && to === null) years.push(null);
  return years;
}

/** A line of the year (filed_year, as the index holds it), or of no filing date. */
function yearIs(year: string | null): SQL {
  return year === null ? sql`${filingRows.filedYear} is null` : sql`${filingRows.filedYear} = ${year}`;
}

/** One term of a view's ORDER BY (trades-order.ts orderTerms). */
export type OrderTerm = { column: SQL | AnyColumn; dir: 'asc' | 'desc'; nullsLast?: boolean };

/** Each term's column, named (sort_0, sort_1, ...), for each year's SELECT: what the merged order reads. */
export function orderColumns(terms: readonly OrderTerm[]): Record<string, SQL.Aliased> {
  return Object.fromEntries(terms.map((t, i) => [`sort_${i}`, sql`${t.column}`.as(`sort_${i}`)]));
}

/**
 * `select` (a SELECT whose columns include orderColumns(terms)) run for each year, its condition
 * added, as one UNION ALL ordered by those terms, from row `offset` on, `limit` rows (null: all).
 */
export function unionOfYears(years: (string | null)[], select: (year: SQL) => SQL, terms: readonly OrderTerm[], limit: number | null, offset = 0): SQL {
  const arms = years.length ? years.map((y) => select(yearIs(y))) : [select(sql`0`)];
  // Terms named by orderColumns: a compound's ORDER BY reads its result columns.
  const order = terms.map((t, i) => sql.raw(`sort_${i} ${t.dir}${t.nullsLast ? ' nulls last' : ''}`));
  const page = limit === null ? sql`` : sql` limit ${limit} offset ${offset}`;
  return sql`${sql.join(arms, sql` union all `)} order by ${sql.join(order, sql`, `)}${page}`;
}

/** Rows of the view counted up to `cap` off the years' ranges of its own index (a minimum change in holding). */
export function countByYear(db: AppDatabase, years: (string | null)[], where: SQL, cap: number): number {
  if (years.length === 0) return 0;
  const arms = years.map((y) => sql`select 1 from ${filingRows} where ${and(where, yearIs(y))}`);
  const row = db.get<{ n: number }>(sql`select count(*) as n from (${sql.join(arms, sql` union all `)} limit ${cap})`);
  return row.n;
}

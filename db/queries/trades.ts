import 'server-only';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias, SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { getDb, type AppDatabase } from '@/db';
import { streamRows, type RowStream } from '@/db/queries/stream-rows';
import { filingOwners, filingRows, filings, issuers } from '@/db/schema';
import { cached } from '@/db/queries/cache';
import type { OwnerBox, TradePage, TradeRow } from '@/lib/domain/market-rows';
import { lineValues } from '@/lib/domain/line-values';
import { ownershipPercent } from '@/lib/domain/values';
import {
  IS_PURCHASE, IS_TRANSACTION, ownerHasRole, ownershipChangePct, resolveIssuerCik, tradeConditions, type TradeFilter,
} from '@/db/queries/trades-sql';
import { RANKING_SORTS, type TradeParams } from '@/lib/trade-params';
import { countByYear, filedYears, orderColumns, readsByYear, unionOfYears } from '@/db/queries/trades-by-year';
import { orderBy, orderTerms, PURCHASES_NEWEST_FIRST } from '@/db/queries/trades-order';
import { isLateSql, isUnflaggedSql, patternMonthsSql, patternSql, toRowSignals, type PatternColumns } from '@/db/queries/signals';

export type { TradePage, TradeRow };

/**
 * Rows counted for a page's total: beyond it the total reads "10,000 or more" (`totalIsCapped`).
 * Counting every sale in a million filings would read millions of rows per request; a page never
 * needs more than this to page through, and the CSV has every row.
 */
export const TOTAL_CAP = 10_000;

export type TradeOptions = {
  db?: AppDatabase;
  /** The day a `days` window ends (YYYY-MM-DD, UTC); today by default. */
  today?: string;
};

const fo = alias(filingOwners, 'fo');
const dialect = new SQLiteSyncDialect();

// A ranking by amount (RANKING_SORTS) leaves flagged lines out of the view (the table says so)
// rather than putting them last: it is read in order off an index that has no flags.

/** The position of the owner shown on each row (see TradeRow.owner). */
function shownPosition(db: AppDatabase, p: Pick<TradeParams, 'owner' | 'roles'>): SQL {
  const position = p.owner
    ? sql`(select min(so.position) from filing_owners so where so.accession = ${filingRows.accession} and so.owner_cik = ${p.owner})`
    : p.roles.length
      ? sql`(select min(so.position) from filing_owners so where so.accession = ${filingRows.accession} and ${ownerHasRole(db, 'so', p.roles)})`
      : sql`0`;
  return sql`coalesce(${position}, 0)`;
}

function shownOwner(db: AppDatabase, p: Pick<TradeParams, 'owner' | 'roles'>): SQL {
  return and(eq(fo.accession, filingRows.accession), sql`${fo.position} = ${shownPosition(db, p)}`)!;
}

/** The pattern's columns for a row, its owner the one shown (joined as `fo`, or looked up where not joined). */
function patternColumns(ownerCik: SQL | typeof fo.ownerCik): PatternColumns {
  return { issuerCik: filingRows.issuerCik, ownerCik, transactionDate: filingRows.transactionDate, code: filingRows.code, kind: filingRows.kind };
}

/** The row's trading pattern is the view's (the owner shown on the row, TradeRow.owner, looked up: the page's ids are found without the owner join). */
function patternIs(db: AppDatabase, p: TradeParams & { pattern: string }): SQL {
  const owner = sql`(select po.owner_cik from filing_owners po where po.accession = ${filingRows.accession} and po.position = ${shownPosition(db, p)})`;
  return sql`${patternSql(patternColumns(owner))} = ${p.pattern}`;
}

/** The view's conditions on filing_rows, or null when it can match nothing (an unknown ticker). */
function whereOf(p: TradeParams, db: AppDatabase, today?: string): SQL | null {
  const issuerCik = resolveIssuerCik(p, db);
  return issuerCik === null ? null : conditionsOf(p, db, issuerCik, today);
}

/**
 * The view's conditions for an issuer already resolved (a ticker found, or none asked). `page`: the
 * page's read rather than the count's; `withPattern`: false leaves the pattern out.
 */
function conditionsOf(p: TradeParams, db: AppDatabase, issuerCik: string | undefined, today?: string, page = false, withPattern = true): SQL {
  const signals: SQL[] = [];
  if (p.late) signals.push(isLateSql(filingRows.daysLate));
  if (RANKING_SORTS.has(p.sort)) signals.push(isUnflaggedSql(filingRows.flags));
  if (p.pattern && withPattern) signals.push(patternIs(db, { ...p, pattern: p.pattern }));
  const conditions = tradeConditions(db, p as TradeFilter, issuerCik, today, { page, datesChecked: p.sort !== 'date' });
  return and(IS_TRANSACTION, ...conditions, ...signals)!;
}

// Raw values (sql fields, no drizzle mapping) so that a page and the CSV's raw iteration read alike.
const selection = {
  id: sql<number>`${filingRows.id}`,
  accession: sql<string>`${filingRows.accession}`,
  formType: sql<string>`${filings.formType}`,
  filedAt: sql<string | null>`${filingRows.filedAt}`,
  transactionDate: sql<string | null>`${filingRows.transactionDate}`,
  issuerCik: sql<string>`${filingRows.issuerCik}`,
  issuerTicker: sql<string | null>`coalesce(${issuers.ticker}, ${filings.issuerTicker})`,
  issuerName: sql<string | null>`coalesce(${issuers.name}, ${filings.issuerName})`,
  issuerSic: sql<string | null>`${issuers.sic}`,
  ownerCik: sql<string | null>`${fo.ownerCik}`,
  ownerName: sql<string | null>`${fo.name}`,
  isDirector: sql<number | null>`${fo.isDirector}`,
  isOfficer: sql<number | null>`${fo.isOfficer}`,
  isTenPercentOwner: sql<number | null>`${fo.isTenPercentOwner}`,
  isOther: sql<number | null>`${fo.isOther}`,
  officerTitle: sql<string | null>`${fo.officerTitle}`,
  otherText: sql<string | null>`${fo.otherText}`,
  ownerCount: sql<number>`(select count(*) from filing_owners oc where oc.accession = ${filingRows.accession})`,
  securityTitle: sql<string | null>`${filingRows.securityTitle}`,
  code: sql<string | null>`${filingRows.code}`,
  acquiredDisposed: sql<string | null>`${filingRows.acquiredDisposed}`,
  shares: sql<number | string | null>`${filingRows.shares}`,
  pricePerShare: sql<number | string | null>`${filingRows.pricePerShare}`,
  value: sql<number | null>`${filingRows.value}`,
  sharesOwnedAfter: sql<number | string | null>`${filingRows.sharesOwnedAfter}`,
  ownershipChangePct,
  directOrIndirect: sql<string | null>`${filingRows.directOrIndirect}`,
  table: sql<'N' | 'D'>`${filingRows.table}`,
  aff10b5One: sql<number | null>`${filings.aff10b5One}`,
  amends: sql<string | null>`${filings.amends}`,
  pattern: patternSql(patternColumns(fo.ownerCik)) as SQL<string | null>,
  patternMonths: patternMonthsSql(patternColumns(fo.ownerCik)),
  daysLate: sql<number | null>`${filingRows.daysLate}`,
  flags: sql<string | null>`${filingRows.flags}`,
};
type Raw = { [K in keyof typeof selection]: (typeof selection)[K]['_']['type'] };
const SELECTED_KEYS = Object.keys(selection) as (keyof Raw)[];

function toTradeRow(r: Raw): TradeRow {
  const roles: OwnerBox[] = [];
  if (r.isDirector) roles.push('director');
  if (r.isOfficer) roles.push('officer');
  if (r.isTenPercentOwner) roles.push('tenPercentOwner');
  if (r.isOther) roles.push('other');
  return {
    id: r.id,
    accession: r.accession,
    formType: r.formType,
    filedAt: r.filedAt,
    ...lineValues(r),
    issuer: { cik: r.issuerCik, ticker: r.issuerTicker, name: r.issuerName, sic: r.issuerSic },
    owner: r.ownerCik === null ? null : { cik: r.ownerCik, name: r.ownerName, roles, officerTitle: r.officerTitle, otherText: r.otherText },
    ownerCount: Number(r.ownerCount),
    ownershipChangePct: ownershipPercent(r.ownershipChangePct),
    isDerivative: r.table === 'D',
    aff10b5One: r.aff10b5One === null ? null : r.aff10b5One === 1,
    amends: r.amends,
    ...toRowSignals(r),
  };
}

/** `extra`: columns after the selection's (a CSV reads only the selection's, by position). */
function fullQuery(db: AppDatabase, p: TradeParams, where: SQL, extra: Record<string, SQL.Aliased> = {}) {
  return db
    .select({ ...selection, ...extra })
    .from(filingRows)
    .innerJoin(filings, eq(filings.accession, filingRows.accession))
    .leftJoin(issuers, eq(issuers.cik, filingRows.issuerCik))
    .leftJoin(fo, shownOwner(db, p))
    .where(where)
    .$dynamic();
}

/**
 * A view with a filter that has an index of its own (a range of changes in holding, an owner's,
 * an issuer's or an industry's, or some officers' filings): few of its rows are among the newest, so its count is
 * left to SQLite to start where they are. A price bound or a pattern would lead that choice astray
 * (a range of prices read row by row): those views, like the rest, count in the market order.
 */
function countsFromOwnIndex(p: TradeParams): boolean {
  const driven = p.minOwnChange !== null || p.owner !== null || p.issuer !== null || p.sic !== null || p.roles.length > 0;
  return driven && p.minPrice === null && p.maxPrice === null && p.pattern === null;
}

/**
 * Rows a pattern's count looks at, newest first: each row's pattern is two lookups (its
 * owner, their prior years), and a pattern a few percent of rows have would read hundreds of
 * thousands of rows before the cap. Beyond them the total reads "N+": what was found, or more.
 */
export const PATTERN_COUNT_WALK = 50_000;

type Count = { n: number; capped: boolean };

/** A view counted off the years' ranges of filing_rows_own_change: one a minimum change in holding alone drives. */
function countsByYear(p: TradeParams): boolean {
  return countsFromOwnIndex(p) && p.minOwnChange !== null && p.owner === null && p.issuer === null && p.roles.length === 0;
}

function countTrades(db: AppDatabase, p: TradeParams, where: SQL, today?: string): Count {
  if (countsByYear(p)) {
    const n = countByYear(db, filedYears(db, p, today), where, TOTAL_CAP + 1);
    return { n: Math.min(n, TOTAL_CAP), capped: n > TOTAL_CAP };
  }
  // In the index's order: SQLite then counts off filing_rows_market (the filters' columns are in
  // it) rather than reading every row of the table, and stops at the cap.
  const base = db.select({ one: sql`1` }).from(filingRows).where(where).$dynamic();
  const inner = (countsFromOwnIndex(p) ? base : base.orderBy(...orderBy({ sort: 'filed', dir: 'desc' }))).limit(TOTAL_CAP + 1);
  const n = db.select({ n: sql<number>`count(*)` }).from(inner.as('matching')).get()?.n ?? 0;
  return { n: Math.min(n, TOTAL_CAP), capped: n > TOTAL_CAP };
}

/** A pattern's rows among the newest PATTERN_COUNT_WALK rows of the rest of the view (all when fewer): by filing, or for purchases alone by trade. */
function countPattern(db: AppDatabase, p: TradeParams & { pattern: string }, rest: SQL): Count {
  const purchasesOnly = p.codes.length === 1 && p.codes[0] === 'P';
  const walkOrder = purchasesOnly ? PURCHASES_NEWEST_FIRST : orderBy({ sort: 'filed', dir: 'desc' });
  // The walk is named filing_rows so that the pattern's SQL reads its columns.
  const walk = sql`select ${filingRows.id} as id, ${filingRows.accession} as accession, ${filingRows.issuerCik} as issuer_cik,
    ${filingRows.transactionDate} as transaction_date, ${filingRows.code} as code, ${filingRows.kind} as kind
    from ${filingRows} where ${purchasesOnly ? and(rest, IS_PURCHASE) : rest} order by ${sql.join(walkOrder, sql`, `)} limit ${PATTERN_COUNT_WALK}`;
  const row = db.get<{ walked: number; n: number }>(sql`select count(*) as walked, coalesce(sum(${patternIs(db, p)}), 0) as n from (${walk}) as "filing_rows"`);
  const n = Math.min(row.n, TOTAL_CAP);
  return { n, capped: row.n > TOTAL_CAP || row.walked >= PATTERN_COUNT_WALK };
}

/** A cache key for a view's rows (its filters and the day its window ends), not its order or page. */
export function filterKey(p: TradeParams, today: string | undefined): string {
  const { sort: _s, dir: _d, page: _p, size: _z, format: _f, ...filters } = p;
  return JSON.stringify([filters, RANKING_SORTS.has(p.sort), p.days === null ? null : (today ?? new Date().toISOString().slice(0, 10))]);
}

/** The ids of a page's rows, in the view's order: by an amount, a year at a time (db/queries/trades-by-year.ts). */
function pageIds(db: AppDatabase, p: TradeParams, where: SQL, limit: number, offset: number, today?: string): number[] {
  if (!readsByYear(p)) {
    return db.select({ id: filingRows.id }).from(filingRows).where(where).orderBy(...orderBy(p)).limit(limit).offset(offset).all().map((r) => r.id);
  }
  const terms = orderTerms(p);
  const year = (inYear: SQL) => db.select({ id: filingRows.id, ...orderColumns(terms) }).from(filingRows).where(and(where, inYear)).getSQL();
  return db.all<{ id: number }>(unionOfYears(filedYears(db, p, today), year, terms, limit, offset)).map((r) => r.id);
}

/**
 * One page of every transaction across all issuers, newest filings first unless sorted otherwise,
 * filtered and paged on the server, with the total (up to TOTAL_CAP).
 */
export function listTrades(params: TradeParams, options: TradeOptions = {}): TradePage {
  const db = options.db ?? getDb();
  const sort = { key: params.sort, dir: params.dir };
  // The issuer resolved once, each condition built only where it is read (a title group's
  // conditions look up the matching titles): the count's only when it is not cached.
  const issuerCik = resolveIssuerCik(params, db);
  if (issuerCik === null) return { rows: [], total: 0, totalIsCapped: false, page: 1, size: params.size, pageCount: 1, sort };
  const where = (page: boolean, withPattern = true) => conditionsOf(params, db, issuerCik, options.today, page, withPattern);
  const { n: total, capped } = cached(db, `trades:count:${filterKey(params, options.today)}`, () =>
    params.pattern ? countPattern(db, { ...params, pattern: params.pattern }, where(false, false)) : countTrades(db, params, where(false), options.today));
  const pageCount = Math.max(1, Math.ceil(total / params.size));
  const page = Math.min(Math.max(1, params.page), pageCount);
  // When the total is known (not capped), the walk stops at the page's last row: a rare filter's
  // few rows are found without going on to the oldest row looking for more.
  const offset = (page - 1) * params.size;
  const wanted = capped ? params.size : Math.min(params.size, total - offset);
  const ids = wanted <= 0 ? [] : pageIds(db, params, where(true), wanted, offset, options.today);
  const found = ids.length ? fullQuery(db, params, inArray(filingRows.id, ids)).all() : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.flatMap((id) => (byId.has(id) ? [toTradeRow(byId.get(id) as Raw)] : []));
  return { rows, total, totalIsCapped: capped, page, size: params.size, pageCount, sort };
}

/** Every matching row (not one page), in the view's order, one at a time, for a CSV export. */
export function iterateTrades(params: TradeParams, options: { databasePath?: string; today?: string } = {}): RowStream<TradeRow> {
  return streamRows(
    (db) => {
      const where = whereOf(params, db, options.today) ?? sql`0`;
      if (!readsByYear(params)) return fullQuery(db, params, where).orderBy(...orderBy(params));
      const terms = orderTerms(params);
      const year = (inYear: SQL) => fullQuery(db, params, and(where, inYear)!, orderColumns(terms)).getSQL();
      const all = unionOfYears(filedYears(db, params, options.today), year, terms, null);
      return { toSQL: () => dialect.sqlToQuery(all) };
    },
    SELECTED_KEYS,
    (raw) => toTradeRow(raw as Raw),
    options.databasePath,
  );
}

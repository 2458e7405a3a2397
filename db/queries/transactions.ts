import 'server-only';
import { and, count, eq, type AnyColumn, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb, type AppDatabase } from '@/db';
import { streamRows, type RowStream } from '@/db/queries/stream-rows';
import { filingOwners, filingRows, filings, issuers } from '@/db/schema';
import { lineAmountColumns } from '@/db/line-amounts';
import { cached } from '@/db/queries/cache';
import type { SortKey, TableView } from '@/lib/search-params';
import { ROLE_FLAGS } from '@/lib/domain/roles';
import type { TransactionPage, TransactionRow } from '@/db/queries/types';
import { isLateSql, patternMonthsSql, patternSql, rankedAmountSql, toRowSignals, type PatternColumns } from '@/db/queries/signals';

export type { TransactionPage };

/** Whose rows: one issuer's (every insider), or one reporting owner's (every issuer). */
export type TransactionScope = { issuerCik: string } | { ownerCik: string };

// The reporting owner shown on each row. Issuer tables show the filing's first owner (or the insider
// filtered on); person tables show the person. Joint filings count their other owners in `ownerCount`.
const fo = alias(filingOwners, 'fo');

// The pattern of the owner shown on the row, at the row's issuer.
const patternColumns: PatternColumns = {
  issuerCik: filingRows.issuerCik, ownerCik: fo.ownerCik, transactionDate: filingRows.transactionDate, code: filingRows.code, kind: filingRows.kind,
};
const rowPattern = patternSql(patternColumns);

const selection = {
  id: filingRows.id,
  accession: filingRows.accession,
  formType: filings.formType,
  filedAt: filingRows.filedAt,
  issuerCik: filingRows.issuerCik,
  issuerName: issuers.name,
  issuerTicker: issuers.ticker,
  ownerCik: fo.ownerCik,
  ownerName: fo.name,
  ownerCount: sql<number>`(select count(*) from filing_owners oc where oc.accession = ${filingRows.accession})`,
  isDirector: fo.isDirector,
  isOfficer: fo.isOfficer,
  isTenPercentOwner: fo.isTenPercentOwner,
  isOther: fo.isOther,
  officerTitle: fo.officerTitle,
  otherText: fo.otherText,
  table: filingRows.table,
  kind: filingRows.kind,
  securityTitle: filingRows.securityTitle,
  transactionDate: filingRows.transactionDate,
  ...lineAmountColumns,
  directOrIndirect: filingRows.directOrIndirect,
  underlyingTitle: filingRows.underlyingTitle,
  underlyingShares: filingRows.underlyingShares,
  conversionOrExercisePrice: filingRows.conversionOrExercisePrice,
  pattern: rowPattern,
  patternMonths: patternMonthsSql(patternColumns),
  daysLate: filingRows.daysLate,
  flags: filingRows.flags,
};
const SELECTED_KEYS = Object.keys(selection) as (keyof typeof selection)[];

/** A filed amount as a number, or NULL when it was filed as text: text must not sort among numbers. */
const numeric = (column: AnyColumn) =>
  sql`(case when typeof(${column}) in ('integer', 'real') then ${column} end)`;

const roleRank = sql`(coalesce(${fo.isDirector}, 0) * 8 + coalesce(${fo.isOfficer}, 0) * 4 + coalesce(${fo.isTenPercentOwner}, 0) * 2 + coalesce(${fo.isOther}, 0))`;

const SORT_EXPRESSIONS: Record<SortKey, SQL> = {
  date: sql`${filingRows.transactionDate}`,
  filed: sql`${filingRows.filedAt}`,
  issuer: sql`${issuers.name} collate nocase`,
  insider: sql`${fo.name} collate nocase`,
  role: roleRank,
  security: sql`${filingRows.securityTitle} collate nocase`,
  code: sql`${filingRows.code}`,
  ad: sql`${filingRows.acquiredDisposed}`,
  // Flagged rows (suspect values) leave amount rankings: they sort after every other row.
  shares: rankedAmountSql(numeric(filingRows.shares), filingRows.flags),
  price: rankedAmountSql(numeric(filingRows.pricePerShare), filingRows.flags),
  value: rankedAmountSql(filingRows.value, filingRows.flags),
  owned: numeric(filingRows.sharesOwnedAfter),
  di: sql`${filingRows.directOrIndirect}`,
};

function orderBy(view: Pick<TableView, 'sort' | 'dir'>): SQL[] {
  // `dir` is one of two literals (parsed by search-params); never user text.
  const dir = sql.raw(view.dir === 'asc' ? 'asc' : 'desc');
  const primary = sql`${SORT_EXPRESSIONS[view.sort]} ${dir} nulls last`;
  // Ties: newest first, then the order filed, so pages never overlap or skip a row.
  return [
    primary,
    ...(view.sort === 'date' ? [] : [sql`${filingRows.transactionDate} desc nulls last`]),
    sql`${filingRows.filedAt} ${view.sort === 'date' || view.sort === 'filed' ? dir : sql.raw('desc')} nulls last`,
    sql`${filingRows.accession} desc`,
    sql`${filingRows.table} desc`,
    sql`${filingRows.position} asc`,
  ];
}

function ownerJoin(scope: TransactionScope, view: TableView): SQL | undefined {
  if ('ownerCik' in scope) return and(eq(fo.accession, filingRows.accession), eq(fo.ownerCik, scope.ownerCik));
  if (view.insider) return and(eq(fo.accession, filingRows.accession), eq(fo.ownerCik, view.insider));
  // Owners are stored in the order filed, from position 0.
  return and(eq(fo.accession, filingRows.accession), eq(fo.position, 0));
}

// The owners a role filter reads on an issuer's table: any of the filing's owners may hold the role.
const ro = alias(filingOwners, 'ro');

function conditions(scope: TransactionScope, view: TableView): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if ('issuerCik' in scope) where.push(eq(filingRows.issuerCik, scope.issuerCik));
  if (view.codes.length) where.push(inArray(filingRows.code, view.codes));
  if (view.ad) where.push(eq(filingRows.acquiredDisposed, view.ad));
  if (view.from) where.push(gte(filingRows.transactionDate, view.from));
  if (view.to) where.push(lte(filingRows.transactionDate, view.to));
  if (view.issuer && 'ownerCik' in scope) where.push(eq(filingRows.issuerCik, view.issuer));
  if (view.late) where.push(isLateSql(filingRows.daysLate));
  // Reads the owner shown on the row (the owner join): see needsOwner.
  if (view.pattern) where.push(sql`${rowPattern} = ${view.pattern}`);
  if (view.role) {
    // The box's column, from the parsed role (lib/domain/roles.ts): never user text. On an issuer's
    // table a row matches when any of its filing's owners (or the insider filtered on) held the
    // role; on a person's table, when that person did.
    const flag = ROLE_FLAGS[view.role];
    where.push(
      'ownerCik' in scope || view.insider
        ? sql`${fo[flag]} = 1`
        : sql`exists (select 1 from ${filingOwners} ${ro} where ${ro.accession} = ${filingRows.accession} and ${ro[flag]} = 1)`,
    );
  }
  return and(...where);
}

/** Whether the owner join filters rows (inner) or only labels them (left). */
function joinIsFilter(scope: TransactionScope, view: TableView): boolean {
  return 'ownerCik' in scope || !!view.insider;
}

function baseQuery(db: AppDatabase, scope: TransactionScope, view: TableView) {
  const q = db.select(selection).from(filingRows).$dynamic();
  const joined = joinIsFilter(scope, view) ? q.innerJoin(fo, ownerJoin(scope, view)) : q.leftJoin(fo, ownerJoin(scope, view));
  return joined
    .innerJoin(filings, eq(filings.accession, filingRows.accession))
    .leftJoin(issuers, eq(issuers.cik, filingRows.issuerCik))
    .where(conditions(scope, view))
    .orderBy(...orderBy(view));
}

/** Sorts that read the owner shown on each row (the owner join) or the issuer's name. */
const OWNER_SORTS: ReadonlySet<SortKey> = new Set(['insider', 'role']);

/** Whether ids and counts must join the owner shown on each row only to label it: its sort or its pattern reads it. */
const needsOwnerLabel = (view: TableView) => OWNER_SORTS.has(view.sort) || !!view.pattern;

/**
 * The rows' ids in the view's order, joining only what the filter and sort read. On an issuer with
 * the default filters this reads only filing_rows_issuer_view, which holds every column the
 * issuer's filters and amount sorts use: no table lookups, however big the issuer.
 */
function idQuery(db: AppDatabase, scope: TransactionScope, view: TableView) {
  const q = db.select({ id: filingRows.id }).from(filingRows).$dynamic();
  const withOwner = joinIsFilter(scope, view)
    ? q.innerJoin(fo, ownerJoin(scope, view))
    : needsOwnerLabel(view) ? q.leftJoin(fo, ownerJoin(scope, view)) : q;
  const withIssuer = view.sort === 'issuer' ? withOwner.leftJoin(issuers, eq(issuers.cik, filingRows.issuerCik)) : withOwner;
  return withIssuer.where(conditions(scope, view)).orderBy(...orderBy(view));
}

/**
 * Whether a page is read straight off an index with LIMIT/OFFSET: an issuer's rows in date or
 * filing order (the index's own order, or close to it), narrowed by code, direction, dates or an
 * insider. Other views (a person's rows, which come from many issuers, or an order by an owner's
 * name or role, by amount or security) would sort the whole set on each request: their order is
 * computed once and kept until the database changes, so that every page of it, however deep, is a
 * slice.
 */
function pagesFromIndex(scope: TransactionScope, view: TableView): boolean {
  return 'issuerCik' in scope && view.sort === 'date' && !view.role && !view.pattern;
}

/** A cache key for the rows a view selects (its filters), and with `sorted` for their order: not the page. */
function viewKey(scope: TransactionScope, view: TableView, sorted: boolean): string {
  const { page: _page, pageSize: _size, sort, dir, ...filters } = view;
  return JSON.stringify(['issuerCik' in scope ? `i${scope.issuerCik}` : `o${scope.ownerCik}`, filters, sorted ? [sort, dir] : null]);
}

function countRows(db: AppDatabase, scope: TransactionScope, view: TableView): number {
  const q = db.select({ n: count() }).from(filingRows).$dynamic();
  const withOwner = joinIsFilter(scope, view)
    ? q.innerJoin(fo, ownerJoin(scope, view))
    : view.pattern ? q.leftJoin(fo, ownerJoin(scope, view)) : q;
  return withOwner.where(conditions(scope, view)).get()?.n ?? 0;
}

type Selected = { [K in keyof typeof selection]: unknown };

function toRow(raw: Selected): TransactionRow {
  const { patternMonths: _months, ...fields } = raw;
  return {
    ...(fields as unknown as TransactionRow),
    ...toRowSignals(raw as Parameters<typeof toRowSignals>[0]),
    ownerCount: Number(raw.ownerCount ?? 0),
    isDirector: !!raw.isDirector,
    isOfficer: !!raw.isOfficer,
    isTenPercentOwner: !!raw.isTenPercentOwner,
    isOther: !!raw.isOther,
  };
}

/** The full rows of these ids, in the order given. */
function rowsByIds(db: AppDatabase, scope: TransactionScope, view: TableView, ids: readonly number[]): TransactionRow[] {
  if (ids.length === 0) return [];
  // The ids already passed the view's filters. A LEFT JOIN keeps the ids the outer loop: as an inner
  // join on a person's owner row, SQLite would walk all of a fund's thousands of filings instead.
  const found = db
    .select(selection)
    .from(filingRows)
    .leftJoin(fo, ownerJoin(scope, view))
    .innerJoin(filings, eq(filings.accession, filingRows.accession))
    .leftJoin(issuers, eq(issuers.cik, filingRows.issuerCik))
    .where(inArray(filingRows.id, [...ids]))
    .all();
  const byId = new Map(found.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const raw = byId.get(id);
    return raw ? [toRow(raw as Selected)] : [];
  });
}

/** One page of an issuer's or a person's rows, sorted and filtered on the server, with the total. */
export function listTransactions(scope: TransactionScope, view: TableView, db: AppDatabase = getDb()): TransactionPage {
  let total: number;
  let ids: number[];
  if (pagesFromIndex(scope, view)) {
    total = cached(db, `count:${viewKey(scope, view, false)}`, () => countRows(db, scope, view));
    const pageCount = Math.max(1, Math.ceil(total / view.pageSize));
    const page = Math.min(Math.max(1, view.page), pageCount);
    ids = idQuery(db, scope, view)
      .limit(view.pageSize)
      .offset((page - 1) * view.pageSize)
      .all()
      .map((r) => r.id);
  } else {
    const order = cached(db, `order:${viewKey(scope, view, true)}`, () => Int32Array.from(idQuery(db, scope, view).all(), (r) => r.id));
    total = order.length;
    const pageCount = Math.max(1, Math.ceil(total / view.pageSize));
    const page = Math.min(Math.max(1, view.page), pageCount);
    ids = Array.from(order.subarray((page - 1) * view.pageSize, page * view.pageSize));
  }
  const pageCount = Math.max(1, Math.ceil(total / view.pageSize));
  const page = Math.min(Math.max(1, view.page), pageCount);
  const rows = rowsByIds(db, scope, view, ids);
  return { rows, total, page, pageSize: view.pageSize, pageCount, sort: { key: view.sort, dir: view.dir } };
}

export function listIssuerTransactions(issuerCik: string, view: TableView, db?: AppDatabase): TransactionPage {
  return listTransactions({ issuerCik }, view, db);
}

export function listPersonTransactions(ownerCik: string, view: TableView, db?: AppDatabase): TransactionPage {
  return listTransactions({ ownerCik }, view, db);
}

/** Every matching row (not one page), in the view's order, one at a time, for a CSV export. */
export function iterateTransactions(scope: TransactionScope, view: TableView, databasePath?: string): RowStream<TransactionRow> {
  // Raw rows give the relationship boxes as 0/1: toRow makes them booleans.
  return streamRows((db) => baseQuery(db, scope, view), SELECTED_KEYS, (raw) => toRow(raw as Selected), databasePath);
}

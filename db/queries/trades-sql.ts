import 'server-only';
import type Database from 'better-sqlite3';
import { eq, gte, inArray, lte, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { AppDatabase } from '@/db';
import { filingRows, filings, issuers } from '@/db/schema';
import { getIssuerByTicker } from '@/db/queries/issuers';
import { cached, clientOf } from '@/db/queries/cache';
import { titleGroupBit, titleGroupMask, TITLE_GROUPS, type TitleGroup } from '@/lib/domain/officer-titles';
import { filedFromOf, filedToOf } from '@/lib/filing-window';
import type { TradeParams, TradeRole } from '@/lib/trade-params';

// The screener's filters as SQL over filing_rows, shared by the trades (db/queries/trades.ts) and
// the clusters (db/queries/clusters.ts): one meaning for each parameter.

/** The filters of a view (not its order or page). */
export type TradeFilter = Omit<TradeParams, 'sort' | 'dir' | 'page' | 'size' | 'format' | 'codes' | 'pattern' | 'late'> & { codes?: string[] };

/**
 * Constant SQL the partial indexes filing_rows_market and filing_rows_purchases are declared with:
 * written as literals (never bound parameters) so SQLite sees at prepare time that they apply.
 */
export const IS_TRANSACTION = sql`${filingRows.kind} = ${sql.raw("'transaction'")}`;
export const IS_PURCHASE = sql`${filingRows.code} = ${sql.raw("'P'")}`;

/** A filed amount as a number, or NULL when it was filed as text. */
export const numeric = (column: AnyColumn | SQL) => sql`(case when typeof(${column}) in ('integer', 'real') then ${column} end)`;

/**
 * Shares traded as a percentage of the shares held before the trade: the rule is the generated
 * column's (db/schema.ts filing_rows.own_change_pct), kept in the screener's indexes. Unrounded:
 * filters compare the exact value; rows round it where they leave (lib/domain/values.ts ownershipPercent).
 */
export const ownershipChangePct = sql<number | null>`${filingRows.ownChangePct}`;

// ---------------------------------------------------------------------------------------------
// Officer title groups in SQL: the rule of lib/domain/officer-titles.ts run once per distinct
// filed title (a database has a few thousand), remembered per connection and brought up to date
// from the owner rows added since; the queries then match titles from that list (see rowHasRole).

type TitleMemo = { deletions: number; lastRowid: number; masks: Map<string, number> };
const titleMemos = new WeakMap<Database.Database, TitleMemo>();

/** Every distinct officer title filed, with its groups' bit mask (titleGroupMask). */
function titleMasks(sqlite: Database.Database): Map<string, number> {
  // A deletion may hand a deleted owner row's rowid to a new one: then read every title again.
  const deletions = (sqlite.prepare('SELECT coalesce(sum(count), 0) AS n FROM filing_deletions').get() as { n: number }).n;
  let memo = titleMemos.get(sqlite);
  if (!memo || memo.deletions !== deletions) {
    memo = { deletions, lastRowid: 0, masks: new Map() };
    titleMemos.set(sqlite, memo);
  }
  // The first read takes each distinct title once off filing_owners_title (a million owner rows
  // hold a few thousand titles); later ones the owner rows added since.
  const added = (memo.lastRowid === 0
    ? sqlite.prepare('SELECT max(rowid) AS id, officer_title AS title FROM filing_owners WHERE officer_title IS NOT NULL GROUP BY officer_title').raw(true).iterate()
    : sqlite.prepare('SELECT rowid AS id, officer_title AS title FROM filing_owners WHERE rowid > ? AND officer_title IS NOT NULL').raw(true).iterate(memo.lastRowid)
  ) as IterableIterator<[number, string]>;
  for (const [id, title] of added) {
    if (!memo.masks.has(title)) memo.masks.set(title, titleGroupMask(title));
    if (id > memo.lastRowid) memo.lastRowid = id;
  }
  const last = (sqlite.prepare('SELECT max(rowid) AS id FROM filing_owners').get() as { id: number | null }).id ?? 0;
  memo.lastRowid = Math.max(memo.lastRowid, last);
  return memo.masks;
}

/** The filed officer titles in any of these groups, as a JSON array (one bound parameter however many). */
export function titlesInGroups(db: AppDatabase, groups: readonly TitleGroup[]): string {
  const mask = groups.reduce((m, g) => m | titleGroupBit(g), 0);
  const titles: string[] = [];
  for (const [title, m] of titleMasks(clientOf(db))) if (m & mask) titles.push(title);
  return JSON.stringify(titles.sort());
}

const BOX_COLUMNS: Partial<Record<TradeRole, string>> = {
  director: 'is_director',
  officer: 'is_officer',
  tenPercentOwner: 'is_ten_percent_owner',
  other: 'is_other',
};

function titleGroupsOf(roles: readonly TradeRole[]): TitleGroup[] {
  return roles.filter((r): r is TitleGroup => (TITLE_GROUPS as readonly string[]).includes(r));
}

/** An owner (the filing_owners row named `alias`) holding any of the roles: a box checked, or a title in a group. */
export function ownerHasRole(db: AppDatabase, alias: string, roles: readonly TradeRole[]): SQL {
  const o = sql.raw(alias);
  // Column names come from a fixed map keyed by the parsed role: never user text.
  const parts = roles.flatMap((r) => (BOX_COLUMNS[r] ? [sql`${o}.${sql.raw(BOX_COLUMNS[r]!)} = 1`] : []));
  const groups = titleGroupsOf(roles);
  if (groups.length) parts.push(sql`${o}.officer_title in (select value from json_each(${titlesInGroups(db, groups)}))`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** Owner rows a title-group filter may match before its filings are read first rather than checked row by row. */
const FEW_TITLED_OWNERS = 20_000;

/**
 * A row whose filing has an owner with one of the roles. Most such owners are common (directors,
 * officers, CEOs): each row's owners are looked up as the newest rows are walked, and a page
 * stops early. Title groups alone that few officers hold (a chair, a COO) would make that walk
 * long: their filings are found first through filing_owners_title, and the rows read from them.
 */
function rowHasRole(db: AppDatabase, roles: readonly TradeRole[]): SQL {
  const perRow = sql`exists (select 1 from filing_owners ro where ro.accession = ${filingRows.accession} and ${ownerHasRole(db, 'ro', roles)})`;
  if (roles.some((r) => BOX_COLUMNS[r])) return perRow;
  const titles = titlesInGroups(db, titleGroupsOf(roles));
  const owners = cached(db, `titled-owners:${titles}`, () =>
    (clientOf(db).prepare('SELECT count(*) AS n FROM filing_owners WHERE officer_title IN (SELECT value FROM json_each(?))').get(titles) as { n: number }).n);
  if (owners > FEW_TITLED_OWNERS) return perRow;
  return sql`${filingRows.accession} in (select ro.accession from filing_owners ro where ro.officer_title in (select value from json_each(${titles})))`;
}

/** SIC codes that start with `prefix`, as a range of issuers_sic: from it up to its last digit's next. */
function sicRange(prefix: string): [from: string, below: string] {
  const last = prefix.charCodeAt(prefix.length - 1);
  return [prefix, `${prefix.slice(0, -1)}${String.fromCharCode(last + 1)}`];
}

/** Filings of an industry's issuers below which a page of its rows is read issuer by issuer, then sorted. */
const FEW_INDUSTRY_FILINGS = 5_000;

/**
 * A row of an issuer whose industry (issuers.sic) is the code or starts with it. Whatever reads every
 * match (a count, which stops at its cap; an export; the clusters) reads the issuers' rows off
 * filing_rows_issuer_view. A page of a broad code walks the newest rows instead,
 * checking each against the issuers (found once): its 50 rows are soon met, where reading the
 * issuers' rows would sort every one of them; a code of few filings is read issuer by issuer.
 */
function rowInIndustry(db: AppDatabase, sic: string, page: boolean): SQL {
  const [from, below] = sicRange(sic);
  const inIndustry = sql`select si.cik from ${issuers} si where si.sic >= ${from} and si.sic < ${below}`;
  const driven = sql`${filingRows.issuerCik} in (${inIndustry})`;
  if (!page) return driven;
  // The issuers' filings, counted off filings_issuer_date with the same subquery the rows are filtered by.
  const filingCount = cached(db, `industry-filings:${sic}`, () =>
    db.get<{ n: number }>(sql`select count(*) as n from ${filings} where ${filings.issuerCik} in (${inIndustry})`).n);
  // (Unary + keeps SQLite from driving the walk from the issuers.)
  return filingCount < FEW_INDUSTRY_FILINGS ? driven : sql`+${filingRows.issuerCik} in (${inIndustry})`;
}

/**
 * The issuer a view asks for as a CIK: a ticker is looked up (the issuer with the newest filing
 * under it). Undefined: no issuer filter; null: a ticker nobody has, so no rows.
 */
export function resolveIssuerCik(p: Pick<TradeParams, 'issuer'>, db: AppDatabase): string | null | undefined {
  if (!p.issuer) return undefined;
  if ('cik' in p.issuer) return p.issuer.cik;
  return getIssuerByTicker(p.issuer.ticker, db)?.cik ?? null;
}

export type ConditionOptions = {
  /** For a page of rows, whose walk stops at its last row (a count, an export or the clusters read every match). */
  page?: boolean;
  /**
   * The transaction dates are checked on the rows walked in another order (the market's), not
   * read as a range of filing_rows_date: a view not sorted by date would sort that whole range.
   */
  datesChecked?: boolean;
};

/** Everything a view's filters say about a row, as one condition on filing_rows (not yet on its kind or code). */
export function tradeConditions(db: AppDatabase, p: TradeFilter, issuerCik: string | undefined, today?: string, options: ConditionOptions = {}): SQL[] {
  const { page = false, datesChecked = false } = options;
  // Unary + keeps SQLite from starting at an index on the column (the value is the same).
  const transactionDate = datesChecked ? sql`+${filingRows.transactionDate}` : filingRows.transactionDate;
  const where: (SQL | undefined)[] = [];
  if (p.codes?.length) where.push(inArray(filingRows.code, p.codes));
  if (p.ad) where.push(eq(filingRows.acquiredDisposed, p.ad));
  if (p.from) where.push(sql`${transactionDate} >= ${p.from}`);
  if (p.to) where.push(sql`${transactionDate} <= ${p.to}`);
  const filedFrom = filedFromOf(p, today);
  if (filedFrom) where.push(gte(filingRows.filedAt, filedFrom));
  const filedTo = filedToOf(p, today);
  if (filedTo) where.push(lte(filingRows.filedAt, filedTo));
  if (p.minValue !== null) where.push(gte(filingRows.value, p.minValue));
  if (p.maxValue !== null) where.push(lte(filingRows.value, p.maxValue));
  if (p.minPrice !== null) where.push(sql`${numeric(filingRows.pricePerShare)} >= ${p.minPrice}`);
  if (p.maxPrice !== null) where.push(sql`${numeric(filingRows.pricePerShare)} <= ${p.maxPrice}`);
  if (p.minOwnChange !== null) where.push(sql`${ownershipChangePct} >= ${p.minOwnChange}`);
  if (issuerCik !== undefined) where.push(eq(filingRows.issuerCik, issuerCik));
  if (p.sic) where.push(rowInIndustry(db, p.sic, page));
  // Driven from the owner's filings (filing_owners_owner) rather than tested row by row.
  if (p.owner) where.push(sql`${filingRows.accession} in (select oo.accession from filing_owners oo where oo.owner_cik = ${p.owner})`);
  if (p.roles.length) where.push(rowHasRole(db, p.roles));
  if (p.derivative === 'exclude') where.push(eq(filingRows.table, 'N'));
  if (p.derivative === 'only') where.push(eq(filingRows.table, 'D'));
  if (p.tenb5One && (p.tenb5One === 'unknown' || page)) {
    // Each row's filing looked up: a page's few rows are found among the newest (most filings say
    // neither; recent ones say yes or no), without reading every such filing first.
    const flag = p.tenb5One === 'unknown' ? sql`is null` : p.tenb5One === 'yes' ? sql`= 1` : sql`= 0`;
    where.push(sql`(select tf.aff10b5_one from ${filings} tf where tf.accession = ${filingRows.accession}) ${flag}`);
  } else if (p.tenb5One) {
    // Reading every match (a count, an export): the filings that say yes (or no) are read first
    // (filings_aff10b5_one), and each row walked is checked against that list, not looked up.
    const flag = p.tenb5One === 'yes' ? sql.raw('1') : sql.raw('0');
    // (Unary + keeps SQLite from driving the walk from those filings instead: then every match is sorted.)
    where.push(sql`+${filingRows.accession} in (select tf.accession from ${filings} tf where tf.aff10b5_one = ${flag})`);
  }
  // As amended: a filing that a stored amendment amends is replaced by the amendment's rows.
  if (p.amendments === 'amended') where.push(sql`not exists (select 1 from ${filings} af where af.amends = ${filingRows.accession})`);
  return where.filter((w): w is SQL => w !== undefined);
}

import 'server-only';
import type Database from 'better-sqlite3';
import { eq, gte, inArray, lte, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { AppDatabase } from '@/db';
import { filingRows, filings } from '@/db/schema';
import { getIssuerByTicker } from '@/db/queries/issuers';
import { titleGroupBit, titleGroupMask, TITLE_GROUPS, type TitleGroup } from '@/lib/domain/officer-titles';
import { filedFromOf, filedToOf, type TradeParams, type TradeRole } from '@/lib/trade-params';

// The screener's filters as SQL over filing_rows, shared by the trades (db/queries/trades.ts) and
// the clusters (db/queries/clusters.ts): one meaning for each parameter.

/** The filters of a view (not its order or page). */
export type TradeFilter = Omit<TradeParams, 'sort' | 'dir' | 'page' | 'size' | 'format' | 'codes'> & { codes?: string[] };

/**
 * Constant SQL the partial indexes filing_rows_market and filing_rows_purchases are declared with:
 * written as literals (never bound parameters) so SQLite sees at prepare time that they apply.
 */
export const IS_TRANSACTION = sql`${filingRows.kind} = ${sql.raw("'transaction'")}`;
export const IS_PURCHASE = sql`${filingRows.code} = ${sql.raw("'P'")}`;

/** A filed amount as a number, or NULL when it was filed as text. */
export const numeric = (column: AnyColumn | SQL) => sql`(case when typeof(${column}) in ('integer', 'real') then ${column} end)`;

/**
 * Shares traded as a percentage of the shares held before the trade (held after ∓ traded), where
 * both are filed as numbers and something was held before; otherwise NULL. Selling a whole holding
 * is 100, doubling one is 100.
 */
export const ownershipChangePct = sql<number | null>`(case
  when typeof(${filingRows.shares}) in ('integer', 'real') and typeof(${filingRows.sharesOwnedAfter}) in ('integer', 'real') then
    case ${filingRows.acquiredDisposed}
      when 'A' then case when ${filingRows.sharesOwnedAfter} - ${filingRows.shares} > 0
        then round(${filingRows.shares} * 100.0 / (${filingRows.sharesOwnedAfter} - ${filingRows.shares}), 4) end
      when 'D' then case when ${filingRows.sharesOwnedAfter} + ${filingRows.shares} > 0
        then round(${filingRows.shares} * 100.0 / (${filingRows.sharesOwnedAfter} + ${filingRows.shares}), 4) end
    end
end)`;

// ---------------------------------------------------------------------------------------------
// Officer title groups in SQL: the rule of lib/domain/officer-titles.ts as a function of the
// connection, remembered per title (a database has a few thousand distinct titles).

export const TITLE_FUNCTION = 's16_title_groups';
const registered = new WeakSet<Database.Database>();
const masks = new Map<string, number>();

function maskOf(title: unknown): number {
  if (typeof title !== 'string' || title === '') return 0;
  let mask = masks.get(title);
  if (mask === undefined) {
    mask = titleGroupMask(title);
    if (masks.size > 50_000) masks.clear();
    masks.set(title, mask);
  }
  return mask;
}

/** Adds s16_title_groups(officerTitle, otherText) to a connection (once): the groups' bit mask. */
export function registerTitleFunction(sqlite: Database.Database): void {
  if (registered.has(sqlite)) return;
  sqlite.function(TITLE_FUNCTION, { deterministic: true }, (title: unknown, other: unknown) => maskOf(title) | maskOf(other));
  registered.add(sqlite);
}

/** The connection under drizzle (drizzle() keeps it as `$client`). */
export function clientOf(db: AppDatabase): Database.Database {
  const client = (db as AppDatabase & { $client?: Database.Database }).$client;
  if (!client) throw new Error('the database handle has no $client connection');
  return client;
}

export function withTitleFunction(db: AppDatabase): AppDatabase {
  registerTitleFunction(clientOf(db));
  return db;
}

const BOX_COLUMNS: Partial<Record<TradeRole, string>> = {
  director: 'is_director',
  officer: 'is_officer',
  tenPercentOwner: 'is_ten_percent_owner',
  other: 'is_other',
};

/**
 * An owner (the filing_owners row named `alias`) holding any of the roles: a box checked, or a
 * title group matched on the officer title or the other text ("Chairman" is often filed as other).
 */
export function ownerHasRole(alias: string, roles: readonly TradeRole[]): SQL {
  const o = sql.raw(alias);
  // Column names come from a fixed map keyed by the parsed role: never user text.
  const boxes = roles.flatMap((r) => (BOX_COLUMNS[r] ? [sql`${o}.${sql.raw(BOX_COLUMNS[r]!)} = 1`] : []));
  const groups = roles.filter((r): r is TitleGroup => (TITLE_GROUPS as readonly string[]).includes(r));
  const mask = groups.reduce((m, g) => m | titleGroupBit(g), 0);
  const parts = mask ? [...boxes, sql`(${sql.raw(TITLE_FUNCTION)}(${o}.officer_title, ${o}.other_text) & ${sql.raw(String(mask))}) != 0`] : boxes;
  return sql`(${sql.join(parts, sql` or `)})`;
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

/** Everything a view's filters say about a row, as one condition on filing_rows (not yet on its kind or code). */
export function tradeConditions(p: TradeFilter, issuerCik: string | undefined, today?: string): SQL[] {
  const where: (SQL | undefined)[] = [];
  if (p.codes?.length) where.push(inArray(filingRows.code, p.codes));
  if (p.ad) where.push(eq(filingRows.acquiredDisposed, p.ad));
  if (p.from) where.push(gte(filingRows.transactionDate, p.from));
  if (p.to) where.push(lte(filingRows.transactionDate, p.to));
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
  // Driven from the owner's filings (filing_owners_owner) rather than tested row by row.
  if (p.owner) where.push(sql`${filingRows.accession} in (select oo.accession from filing_owners oo where oo.owner_cik = ${p.owner})`);
  if (p.roles.length) {
    where.push(sql`exists (select 1 from filing_owners ro where ro.accession = ${filingRows.accession} and ${ownerHasRole('ro', p.roles)})`);
  }
  if (p.derivative === 'exclude') where.push(eq(filingRows.table, 'N'));
  if (p.derivative === 'only') where.push(eq(filingRows.table, 'D'));
  if (p.tenb5One) {
    const flag = p.tenb5One === 'unknown' ? sql`is null` : p.tenb5One === 'yes' ? sql`= 1` : sql`= 0`;
    where.push(sql`(select tf.aff10b5_one from ${filings} tf where tf.accession = ${filingRows.accession}) ${flag}`);
  }
  // As amended: a filing that a stored amendment amends is replaced by the amendment's rows.
  if (p.amendments === 'amended') where.push(sql`not exists (select 1 from ${filings} af where af.amends = ${filingRows.accession})`);
  return where.filter((w): w is SQL => w !== undefined);
}

import { sql } from 'drizzle-orm';
import type { Signature } from '../lib/parser/types';
import { customType, index, integer, primaryKey, real, sqliteTable, text, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { issuers, owners } from './schema-parties';

/**
 * A number as filed, or the filed text when it is not a number. NUMERIC affinity makes SQLite store
 * "785.00" as the number 785 (so it sorts and sums as a number) and "See footnote 2" as text.
 */
const filedNumber = customType<{ data: number | string; driverData: number | string }>({
  dataType: () => 'numeric',
});

/**
 * The original document: brotli-compressed UTF-8 bytes (see `db/document.ts`; read it with
 * `unpackDocument`). Declared `text` as first created; SQLite keeps the bytes as a BLOB as given.
 */
const storedDocument = customType<{ data: Buffer | string; driverData: Buffer | string }>({
  dataType: () => 'text',
});

/** A flag stored 0/1; `null` where the form does not say. */
const flag = (name: string) => integer(name, { mode: 'boolean' });

export const filings = sqliteTable('filings', {
  accession: text('accession').primaryKey(),
  formType: text('form_type').notNull(),
  schemaVersion: text('schema_version'),
  issuerCik: text('issuer_cik').notNull(),
  /** Issuer name and ticker as filed on this filing (`issuers` keeps the newest). */
  issuerName: text('issuer_name'),
  issuerTicker: text('issuer_ticker'),
  periodOfReport: text('period_of_report'),
  dateOfOriginalSubmission: text('date_of_original_submission'),
  filedAt: text('filed_at'),
  acceptedAt: text('accepted_at'),
  /**
   * The issuer's SIC code and EDGAR's title for it, as EDGAR gave it with this filing: a submission's
   * header, or its listing of the issuer when the filing was fetched by ticker or CIK; null when
   * neither was read (bare XMLs, data sets' copies). The issuer's own is `issuers.sic`.
   */
  issuerSic: text('issuer_sic'),
  issuerSicTitle: text('issuer_sic_title'),
  notSubjectToSection16: flag('not_subject_to_section16').notNull(),
  noSecuritiesOwned: flag('no_securities_owned').notNull(),
  aff10b5One: flag('aff10b5_one'),
  // Footnotes and remarks are not stored apart from the document: only the filing's own page shows
  // them, and it parses the document for them (db/queries/filing-json.ts). They were two fifths of
  // a filing's bytes, and writing them a tenth of the ingest time.
  /**
   * The signatures as filed (`[{ name, date }]`): a bare XML's latest signature date orders it
   * among the filings an amendment may amend.
   */
  signatures: text('signatures', { mode: 'json' }).$type<Signature[]>().notNull().default(sql`'[]'`),
  /** Accession of the filing this amendment amends, once both are stored. */
  amends: text('amends'),
  /**
   * Business days late (0 on time) under the form's deadline (lib/domain/filing-deadlines.ts
   * filingLateness: a Form 4's latest line); null when unknown (no filing date, an amendment, no
   * dated transaction). Computed at ingest (db/store-signals.ts).
   */
  daysLate: integer('days_late'),
  /**
   * sha256 of the ownership XML (hex): finds the same filing loaded under another id. '' for a
   * filing stored under its accession while no bare XML was stored under a derived id: the store
   * hashes it from the document when it first needs to compare (db/store.ts). Not indexed: the
   * same content has the same issuer, period and form, and `filings_issuer_period_form` finds those.
   */
  contentHash: text('content_hash').notNull(),
  /** Where it was loaded from (file path or URL), for re-parsing and for error reports. */
  source: text('source'),
  /**
   * What the stored document is: the filer's own, or one written from a row of the SEC's quarterly
   * data sets (lib/datasets: numbers rounded to the cent, no acceptance time). The original replaces
   * a data set's copy; a copy never replaces an original (db/store.ts).
   */
  origin: text('origin', { enum: ['document', 'dataset'] }).notNull().default('document'),
  /** The original document exactly as read, so a parser fix can re-parse every filing (compressed). */
  document: storedDocument('document').notNull(),
  loadedAt: text('loaded_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  /**
   * The date pages show and order filings by: the filing date, or the period of report for a bare
   * XML loaded without its submission header (`filingDateOf` in lib/domain/filing-date.ts, the same
   * rule for a parsed filing). VIRTUAL: computed when read, costs no bytes, and indexed below.
   */
  filingDate: text('filing_date').generatedAlwaysAs(sql`coalesce(filed_at, period_of_report)`, { mode: 'virtual' }),
}, (t) => [
  // Latest filings read the newest entries of the first; an issuer's count, first and last date
  // come from a range of the second.
  index('filings_date').on(t.filingDate, t.accession),
  index('filings_issuer_date').on(t.issuerCik, t.filingDate),
  // Most filings amend nothing: index only the amendments (`amends = ?` still uses it).
  index('filings_amends').on(t.amends).where(sql`${t.amends} is not null`),
  // Amendment linking looks up filings of one issuer, period and form (an original's amendments are
  // usually none, found without reading the issuer's other filings of the day); so does finding
  // the same content stored under another id.
  index('filings_issuer_period_form').on(t.issuerCik, t.periodOfReport, t.formType),
  // The screener's 10b5-1 filter (yes or no; most filings say neither): those filings found first.
  index('filings_aff10b5_one').on(t.aff10b5One, t.accession).where(sql`${t.aff10b5One} is not null`),
]);

/** Each reporting owner on each filing, with the address and relationship as filed there. */
export const filingOwners = sqliteTable('filing_owners', {
  accession: text('accession').notNull().references(() => filings.accession, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  ownerCik: text('owner_cik').notNull(),
  name: text('name'),
  street1: text('street1'),
  street2: text('street2'),
  city: text('city'),
  state: text('state'),
  zipCode: text('zip_code'),
  stateDescription: text('state_description'),
  isDirector: flag('is_director').notNull(),
  isOfficer: flag('is_officer').notNull(),
  isTenPercentOwner: flag('is_ten_percent_owner').notNull(),
  isOther: flag('is_other').notNull(),
  officerTitle: text('officer_title'),
  otherText: text('other_text'),
}, (t) => [
  primaryKey({ columns: [t.accession, t.position] }),
  index('filing_owners_owner').on(t.ownerCik, t.accession),
  // The screener's officer title groups (CEO, CFO, ...: db/queries/trades-sql.ts) find their
  // owners' filings by the titles that match.
  index('filing_owners_title').on(t.officerTitle, t.accession).where(sql`${t.officerTitle} is not null`),
]);

/**
 * Lines of Table I (`table = 'N'`) and Table II (`table = 'D'`), in the order filed, with what the
 * issuer and person tables, their filters and exports read. The filing's own page takes every field
 * as filed from the stored document (db/queries/filing-json.ts): keeping the rest here too (dates
 * of exercise and expiration, nature of ownership, footnote ids, ...) cost about a tenth of the ingest.
 */
export const filingRows = sqliteTable('filing_rows', {
  // The rowid (no AUTOINCREMENT: it would cost a sqlite_sequence write per row on every ingest).
  id: integer('id').primaryKey(),
  accession: text('accession').notNull().references(() => filings.accession, { onDelete: 'cascade' }),
  table: text('table', { enum: ['N', 'D'] }).notNull(),
  position: integer('position').notNull(),
  kind: text('kind', { enum: ['transaction', 'holding'] }).notNull(),
  // Copied from the filing so issuer tables sort and page without a join.
  issuerCik: text('issuer_cik').notNull(),
  filedAt: text('filed_at'),
  securityTitle: text('security_title'),
  transactionDate: text('transaction_date'),
  code: text('code'),
  shares: filedNumber('shares'),
  pricePerShare: filedNumber('price_per_share'),
  acquiredDisposed: text('acquired_disposed'),
  sharesOwnedAfter: filedNumber('shares_owned_after'),
  directOrIndirect: text('direct_or_indirect'),
  conversionOrExercisePrice: filedNumber('conversion_or_exercise_price'),
  underlyingTitle: text('underlying_title'),
  underlyingShares: filedNumber('underlying_shares'),
  /** shares × price when both are numbers, else the filed total value: the dollar value users sort and sum by. */
  value: real('value'),
  /** Business days late under the line's deadline (lineLateness); null when unknown. Computed at ingest. */
  daysLate: integer('days_late'),
  /**
   * Suspect values (lib/domain/suspect-values.ts), a comma list, '' when none: the row's own
   * (rowFlags) and a price far from the issuer's other P/S prices in the same days, kept up to date
   * as neighbours arrive and leave (db/store-signals.ts).
   */
  flags: text('flags').notNull().default(''),
  /**
   * Shares traded as a percentage of the shares held before the trade (held after ∓ traded), where
   * both are filed as numbers and something was held before; otherwise NULL. Selling a whole
   * holding is 100, doubling one is 100. VIRTUAL: no bytes in the table, computed when read, and
   * kept in the screener's indexes (its `minOwnChange` filter and sort), so filtering on it reads no row.
   * Plain IEEE arithmetic only (no round(), whose ties differ between SQLite versions): an index
   * entry must hold the same bits whichever SQLite computes it. So a `minOwnChange` bound is compared
   * with the unrounded percentage; it is rounded to 4 decimals where it leaves the database
   * (lib/domain/values.ts ownershipPercent). Migration 0023 dropped and added it again in place.
   */
  ownChangePct: real('own_change_pct').generatedAlwaysAs(sql`(case
    when typeof(shares) in ('integer', 'real') and typeof(shares_owned_after) in ('integer', 'real') then
      case acquired_disposed
        when 'A' then case when shares_owned_after - shares > 0 then shares * 100.0 / (shares_owned_after - shares) end
        when 'D' then case when shares_owned_after + shares > 0 then shares * 100.0 / (shares_owned_after + shares) end
      end
  end)`, { mode: 'virtual' }),
  /** The price per share when filed as a number, else NULL (VIRTUAL, indexed for the screener's sort by price). */
  priceNumber: real('price_number').generatedAlwaysAs(sql`(case when typeof(price_per_share) in ('integer', 'real') then price_per_share end)`, { mode: 'virtual' }),
  /** The shares when filed as a number, else NULL (VIRTUAL, indexed for the screener's sort by shares). */
  sharesNumber: real('shares_number').generatedAlwaysAs(sql`(case when typeof(shares) in ('integer', 'real') then shares end)`, { mode: 'virtual' }),
  /** The year of the filing date ('2024'; NULL without one): VIRTUAL, the first key of the screener's indexes by amount. */
  filedYear: text('filed_year').generatedAlwaysAs(sql`(substr(filed_at, 1, 4))`, { mode: 'virtual' }),
}, (t) => {
  /**
   * A screener sort: its keys (its column, or the filing's year then its column), then the market
   * order (newest filing first, lines as filed) and the code and direction its filters read, over
   * the transactions only.
   */
  const sortedIndex = (name: string, key: SQLiteColumn, ...keys: SQLiteColumn[]) => index(name)
    .on(key, ...keys, t.filedAt, t.accession, t.table, sql`${t.position} desc`, t.code, t.acquiredDisposed)
    .where(sql`${t.kind} = 'transaction'`);
  /**
   * A screener sort by an amount, a year of filings at a time (db/queries/trades-by-year.ts merges
   * the years): amounts have no order in time, so in one index over every year each new line lands
   * on a leaf of its own, rewritten at each commit, and a load into a large file paid for the whole
   * index (bench:scale's rate rounds into a million filings: 1,120 filings/s with one index over every
   * year, 2,063/s with these). A load brings lines of a year or two: they share that year's leaves.
   */
  const yearSortedIndex = (name: string, column: SQLiteColumn) => sortedIndex(name, t.filedYear, column);
  return [
    // A filing's lines in order; with their kind, filing date and code, the screener's views of an
    // owner's or some officers' filings (and a code) filter and sort their rows off this index, not
    // each row of the table.
    index('filing_rows_accession').on(t.accession, t.table, t.position, t.kind, t.filedAt, t.code),
    // An issuer's table, read in its default order (newest first, then as filed) straight from the
    // index, with what its filters, counts, sorts by amount and the buy/sell summary read: a page,
    // a deep page or a count of a 100,000-row issuer never touches the table itself.
    index('filing_rows_issuer_view').on(
      t.issuerCik, t.transactionDate, t.filedAt, t.accession, t.table, sql`${t.position} desc`,
      t.code, t.acquiredDisposed, t.kind, t.shares, t.pricePerShare, t.value, t.sharesOwnedAfter, t.directOrIndirect,
      // The signals: the late filter, totals without flagged rows, and the ingest's price-outlier
      // range (which reads and rewrites flags) stay in the index.
      t.flags, t.daysLate,
    ),
    // The market screener (db/queries/trades.ts): every transaction, newest filing first, read
    // backwards straight off this index, with what its presets filter on (code, direction, dates,
    // value) so a filter passes over rows without reading the table. Holdings are left out.
    index('filing_rows_market')
      .on(t.filedAt, t.accession, t.table, sql`${t.position} desc`, t.code, t.acquiredDisposed, t.transactionDate, t.value, t.ownChangePct)
      .where(sql`${t.kind} = 'transaction'`),
    // The screener sorted by dollar value (largest first), off this index a year at a time.
    yearSortedIndex('filing_rows_value', t.value),
    // The screener sorted by the change in holding (largest first), off this index a year at a time.
    yearSortedIndex('filing_rows_own_change', t.ownChangePct),
    // The screener sorted by price (highest first), off this index a year at a time.
    yearSortedIndex('filing_rows_price', t.priceNumber),
    // The screener sorted by transaction date, read straight off this index (new rows' dates are
    // mostly the latest: their entries go at its end).
    sortedIndex('filing_rows_date', t.transactionDate),
    // The screener sorted by shares, off this index a year at a time.
    yearSortedIndex('filing_rows_shares', t.sharesNumber),
    // The screener's late filter: late lines are a few in a thousand, found here in the market's
    // order instead of walking every transaction (an insert that is not late adds nothing to it).
    index('filing_rows_late')
      .on(t.filedAt, t.accession, t.table, sql`${t.position} desc`, t.code, t.acquiredDisposed, t.transactionDate, t.value)
      .where(sql`${t.kind} = 'transaction' and ${t.daysLate} > 0`),
    // Cluster buys (db/queries/clusters.ts): open-market purchases only, a few percent of the rows, by date.
    index('filing_rows_purchases')
      .on(t.transactionDate, t.issuerCik, t.accession, t.table, t.filedAt, t.value, t.shares)
      .where(sql`${t.kind} = 'transaction' and ${t.code} = 'P'`),
  ];
});

/**
 * The calendar months in which an owner made open-market purchases or sales (codes P and S,
 * Table I) at an issuer, per year: bit m-1 of `months` for month m. Routine or opportunistic
 * (lib/domain/trading-pattern.ts) reads the three years before a trade's. Kept by the store
 * (db/store-signals.ts): OR-ed in as filings arrive, recomputed for the pairs of a filing removed.
 * WITHOUT ROWID (added by hand in the migration: drizzle has no builder for it): the key is the row.
 */
export const insiderYears = sqliteTable('insider_years', {
  issuerCik: text('issuer_cik').notNull(),
  ownerCik: text('owner_cik').notNull(),
  year: integer('year').notNull(),
  months: integer('months').notNull(),
}, (t) => [primaryKey({ columns: [t.issuerCik, t.ownerCik, t.year] })]);

export { issuers, owners } from './schema-parties';
export { dailyIndexesRead, datasetQuartersLoaded, deferredIndexes, filingDeletions } from './schema-bookkeeping';

export type IssuerRow = typeof issuers.$inferSelect;
export type NewIssuer = typeof issuers.$inferInsert;
export type OwnerRow = typeof owners.$inferSelect;
export type NewOwner = typeof owners.$inferInsert;
export type FilingRecord = typeof filings.$inferSelect;
export type NewFiling = typeof filings.$inferInsert;
export type FilingOwnerRow = typeof filingOwners.$inferSelect;
export type NewFilingOwner = typeof filingOwners.$inferInsert;
export type FilingRowRecord = typeof filingRows.$inferSelect;
export type NewFilingRow = typeof filingRows.$inferInsert;
export type InsiderYearRow = typeof insiderYears.$inferSelect;

// Full-text search over owner and issuer names lives in the FTS5 table `name_search`
// (kind, cik, name), created by a hand-written migration: drizzle has no FTS5 builder.

// The issuers and reporting owners the filings name, one row each, as the newest filing names them
// (db/store-names.ts keeps them), and the issuer's industry. db/schema.ts re-exports them, so the
// schema stays one import for the app and drizzle-kit.
import { sql } from 'drizzle-orm';
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const issuers = sqliteTable('issuers', {
  cik: text('cik').primaryKey(),
  name: text('name'),
  ticker: text('ticker'),
  /** Filing date of the filing that last changed name or ticker (the newest stored filing decides which wins). */
  namedAt: text('named_at'),
  /**
   * The issuer's industry: its SIC code and EDGAR's title, as the newest source that gave one says
   * (a filing's header, or EDGAR's listing of the issuer as read that day); null until one did. Every
   * line of the issuer's shows it and the screener filters on it, whichever filing the line came from.
   */
  sic: text('sic'),
  sicTitle: text('sic_title'),
  /** The date that code is as of: the filing date of the filing that gave it, or the day the listing was read. */
  sicAt: text('sic_at'),
}, (t) => [
  index('issuers_ticker').on(t.ticker),
  // Tickers are filed in any case ("amot", "AMOT"): search and /ticker/[symbol] match without case.
  index('issuers_ticker_nocase').on(sql`${t.ticker} collate nocase`),
  // The screener's industry filter: the issuers classed under a code (or its first digits).
  index('issuers_sic').on(t.sic).where(sql`${t.sic} is not null`),
]);

export const owners = sqliteTable('owners', {
  cik: text('cik').primaryKey(),
  /** The name as last filed, e.g. "FEDERICO RICHARD D". */
  name: text('name'),
  /** Filing date of the filing that last changed the name. */
  namedAt: text('named_at'),
});

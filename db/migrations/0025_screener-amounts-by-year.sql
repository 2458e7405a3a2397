-- The screener's four indexes by an amount (value, change in holding, price, shares) keyed first by
-- the filing's year (a VIRTUAL column: no bytes in the rows): a load's lines then share the leaves
-- of their year instead of each dirtying a leaf of its own across the whole index
-- (db/queries/trades-by-year.ts merges the years back into one order).
-- IF EXISTS: a bulk load that died may have left them dropped (db/deferred-indexes.ts keeps their
-- SQL, and builds it later only where the index does not exist).
DROP INDEX IF EXISTS `filing_rows_value`;--> statement-breakpoint
DROP INDEX IF EXISTS `filing_rows_own_change`;--> statement-breakpoint
DROP INDEX IF EXISTS `filing_rows_price`;--> statement-breakpoint
DROP INDEX IF EXISTS `filing_rows_shares`;--> statement-breakpoint
ALTER TABLE `filing_rows` ADD `filed_year` text GENERATED ALWAYS AS ((substr(filed_at, 1, 4))) VIRTUAL;--> statement-breakpoint
CREATE INDEX `filing_rows_value` ON `filing_rows` (`filed_year`,`value`,`filed_at`,`accession`,`table`,"position" desc,`code`,`acquired_disposed`) WHERE "filing_rows"."kind" = 'transaction';--> statement-breakpoint
CREATE INDEX `filing_rows_own_change` ON `filing_rows` (`filed_year`,`own_change_pct`,`filed_at`,`accession`,`table`,"position" desc,`code`,`acquired_disposed`) WHERE "filing_rows"."kind" = 'transaction';--> statement-breakpoint
CREATE INDEX `filing_rows_price` ON `filing_rows` (`filed_year`,`price_number`,`filed_at`,`accession`,`table`,"position" desc,`code`,`acquired_disposed`) WHERE "filing_rows"."kind" = 'transaction';--> statement-breakpoint
CREATE INDEX `filing_rows_shares` ON `filing_rows` (`filed_year`,`shares_number`,`filed_at`,`accession`,`table`,"position" desc,`code`,`acquired_disposed`) WHERE "filing_rows"."kind" = 'transaction';
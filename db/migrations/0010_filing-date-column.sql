-- Hand-checked: a VIRTUAL generated column is added in place (no table rebuild: rowids and data stay),
-- and the two date indexes are rebuilt on it.
DROP INDEX `filings_date`;--> statement-breakpoint
DROP INDEX `filings_issuer_date`;--> statement-breakpoint
ALTER TABLE `filings` ADD `filing_date` text GENERATED ALWAYS AS (coalesce(filed_at, period_of_report)) VIRTUAL;--> statement-breakpoint
CREATE INDEX `filings_date` ON `filings` (`filing_date`,`accession`);--> statement-breakpoint
CREATE INDEX `filings_issuer_date` ON `filings` (`issuer_cik`,`filing_date`);
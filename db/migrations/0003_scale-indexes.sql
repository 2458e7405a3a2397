-- Indexes for full-history scale (see db/schema.ts). drizzle-kit splits an index expression at its
-- commas, so the two coalesce() indexes are written by hand here.
DROP INDEX `filing_rows_issuer_date`;--> statement-breakpoint
CREATE INDEX `filing_rows_issuer_view` ON `filing_rows` (`issuer_cik`,`transaction_date`,`filed_at`,`accession`,`table`,"position" desc,`code`,`acquired_disposed`,`kind`,`shares`,`price_per_share`,`value`,`shares_owned_after`,`direct_or_indirect`);--> statement-breakpoint
DROP INDEX `filings_issuer_filed`;--> statement-breakpoint
DROP INDEX `filings_filed`;--> statement-breakpoint
CREATE INDEX `filings_date` ON `filings` (coalesce("filed_at", "period_of_report"),`accession`);--> statement-breakpoint
CREATE INDEX `filings_issuer_date` ON `filings` (`issuer_cik`,coalesce("filed_at", "period_of_report"));

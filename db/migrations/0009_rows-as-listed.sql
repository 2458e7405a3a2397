-- Hand-written from drizzle-kit's output (eleven DROP COLUMNs, each a rewrite of the whole table):
-- the table is rebuilt once, as drizzle-kit rebuilds tables, keeping each row's id.
CREATE TABLE `__new_filing_rows` (
	`id` integer PRIMARY KEY NOT NULL,
	`accession` text NOT NULL,
	`table` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`issuer_cik` text NOT NULL,
	`filed_at` text,
	`security_title` text,
	`transaction_date` text,
	`code` text,
	`shares` numeric,
	`price_per_share` numeric,
	`acquired_disposed` text,
	`shares_owned_after` numeric,
	`direct_or_indirect` text,
	`conversion_or_exercise_price` numeric,
	`underlying_title` text,
	`underlying_shares` numeric,
	`value` real,
	FOREIGN KEY (`accession`) REFERENCES `filings`(`accession`) ON UPDATE no action ON DELETE cascade
);--> statement-breakpoint
INSERT INTO `__new_filing_rows` (`id`, `accession`, `table`, `position`, `kind`, `issuer_cik`, `filed_at`, `security_title`,
	`transaction_date`, `code`, `shares`, `price_per_share`, `acquired_disposed`, `shares_owned_after`, `direct_or_indirect`,
	`conversion_or_exercise_price`, `underlying_title`, `underlying_shares`, `value`)
SELECT `id`, `accession`, `table`, `position`, `kind`, `issuer_cik`, `filed_at`, `security_title`,
	`transaction_date`, `code`, `shares`, `price_per_share`, `acquired_disposed`, `shares_owned_after`, `direct_or_indirect`,
	`conversion_or_exercise_price`, `underlying_title`, `underlying_shares`, `value`
FROM `filing_rows`;--> statement-breakpoint
DROP TABLE `filing_rows`;--> statement-breakpoint
ALTER TABLE `__new_filing_rows` RENAME TO `filing_rows`;--> statement-breakpoint
CREATE INDEX `filing_rows_accession` ON `filing_rows` (`accession`,`table`,`position`);--> statement-breakpoint
CREATE INDEX `filing_rows_issuer_view` ON `filing_rows` (`issuer_cik`,`transaction_date`,`filed_at`,`accession`,`table`,"position" desc,`code`,`acquired_disposed`,`kind`,`shares`,`price_per_share`,`value`,`shares_owned_after`,`direct_or_indirect`);

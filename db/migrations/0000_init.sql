CREATE TABLE `filing_owners` (
	`accession` text NOT NULL,
	`position` integer NOT NULL,
	`owner_cik` text NOT NULL,
	`name` text,
	`street1` text,
	`street2` text,
	`city` text,
	`state` text,
	`zip_code` text,
	`state_description` text,
	`is_director` integer NOT NULL,
	`is_officer` integer NOT NULL,
	`is_ten_percent_owner` integer NOT NULL,
	`is_other` integer NOT NULL,
	`officer_title` text,
	`other_text` text,
	PRIMARY KEY(`accession`, `position`),
	FOREIGN KEY (`accession`) REFERENCES `filings`(`accession`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `filing_owners_owner` ON `filing_owners` (`owner_cik`,`accession`);--> statement-breakpoint
CREATE TABLE `filing_rows` (
	`id` integer PRIMARY KEY NOT NULL,
	`accession` text NOT NULL,
	`table` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`issuer_cik` text NOT NULL,
	`filed_at` text,
	`security_title` text,
	`transaction_date` text,
	`deemed_execution_date` text,
	`form_type` text,
	`code` text,
	`equity_swap_involved` integer,
	`timeliness` text,
	`shares` numeric,
	`total_value` numeric,
	`price_per_share` numeric,
	`acquired_disposed` text,
	`shares_owned_after` numeric,
	`value_owned_after` numeric,
	`direct_or_indirect` text,
	`nature_of_ownership` text,
	`conversion_or_exercise_price` numeric,
	`exercise_date` text,
	`expiration_date` text,
	`underlying_title` text,
	`underlying_shares` numeric,
	`underlying_value` numeric,
	`footnote_ids` text NOT NULL,
	`value` real,
	FOREIGN KEY (`accession`) REFERENCES `filings`(`accession`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `filing_rows_accession` ON `filing_rows` (`accession`,`table`,`position`);--> statement-breakpoint
CREATE INDEX `filing_rows_issuer_date` ON `filing_rows` (`issuer_cik`,`transaction_date`);--> statement-breakpoint
CREATE TABLE `filings` (
	`accession` text PRIMARY KEY NOT NULL,
	`form_type` text NOT NULL,
	`schema_version` text,
	`issuer_cik` text NOT NULL,
	`issuer_name` text,
	`issuer_ticker` text,
	`period_of_report` text,
	`date_of_original_submission` text,
	`filed_at` text,
	`accepted_at` text,
	`not_subject_to_section16` integer NOT NULL,
	`no_securities_owned` integer NOT NULL,
	`aff10b5_one` integer,
	`remarks` text,
	`amends` text,
	`content_hash` text NOT NULL,
	`source` text,
	`document` text NOT NULL,
	`loaded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `filings_issuer_filed` ON `filings` (`issuer_cik`,`filed_at`);--> statement-breakpoint
CREATE INDEX `filings_filed` ON `filings` (`filed_at`);--> statement-breakpoint
CREATE INDEX `filings_content_hash` ON `filings` (`content_hash`);--> statement-breakpoint
CREATE INDEX `filings_amends` ON `filings` (`amends`);--> statement-breakpoint
CREATE INDEX `filings_issuer_period` ON `filings` (`issuer_cik`,`period_of_report`);--> statement-breakpoint
CREATE TABLE `footnotes` (
	`accession` text NOT NULL,
	`id` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`accession`, `position`),
	FOREIGN KEY (`accession`) REFERENCES `filings`(`accession`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `issuers` (
	`cik` text PRIMARY KEY NOT NULL,
	`name` text,
	`ticker` text,
	`named_at` text
);
--> statement-breakpoint
CREATE INDEX `issuers_ticker` ON `issuers` (`ticker`);--> statement-breakpoint
CREATE INDEX `issuers_ticker_nocase` ON `issuers` ("ticker" collate nocase);--> statement-breakpoint
CREATE TABLE `owners` (
	`cik` text PRIMARY KEY NOT NULL,
	`name` text,
	`named_at` text
);
--> statement-breakpoint
CREATE TABLE `signatures` (
	`accession` text NOT NULL,
	`position` integer NOT NULL,
	`name` text,
	`date` text,
	PRIMARY KEY(`accession`, `position`),
	FOREIGN KEY (`accession`) REFERENCES `filings`(`accession`) ON UPDATE no action ON DELETE cascade
);

ALTER TABLE `filings` ADD `issuer_sic` text;--> statement-breakpoint
ALTER TABLE `filings` ADD `issuer_sic_title` text;
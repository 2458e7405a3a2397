DROP INDEX `filings_issuer_period`;--> statement-breakpoint
CREATE INDEX `filings_issuer_period_form` ON `filings` (`issuer_cik`,`period_of_report`,`form_type`);
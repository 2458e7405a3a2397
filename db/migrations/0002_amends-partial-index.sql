DROP INDEX `filings_amends`;--> statement-breakpoint
CREATE INDEX `filings_amends` ON `filings` (`amends`) WHERE "filings"."amends" is not null;
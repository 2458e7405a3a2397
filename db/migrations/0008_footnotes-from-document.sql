ALTER TABLE `filings` DROP COLUMN `remarks`;--> statement-breakpoint
ALTER TABLE `filings` DROP COLUMN `footnotes`;
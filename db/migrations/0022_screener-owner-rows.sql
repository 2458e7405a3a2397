DROP INDEX `filing_rows_accession`;--> statement-breakpoint
CREATE INDEX `filing_rows_accession` ON `filing_rows` (`accession`,`table`,`position`,`kind`,`filed_at`,`code`);
ALTER TABLE `issuers` ADD `sic` text;--> statement-breakpoint
ALTER TABLE `issuers` ADD `sic_title` text;--> statement-breakpoint
ALTER TABLE `issuers` ADD `sic_at` text;--> statement-breakpoint
-- Each issuer's industry as its newest filing that carries a code gives it: the issuers with one found
-- on filings_issuer_sic, each one's filings walked newest first on filings_issuer_date (a scan of
-- filings would read every document: a minute and a half at a million filings, against two seconds).
UPDATE `issuers` SET (`sic`, `sic_title`, `sic_at`) = (
  SELECT f.`issuer_sic`, f.`issuer_sic_title`, f.`filing_date` FROM `filings` f
  WHERE f.`issuer_cik` = `issuers`.`cik` AND f.`issuer_sic` IS NOT NULL
  ORDER BY f.`filing_date` DESC LIMIT 1)
WHERE `cik` IN (SELECT `issuer_cik` FROM `filings` WHERE `issuer_sic` IS NOT NULL);--> statement-breakpoint
DROP INDEX `filings_issuer_sic`;--> statement-breakpoint
CREATE INDEX `issuers_sic` ON `issuers` (`sic`) WHERE "issuers"."sic" is not null;

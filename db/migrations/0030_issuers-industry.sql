DROP INDEX `filings_issuer_sic`;--> statement-breakpoint
ALTER TABLE `issuers` ADD `sic` text;--> statement-breakpoint
ALTER TABLE `issuers` ADD `sic_title` text;--> statement-breakpoint
ALTER TABLE `issuers` ADD `sic_at` text;--> statement-breakpoint
-- Each issuer's industry as its newest filing that carries a code gives it.
UPDATE `issuers` SET `sic` = f.`issuer_sic`, `sic_title` = f.`issuer_sic_title`, `sic_at` = f.`filing_date`
FROM (
  SELECT `issuer_cik`, `issuer_sic`, `issuer_sic_title`, `filing_date`,
    row_number() OVER (PARTITION BY `issuer_cik` ORDER BY `filing_date` DESC, `accession` DESC) AS n
  FROM `filings` WHERE `issuer_sic` IS NOT NULL
) AS f
WHERE f.n = 1 AND f.`issuer_cik` = `issuers`.`cik`;--> statement-breakpoint
CREATE INDEX `issuers_sic` ON `issuers` (`sic`) WHERE "issuers"."sic" is not null;

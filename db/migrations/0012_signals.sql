-- Hand-checked. The signals (db/store-signals.ts computes them at ingest): days late per line and
-- per filing, suspect-value flags per line, and the months each insider traded at each issuer.
-- Backfilled here in SQL for rows already stored: each row's own flags (not the price outlier) and
-- insider_years. Days late (business days, federal holidays) and price outliers (a median per
-- window) are left NULL / unflagged, which reads as "unknown": run `npm run ingest -- --reparse`
-- once to compute them for a database loaded before this migration (README, "Signals").
CREATE TABLE `insider_years` (
	`issuer_cik` text NOT NULL,
	`owner_cik` text NOT NULL,
	`year` integer NOT NULL,
	`months` integer NOT NULL,
	PRIMARY KEY(`issuer_cik`, `owner_cik`, `year`)
) WITHOUT ROWID;
--> statement-breakpoint
DROP INDEX `filing_rows_issuer_view`;--> statement-breakpoint
ALTER TABLE `filing_rows` ADD `days_late` integer;--> statement-breakpoint
ALTER TABLE `filing_rows` ADD `flags` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `filings` ADD `days_late` integer;--> statement-breakpoint
-- rowFlags (lib/domain/suspect-values.ts) in SQL, before the index is built; flags in its stored order.
UPDATE `filing_rows` SET `flags` = ltrim(
	iif(typeof(`shares`) IN ('integer', 'real') AND `shares` < 0, ',negative-shares', '')
	|| iif(typeof(`price_per_share`) IN ('integer', 'real') AND `price_per_share` < 0, ',negative-price', '')
	|| iif(`transaction_date` GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND `filed_at` GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
		AND `transaction_date` > `filed_at`, ',date-after-filing', '')
	|| iif(`transaction_date` GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND `transaction_date` < '1990-01-01', ',date-before-1990', '')
	|| iif(abs(`value`) > 10000000000, ',value-over-10b', ''),
	',')
WHERE (typeof(`shares`) IN ('integer', 'real') AND `shares` < 0)
	OR (typeof(`price_per_share`) IN ('integer', 'real') AND `price_per_share` < 0)
	OR `transaction_date` < '1990-01-01' OR `transaction_date` > `filed_at` OR abs(`value`) > 10000000000;--> statement-breakpoint
CREATE INDEX `filing_rows_issuer_view` ON `filing_rows` (`issuer_cik`,`transaction_date`,`filed_at`,`accession`,`table`,"position" desc,`code`,`acquired_disposed`,`kind`,`shares`,`price_per_share`,`value`,`shares_owned_after`,`direct_or_indirect`,`flags`,`days_late`);--> statement-breakpoint
-- The months of each owner's P and S lines of Table I, per issuer and year: the OR of distinct month bits is their sum.
INSERT INTO `insider_years` (`issuer_cik`, `owner_cik`, `year`, `months`)
SELECT `issuer_cik`, `owner_cik`, `year`, sum(`bit`) FROM (
	SELECT DISTINCT r.`issuer_cik`, o.`owner_cik`, cast(substr(r.`transaction_date`, 1, 4) AS integer) AS `year`,
		1 << (cast(substr(r.`transaction_date`, 6, 2) AS integer) - 1) AS `bit`
	FROM `filing_rows` r JOIN `filing_owners` o ON o.`accession` = r.`accession`
	WHERE r.`table` = 'N' AND r.`kind` = 'transaction' AND r.`code` IN ('P', 'S')
		AND r.`transaction_date` GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-9][0-9]' AND substr(r.`transaction_date`, 6, 2) BETWEEN '01' AND '12')
GROUP BY `issuer_cik`, `owner_cik`, `year`;

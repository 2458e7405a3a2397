-- Every name and ticker an issuer filed under (filings.issuer_name, filings.issuer_ticker), so that
-- search finds "Tesla Motors" and "TSLA" however the issuer is called now. Kept by triggers on
-- `filings`, whoever writes them: one index probe per filing and field, and a row only for a name
-- or ticker not seen before. Rows stay when filings go: a former name remains a former name.
-- By hand, like 0001: drizzle has no FTS5 builder, and nothing reads these tables through drizzle.
CREATE TABLE `issuer_aliases` (
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`cik` text NOT NULL,
	PRIMARY KEY (`kind`, `value`, `cik`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE VIRTUAL TABLE `issuer_name_search` USING fts5(
	cik UNINDEXED,
	name,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `issuer_aliases_name_search` AFTER INSERT ON `issuer_aliases`
WHEN new.kind = 'name'
BEGIN
	INSERT INTO issuer_name_search(cik, name) VALUES (new.cik, new.value);
END;
--> statement-breakpoint
INSERT OR IGNORE INTO issuer_aliases(kind, value, cik)
	SELECT 'name', trim(issuer_name), issuer_cik FROM filings WHERE trim(issuer_name) <> '';
--> statement-breakpoint
INSERT OR IGNORE INTO issuer_aliases(kind, value, cik)
	SELECT 'ticker', upper(trim(issuer_ticker)), issuer_cik FROM filings WHERE trim(issuer_ticker) <> '';
--> statement-breakpoint
CREATE TRIGGER `filings_issuer_aliases_insert` AFTER INSERT ON `filings`
BEGIN
	INSERT OR IGNORE INTO issuer_aliases(kind, value, cik)
		SELECT 'name', trim(new.issuer_name), new.issuer_cik WHERE trim(new.issuer_name) <> '';
	INSERT OR IGNORE INTO issuer_aliases(kind, value, cik)
		SELECT 'ticker', upper(trim(new.issuer_ticker)), new.issuer_cik WHERE trim(new.issuer_ticker) <> '';
END;
--> statement-breakpoint
CREATE TRIGGER `filings_issuer_aliases_update` AFTER UPDATE OF issuer_name, issuer_ticker ON `filings`
BEGIN
	INSERT OR IGNORE INTO issuer_aliases(kind, value, cik)
		SELECT 'name', trim(new.issuer_name), new.issuer_cik WHERE trim(new.issuer_name) <> '';
	INSERT OR IGNORE INTO issuer_aliases(kind, value, cik)
		SELECT 'ticker', upper(trim(new.issuer_ticker)), new.issuer_cik WHERE trim(new.issuer_ticker) <> '';
END;

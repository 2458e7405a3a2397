-- Full-text search over reporting owner and issuer names (drizzle has no FTS5 builder, so by hand).
-- "FEDERICO RICHARD D" is found by "Richard Federico", "federico", "fed": unicode61 folds case and
-- diacritics, and the 2- and 3-character prefix indexes keep short prefix queries fast.
-- rowid = CIK * 2 (+1 for issuers): deletes and updates find their row by rowid, with no scan.
-- Triggers keep it in step with `owners` and `issuers`, whoever writes them. A CIK is the SEC's
-- number; one that is not all digits is not indexed rather than given a clashing rowid.
CREATE VIRTUAL TABLE `name_search` USING fts5(
	kind UNINDEXED,
	cik UNINDEXED,
	name,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `owners_name_search_insert` AFTER INSERT ON `owners`
WHEN new.name IS NOT NULL AND new.cik GLOB '[0-9]*' AND NOT new.cik GLOB '*[^0-9]*' AND length(new.cik) <= 15
BEGIN
	INSERT INTO name_search(rowid, kind, cik, name) VALUES (CAST(new.cik AS INTEGER) * 2, 'owner', new.cik, new.name);
END;
--> statement-breakpoint
CREATE TRIGGER `owners_name_search_update` AFTER UPDATE OF name ON `owners`
WHEN old.name IS NOT new.name AND new.cik GLOB '[0-9]*' AND NOT new.cik GLOB '*[^0-9]*' AND length(new.cik) <= 15
BEGIN
	DELETE FROM name_search WHERE rowid = CAST(old.cik AS INTEGER) * 2 AND cik = old.cik;
	INSERT INTO name_search(rowid, kind, cik, name)
		SELECT CAST(new.cik AS INTEGER) * 2, 'owner', new.cik, new.name WHERE new.name IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `owners_name_search_delete` AFTER DELETE ON `owners`
BEGIN
	DELETE FROM name_search WHERE rowid = CAST(old.cik AS INTEGER) * 2 AND cik = old.cik;
END;
--> statement-breakpoint
CREATE TRIGGER `issuers_name_search_insert` AFTER INSERT ON `issuers`
WHEN new.name IS NOT NULL AND new.cik GLOB '[0-9]*' AND NOT new.cik GLOB '*[^0-9]*' AND length(new.cik) <= 15
BEGIN
	INSERT INTO name_search(rowid, kind, cik, name) VALUES (CAST(new.cik AS INTEGER) * 2 + 1, 'issuer', new.cik, new.name);
END;
--> statement-breakpoint
CREATE TRIGGER `issuers_name_search_update` AFTER UPDATE OF name ON `issuers`
WHEN old.name IS NOT new.name AND new.cik GLOB '[0-9]*' AND NOT new.cik GLOB '*[^0-9]*' AND length(new.cik) <= 15
BEGIN
	DELETE FROM name_search WHERE rowid = CAST(old.cik AS INTEGER) * 2 + 1 AND cik = old.cik;
	INSERT INTO name_search(rowid, kind, cik, name)
		SELECT CAST(new.cik AS INTEGER) * 2 + 1, 'issuer', new.cik, new.name WHERE new.name IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `issuers_name_search_delete` AFTER DELETE ON `issuers`
BEGIN
	DELETE FROM name_search WHERE rowid = CAST(old.cik AS INTEGER) * 2 + 1 AND cik = old.cik;
END;
--> statement-breakpoint
INSERT INTO name_search(rowid, kind, cik, name)
	SELECT CAST(cik AS INTEGER) * 2, 'owner', cik, name FROM owners
	WHERE name IS NOT NULL AND cik GLOB '[0-9]*' AND NOT cik GLOB '*[^0-9]*' AND length(cik) <= 15;
--> statement-breakpoint
INSERT INTO name_search(rowid, kind, cik, name)
	SELECT CAST(cik AS INTEGER) * 2 + 1, 'issuer', cik, name FROM issuers
	WHERE name IS NOT NULL AND cik GLOB '[0-9]*' AND NOT cik GLOB '*[^0-9]*' AND length(cik) <= 15;

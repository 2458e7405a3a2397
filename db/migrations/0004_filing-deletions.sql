-- A count of deleted filings (see filingDeletions in db/schema.ts), kept by a trigger so that every
-- writer (the store, a hand-run DELETE) counts. One row; deletes are rare, inserts do not touch it.
CREATE TABLE `filing_deletions` (
	`id` integer PRIMARY KEY NOT NULL,
	`count` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `filing_deletions` (`id`, `count`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `filings_count_deletion` AFTER DELETE ON `filings`
BEGIN
	UPDATE `filing_deletions` SET `count` = `count` + 1 WHERE `id` = 1;
END;

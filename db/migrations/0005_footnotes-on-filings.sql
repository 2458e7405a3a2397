-- Footnotes and signatures move onto their filing as JSON arrays in filed order (see db/schema.ts):
-- they are only read with it, and as child tables they were half the rows an ingest wrote.
ALTER TABLE `filings` ADD `footnotes` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `filings` ADD `signatures` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
UPDATE `filings` SET `footnotes` = (
	SELECT json_group_array(json_object('id', n.id, 'text', n.text))
	FROM (SELECT `id`, `text` FROM `footnotes` WHERE `accession` = `filings`.`accession` ORDER BY `position`) n
) WHERE `accession` IN (SELECT `accession` FROM `footnotes`);--> statement-breakpoint
UPDATE `filings` SET `signatures` = (
	SELECT json_group_array(json_object('name', s.name, 'date', s.date))
	FROM (SELECT `name`, `date` FROM `signatures` WHERE `accession` = `filings`.`accession` ORDER BY `position`) s
) WHERE `accession` IN (SELECT `accession` FROM `signatures`);--> statement-breakpoint
DROP TABLE `footnotes`;--> statement-breakpoint
DROP TABLE `signatures`;

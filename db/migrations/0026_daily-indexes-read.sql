CREATE TABLE `daily_indexes_read` (
	`day` text PRIMARY KEY NOT NULL,
	`filings` integer NOT NULL,
	`read_at` text NOT NULL
);

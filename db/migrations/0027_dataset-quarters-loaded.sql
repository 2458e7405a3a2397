CREATE TABLE `dataset_quarters_loaded` (
	`quarter` text PRIMARY KEY NOT NULL,
	`filings` integer NOT NULL,
	`loaded_at` text NOT NULL
);

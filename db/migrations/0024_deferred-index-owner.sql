ALTER TABLE `deferred_indexes` ADD `owner_pid` integer;--> statement-breakpoint
ALTER TABLE `deferred_indexes` ADD `owner_host` text;--> statement-breakpoint
ALTER TABLE `deferred_indexes` ADD `owner_token` text;--> statement-breakpoint
ALTER TABLE `deferred_indexes` ADD `deferred_at` integer;
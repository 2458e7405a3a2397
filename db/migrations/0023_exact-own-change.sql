-- own_change_pct without round(): SQLite versions round ties differently, so an index entry written
-- by one did not match what another computes (integrity_check: "row missing from index"). A generated
-- column cannot be altered: its two indexes are dropped, the VIRTUAL column (no bytes in the rows)
-- dropped and added again, which copies no row, and the indexes built again as 0017 declared them.
-- IF EXISTS: a bulk load that died may have left them dropped (db/deferred-indexes.ts keeps their SQL).
-- filing_rows_late is built again after them, as before: the planner takes the newer of two indexes
-- of equal cost, and the late filter must read the late lines' index, not the market's.
DROP INDEX IF EXISTS `filing_rows_market`;--> statement-breakpoint
DROP INDEX IF EXISTS `filing_rows_own_change`;--> statement-breakpoint
ALTER TABLE `filing_rows` DROP COLUMN `own_change_pct`;--> statement-breakpoint
ALTER TABLE `filing_rows` ADD `own_change_pct` real GENERATED ALWAYS AS ((case
    when typeof(shares) in ('integer', 'real') and typeof(shares_owned_after) in ('integer', 'real') then
      case acquired_disposed
        when 'A' then case when shares_owned_after - shares > 0 then shares * 100.0 / (shares_owned_after - shares) end
        when 'D' then case when shares_owned_after + shares > 0 then shares * 100.0 / (shares_owned_after + shares) end
      end
  end)) VIRTUAL;--> statement-breakpoint
CREATE INDEX `filing_rows_own_change` ON `filing_rows` (`own_change_pct`,`filed_at`,`accession`,`table`,"position" desc,`code`,`acquired_disposed`) WHERE "filing_rows"."kind" = 'transaction';--> statement-breakpoint
CREATE INDEX `filing_rows_market` ON `filing_rows` (`filed_at`,`accession`,`table`,"position" desc,`code`,`acquired_disposed`,`transaction_date`,`value`,`own_change_pct`) WHERE "filing_rows"."kind" = 'transaction';--> statement-breakpoint
DROP INDEX IF EXISTS `filing_rows_late`;--> statement-breakpoint
CREATE INDEX `filing_rows_late` ON `filing_rows` (`filed_at`,`accession`,`table`,"position" desc,`code`,`acquired_disposed`,`transaction_date`,`value`) WHERE "filing_rows"."kind" = 'transaction' and "filing_rows"."days_late" > 0;

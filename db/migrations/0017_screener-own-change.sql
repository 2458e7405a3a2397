DROP INDEX `filing_rows_market`;--> statement-breakpoint
ALTER TABLE `filing_rows` ADD `own_change_pct` real GENERATED ALWAYS AS ((case
    when typeof(shares) in ('integer', 'real') and typeof(shares_owned_after) in ('integer', 'real') then
      case acquired_disposed
        when 'A' then case when shares_owned_after - shares > 0 then round(shares * 100.0 / (shares_owned_after - shares), 4) end
        when 'D' then case when shares_owned_after + shares > 0 then round(shares * 100.0 / (shares_owned_after + shares), 4) end
      end
  end)) VIRTUAL;--> statement-breakpoint
CREATE INDEX `filing_rows_own_change` ON `filing_rows` (`own_change_pct`,`filed_at`,`accession`,`table`,"position" desc,`code`,`acquired_disposed`) WHERE "filing_rows"."kind" = 'transaction';--> statement-breakpoint
CREATE INDEX `filing_rows_market` ON `filing_rows` (`filed_at`,`accession`,`table`,"position" desc,`code`,`acquired_disposed`,`transaction_date`,`value`,`own_change_pct`) WHERE "filing_rows"."kind" = 'transaction';
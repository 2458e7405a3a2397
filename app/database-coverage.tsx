import type { DatabaseCoverage } from '@/db/queries/coverage';
import { quartersBetween } from '@/lib/datasets/listing';
import { isBehindEdgar, openDaysBehind } from '@/lib/domain/catch-up';
import { formatShortDate } from '@/lib/format';
import { mutedClass } from '@/components/ui/styles';

/**
 * One line on how far this database reaches, so that "this week" on the pages is read against it;
 * when EDGAR has been open more than a day since, the command that catches up.
 */
export function DatabaseCoverageNote({ coverage, today }: { coverage: DatabaseCoverage; today: string }) {
  const { latestFilingDate, latestDayRead, quarters } = coverage;
  if (latestFilingDate === null) return null;
  const sources = [
    quarters ? datasetsText(quarters) : null,
    latestDayRead ? `EDGAR's daily indexes read through ${formatShortDate(latestDayRead)}` : null,
  ].filter((s) => s !== null);
  const behind = openDaysBehind(latestFilingDate, latestDayRead, today);
  return (
    <p className={`text-sm ${mutedClass}`}>
      {`This database holds filings through ${formatShortDate(latestFilingDate)}${sources.length > 0 ? ` (${sources.join('; ')})` : ''}.`}
      {isBehindEdgar(behind) ? (
        <>
          {` EDGAR has been open ${behind} days since: `}
          <code className="font-mono whitespace-nowrap">npm run ingest -- --follow</code>
          {' reads them and keeps it current.'}
        </>
      ) : null}
    </p>
  );
}

/** The quarters loaded, saying so when some between the first and the last were not. */
function datasetsText({ first, last, count }: NonNullable<DatabaseCoverage['quarters']>): string {
  if (first === last) return `the SEC's data set ${first}`;
  const between = quartersBetween(first, last).length;
  return count < between ? `the SEC's data sets: ${count} of the ${between} quarters ${first} to ${last}` : `the SEC's data sets ${first} to ${last}`;
}

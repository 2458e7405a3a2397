import type { DatabaseCoverage } from '@/db/queries/coverage';
import { openDaysBehind } from '@/lib/domain/catch-up';
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
    quarters ? `the SEC's data sets ${quarters.first === quarters.last ? quarters.first : `${quarters.first} to ${quarters.last}`}` : null,
    latestDayRead ? `EDGAR's daily indexes read through ${formatShortDate(latestDayRead.day)}` : null,
  ].filter((s) => s !== null);
  const behind = openDaysBehind(latestFilingDate, latestDayRead?.day ?? null, today);
  return (
    <p className={`text-sm ${mutedClass}`}>
      {`This database holds filings through ${formatShortDate(latestFilingDate)}${sources.length > 0 ? ` (${sources.join('; ')})` : ''}.`}
      {behind !== null && behind > 1 ? (
        <>
          {` EDGAR has been open ${behind} days since: `}
          <code className="font-mono whitespace-nowrap">npm run ingest -- --follow</code>
          {' reads them and keeps it current.'}
        </>
      ) : null}
    </p>
  );
}

// The same view elsewhere: as CSV (every row), as JSON (the API's page) and, for a list of rows, as an Atom feed.
import { linkClass, secondaryButtonClass } from '@/components/ui/styles';

export function ExportLinks({ csv, json, feed, feedLabel = 'Atom feed' }: { csv: string; json: string; feed?: string; feedLabel?: string }) {
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <a href={csv} className={secondaryButtonClass} download>Download CSV</a>
      <a href={json} className={linkClass}>JSON</a>
      {feed && <a href={feed} className={linkClass} type="application/atom+xml">{feedLabel}</a>}
    </div>
  );
}

// Server-side paging as links: every page of a big table is a URL, and nothing loads all rows. The
// page, its size, the row count and the page count come from the TanStack table (manual pagination).
import type { Table } from '@tanstack/react-table';
import { formatShares } from '@/lib/format';
import type { Row } from './columns';
import type { FollowLink } from './follow-links';
import type { features } from './table-state';

/** The first, last, current and two either side of it; a gap where pages are left out. */
function pagesToShow(page: number, pageCount: number): (number | 'gap')[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push('gap');
    out.push(p);
  });
  return out;
}

function rowRange(page: number, pageSize: number, total: number): string {
  if (total === 0) return 'No rows';
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return `Rows ${formatShares(first)}–${formatShares(last)} of ${formatShares(total)}`;
}

export function DataTablePagination({ table, label = 'Pages', pageHref, onFollow }: {
  table: Table<typeof features, Row>;
  label?: string;
  /** The URL of a page of the same view. */
  pageHref: (page: number) => string;
  /** Follows a page link inside the app (follow-links.ts). */
  onFollow?: FollowLink;
}) {
  const { pageIndex, pageSize } = table.store.state.pagination;
  const page = pageIndex + 1;
  const pageCount = table.getPageCount();
  const href = pageHref;
  // Pages are links followed on demand: prefetching each one would query the server for every page shown.
  return (
    <nav aria-label={label} className="pager" onClick={onFollow}>
      <span>{rowRange(page, pageSize, table.getRowCount())}</span>
      {pageCount > 1 ? (
        <ul>
          <li>
            {table.getCanPreviousPage() ? <a href={href(page - 1)} rel="prev">← Previous</a> : <span aria-disabled="true">← Previous</span>}
          </li>
          {pagesToShow(page, pageCount).map((p, i) =>
            p === 'gap' ? (
              <li key={`gap-${i}`} aria-hidden="true">…</li>
            ) : (
              <li key={p}>
                {p === page ? <span aria-current="page">{p}</span> : <a href={href(p)} aria-label={`Page ${p}`}>{p}</a>}
              </li>
            ),
          )}
          <li>
            {table.getCanNextPage() ? <a href={href(page + 1)} rel="next">Next →</a> : <span aria-disabled="true">Next →</span>}
          </li>
        </ul>
      ) : null}
    </nav>
  );
}

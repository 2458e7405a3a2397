// A sortable column header: a plain link to the URL of the next sort, so sorting works the same
// without JavaScript. TanStack's toggle cycle (the column's first direction, then flip) picks it.
// Not prefetched: a page has twelve of them, each a request for a whole sorted page.
import Link from 'next/link';
import { FlexRender, type Header } from '@tanstack/react-table';
import type { Row } from './columns';
import type { features } from './table-state';

function ariaSort(direction: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  return direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
}

export function DataTableColumnHeader({ header, sortHref }: {
  header: Header<typeof features, Row, unknown>;
  /** The URL of the view sorted so (its filters kept, back to page 1). */
  sortHref: (sort: string, dir: 'asc' | 'desc') => string;
}) {
  const { column } = header;
  const sorted = column.getIsSorted();
  // Sorting cannot be removed (enableSortingRemoval: false), so there is always a next direction.
  const next = column.getNextSortingOrder() || column.getFirstSortDir();
  const { align, description } = column.columnDef.meta ?? {};
  const label = String(column.columnDef.header);
  const className = align === 'num' ? 'text-right' : align === 'center' ? 'text-center' : undefined;
  // A column the server cannot sort on (the screener's names and codes) is a plain header.
  if (!column.getCanSort()) {
    return <th scope="col" className={className} title={description}><FlexRender header={header} /></th>;
  }
  return (
    // The sort mark (▲ ▼ ↕) is drawn by CSS from aria-sort (app/globals.css .tx-table).
    <th scope="col" aria-sort={ariaSort(sorted)} className={className}>
      <Link
        href={sortHref(column.id, next)}
        scroll={false}
        prefetch={false}
        title={`${description ? `${description}. ` : ''}Sort by ${label} ${next === 'asc' ? 'ascending' : 'descending'}`}
      >
        <FlexRender header={header} />
      </Link>
    </th>
  );
}

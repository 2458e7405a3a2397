// A sortable column header: a plain link to the URL of the next sort, so sorting works the same
// without JavaScript. TanStack's toggle cycle (the column's first direction, then flip) picks it.
// Not prefetched: a page has twelve of them, each a request for a whole sorted page. Followed inside
// the app, keeping the scroll position, by the table head's click handler (follow-links.ts).
import type { Header } from '@tanstack/react-table';
import type { Row } from './columns';
import type { features } from './table-state';

function ariaSort(direction: 'asc' | 'desc'): 'ascending' | 'descending' {
  return direction === 'asc' ? 'ascending' : 'descending';
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
  // Numbers right, the one-letter columns centred: by position (app/styles/tables.css .tx-cols).
  const description = column.columnDef.meta?.description;
  // Every header is text (columns.tsx): no template to render.
  const label = String(column.columnDef.header);
  // A column the server cannot sort on (the screener's names and codes) is a plain header.
  if (!column.getCanSort()) {
    return <th scope="col" title={description}>{label}</th>;
  }
  return (
    // The sort mark (▲ ▼ ↕) is drawn by CSS from aria-sort (app/styles/tables.css .tx-table); unsorted
    // columns leave it out ("none" is its default). A header link sorts by its column, the arrow says
    // which way: its title is the column's description, where the header's letters need one.
    <th scope="col" aria-sort={sorted ? ariaSort(sorted) : undefined}>
      <a href={sortHref(column.id, next)} title={description}>
        {label}
      </a>
    </th>
  );
}

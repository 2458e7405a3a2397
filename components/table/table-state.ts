// The transactions table's TanStack state, read from the URL's view. The server sorts, filters and
// pages (every `manual*` option is on): the table holds the state to draw headers, filters and pages
// from, and changing it is following a link or submitting the filter form.
import {
  columnFilteringFeature,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnFiltersState,
  type PaginationState,
  type SortingState,
} from '@tanstack/react-table';
import { DEFAULT_VIEW, type TableView } from '@/lib/search-params';

export type ColumnMeta = {
  /** What the header's letters stand for, as its tooltip. */
  description?: string;
};

export const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  rowPaginationFeature,
  columnMeta: metaHelper<ColumnMeta>(),
});

export type TableState = { sorting: SortingState; columnFilters: ColumnFiltersState; pagination: PaginationState };

/** The view's sort, filters and page as TanStack state; filters sit on the column they narrow. */
export function toTableState(view: TableView): TableState {
  const filters: [string, unknown][] = [
    ['code', view.codes.length ? view.codes : null],
    ['ad', view.ad],
    ['role', view.role],
    ['insider', view.insider],
    ['issuer', view.issuer],
    ['date', view.from || view.to ? [view.from, view.to] : null],
  ];
  return {
    sorting: [{ id: view.sort, desc: view.dir === 'desc' }],
    columnFilters: filters.filter(([, value]) => value !== null).map(([id, value]) => ({ id, value })),
    pagination: { pageIndex: view.page - 1, pageSize: view.pageSize },
  };
}

/** The view without what it shares with the default view: what a page writes into the island's props. */
export function viewChanges(view: TableView): Partial<TableView> {
  return Object.fromEntries(Object.entries(view).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(DEFAULT_VIEW[key as keyof TableView])));
}

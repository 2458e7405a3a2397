'use client';
// The transactions table island, in the shape of shadcn's data table: TanStack Table holds the
// columns and the state (sort, column filters, page) read from the URL, and draws the toolbar, the
// headers, the body from its row model and the pager. The server has already sorted, filtered and
// paged the rows (every `manual*` option), and each control is a link or a GET form, so the table
// works the same with JavaScript off. Rows arrive packed (table-rows.ts): they are sent once, as props.
import { useMemo } from 'react';
import { flexRender, useTable } from '@tanstack/react-table';
import type { TableView } from '@/lib/search-params';
import { issuerColumns, personColumns, type Row } from './columns';
import { DataTableColumnHeader } from './data-table-column-header';
import { DataTablePagination } from './data-table-pagination';
import { unpackRow, type TableRows } from './table-rows';
import { features, toTableState } from './table-state';
import { TransactionFilters, type FilterOption } from './transaction-filters';

export type TransactionsTableProps = TableRows & {
  view: TableView;
  /** Rows matching the filters, on every page. */
  total: number;
  pageCount: number;
  /** The page's path ("/issuers/46129"): links keep its filters. */
  basePath: string;
  /** Issuer pages name the insider on each row; person pages name the issuer. */
  variant: 'issuer' | 'person';
  caption: string;
  /** The insider select on an issuer page, or the issuer select on a person page. */
  who: { name: 'insider' | 'issuer'; label: string; options: FilterOption[] };
};

export function TransactionsTable({ filings, rows, view, total, pageCount, basePath, variant, caption, who }: TransactionsTableProps) {
  const data = useMemo<Row[]>(() => rows.map((packed) => {
    const row = unpackRow(packed);
    return { ...row, f: filings[row.filing]! };
  }), [filings, rows]);
  const table = useTable({
    features,
    columns: variant === 'issuer' ? issuerColumns : personColumns,
    data,
    state: toTableState(view),
    manualSorting: true,
    manualFiltering: true,
    manualPagination: true,
    rowCount: total,
    pageCount,
    enableSortingRemoval: false,
    enableMultiSort: false,
    getRowId: (row) => String(row.id),
  });
  const rowModel = table.getRowModel();

  return (
    <>
      <TransactionFilters table={table} view={view} basePath={basePath} who={who} />
      <DataTablePagination table={table} view={view} basePath={basePath} />
      <div className="table-box max-h-[calc(100vh-7rem)] overflow-auto" role="region" aria-label={caption} tabIndex={0}>
        <table className="data-table tx-table sticky-head hover-rows">
          <caption className="sr-only">{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <DataTableColumnHeader key={header.id} header={header} view={view} basePath={basePath} />
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {rowModel.rows.length > 0 ? (
              rowModel.rows.map((row) => (
                <tr key={row.id}>
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                  ))}
                </tr>
              ))
            ) : (
              <tr className="empty">
                <td colSpan={table.getAllLeafColumns().length}>No rows match these filters.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {pageCount > 1 ? <DataTablePagination table={table} label="Pages, bottom" view={view} basePath={basePath} /> : null}
    </>
  );
}

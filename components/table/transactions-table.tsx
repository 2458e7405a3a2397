'use client';
// The transactions table island, in the shape of shadcn's data table: TanStack Table holds the
// columns and the state (sort, column filters, page) read from the URL, and draws the toolbar, the
// headers and the pager; the body is its columns' cells over the rows. The server has already sorted,
// filtered and paged the rows (every `manual*` option), and each control is a link or a GET form, so
// the table works the same with JavaScript off. Rows arrive packed (table-rows.ts): they are sent once, as props.
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTable } from '@tanstack/react-table';
import { DEFAULT_VIEW, toQueryString, type SortKey, type TableView } from '@/lib/search-params';
import { RANKING_SORTS, type TradeParams, type TradeSortKey } from '@/lib/trade-params';
import { toTradeQueryString } from '@/lib/trade-urls';
import { toTradeTableState, tradeSortQuery } from '@/components/market/trade-links';
import { issuerColumns, personColumns, type Row, type RowCell } from './columns';
import { tradeColumns } from './trades-columns';
import { DataTableColumnHeader } from './data-table-column-header';
import { DataTablePagination } from './data-table-pagination';
import { useFollowLinks } from './follow-links';
import { unpackRows, type TableRows } from './table-rows';
import { features, toTableState } from './table-state';
import { TransactionFilters, type FilterOption } from './transaction-filters';

/** The insider select on an issuer page, or the issuer select on a person page. */
export type WhoFilter = { name: 'insider' | 'issuer'; label: string; options: FilterOption[] };

type Common = TableRows & {
  /** Rows matching the filters, on every page. */
  total: number;
  pageCount: number;
  /** The page's path ("/issuers/46129"): links keep its filters. */
  basePath: string;
  caption: string;
};

type Props = Common & (
  | {
      view: TableView;
      /** Issuer pages name the insider on each row; person pages name the issuer. */
      variant: 'issuer' | 'person';
      who: WhoFilter;
    }
  | {
      /** The market screener (/trades): issuer and insider on each row; its form is the page's. */
      variant: 'market';
      trade: TradeParams;
    }
);

/** The props as a page sends them: the view only where it differs from the default (table-state.ts viewChanges). */
export type TransactionsTableProps = Common & (
  | (Omit<Extract<Props, { variant: 'issuer' | 'person' }>, keyof Common | 'view'> & { view: Partial<TableView> })
  | Omit<Extract<Props, { variant: 'market' }>, keyof Common>
);

/**
 * Each column's cell renderer. columns.tsx defines every cell as a RowCell (a function of its row);
 * TanStack's column type knows them only as templates of a whole cell context. Fixed content is
 * rendered as flexRender would.
 */
function cellRenderers(columns: readonly { columnDef: { cell?: unknown } }[]): RowCell[] {
  return columns.map(({ columnDef: { cell } }) => (typeof cell === 'function' ? (cell as RowCell) : () => (cell ?? null) as ReactNode));
}

export function TransactionsTable(sent: TransactionsTableProps) {
  const props: Props = sent.variant === 'market' ? sent : { ...sent, view: { ...DEFAULT_VIEW, ...sent.view } };
  const { filings, rows, total, pageCount, basePath, variant, caption } = props;
  const data = useMemo<Row[]>(() => unpackRows({ filings, rows }), [filings, rows]);
  const table = useTable({
    features,
    columns: variant === 'market' ? tradeColumns : variant === 'issuer' ? issuerColumns : personColumns,
    data,
    state: props.variant === 'market' ? toTradeTableState(props.trade) : toTableState(props.view),
    manualSorting: true,
    manualFiltering: true,
    manualPagination: true,
    rowCount: total,
    pageCount,
    enableSortingRemoval: false,
    enableMultiSort: false,
    getRowId: (row) => String(row.id),
  });
  const columns = table.getAllLeafColumns();
  const cells = cellRenderers(columns);
  // The server has sorted, filtered and paged the rows (every manual* option), so the row model is
  // its rows as they come.
  const modelRows = table.getRowModel().rows;
  // Cells are laid out and named on phones by position (app/styles/phone-cards.css .tx-cols; the screener's
  // columns differ: .tx-market; each variant's names: .tx-issuer, phone-labels.test.ts).
  const tableClass = `tx-${variant}`;
  const box = useRef<HTMLDivElement>(null);
  const follow = useFollowLinks();
  useEffect(() => closeTipsOnEscape(box.current), []);
  const sortHref = (sort: string, dir: 'asc' | 'desc') => basePath + (props.variant === 'market'
    ? tradeSortQuery(props.trade, sort as TradeSortKey, dir)
    : toQueryString(props.view, { sort: sort as SortKey, dir, page: 1 }));
  const pageHref = (page: number) => basePath + (props.variant === 'market'
    ? toTradeQueryString(props.trade, { page })
    : toQueryString(props.view, { page }));

  return (
    <>
      {props.variant !== 'market' ? <TransactionFilters table={table} view={props.view} basePath={basePath} who={props.who} /> : null}
      <DataTablePagination table={table} pageHref={pageHref} onFollow={follow.toTop} />
      {props.variant === 'market' && RANKING_SORTS.has(props.trade.sort) ? (
        <p className="muted text-sm">Lines with a suspect value (⚑) are left out of this ranking; sorted by date they are listed.</p>
      ) : props.variant !== 'market' && (props.view.sort === 'value' || props.view.sort === 'shares' || props.view.sort === 'price') ? (
        <p className="muted text-sm">Lines with a suspect value (⚑) are left out of this ranking: they come last.</p>
      ) : null}
      <div ref={box} className="table-box tx-box" role="region" aria-label={caption} tabIndex={0}>
        <table className={`data-table tx-table tx-cols ${tableClass} sticky-head hover-rows`}>
          <caption className="sr-only">{caption}</caption>
          <thead onClick={follow.keepScroll}>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <DataTableColumnHeader key={header.id} header={header} sortHref={sortHref} />
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {modelRows.length > 0 ? (
              modelRows.map((row) => {
                // A cell reads only its row (RowCellContext): one context a row, no cell objects.
                const context = { row };
                return <tr key={row.id}>{cells.map((cell, i) => <td key={i}>{cell(context)}</td>)}</tr>;
              })
            ) : (
              <tr className="empty">
                <td colSpan={columns.length}>No rows match these filters.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {data.some((r) => !r.f.filedAt) ? (
        <p className="muted text-sm">A dash under Filed: the filing was loaded without its EDGAR header, so its filing date is not in the data.</p>
      ) : null}
      {pageCount > 1 ? <DataTablePagination table={table} label="Pages, bottom" pageHref={pageHref} onFollow={follow.toTop} /> : null}
    </>
  );
}

/**
 * Escape closes the signal explanation shown on hover or focus (components/ui/tip.tsx; WCAG 1.4.13):
 * the open one is marked closed until the pointer or focus leaves it.
 */
function closeTipsOnEscape(root: HTMLElement | null): (() => void) | undefined {
  if (!root) return undefined;
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    root.querySelectorAll('.tip:hover, .tip:focus-within').forEach((tip) => tip.setAttribute('data-closed', ''));
  };
  const reopen = (e: Event) => {
    const tip = e.target instanceof Element ? e.target.closest('.tip') : null;
    const to = (e as FocusEvent | PointerEvent).relatedTarget;
    if (tip && !(to instanceof Node && tip.contains(to))) tip.removeAttribute('data-closed');
  };
  document.addEventListener('keydown', onKey);
  root.addEventListener('pointerout', reopen);
  root.addEventListener('focusout', reopen);
  return () => {
    document.removeEventListener('keydown', onKey);
    root.removeEventListener('pointerout', reopen);
    root.removeEventListener('focusout', reopen);
  };
}

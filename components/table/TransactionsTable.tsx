'use client';
// The transactions table island. The server has already sorted, filtered and paged the rows; TanStack
// Table here owns the column model and the sort state, and each sortable header is a plain link to
// the URL of the next sort, so sorting works the same with JavaScript off.
import Link from 'next/link';
import {
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { formatShortDate } from '@/lib/format';
import { readableName } from '@/lib/names';
import { DESC_FIRST, toQueryString, type SortKey, type TableView } from '@/lib/search-params';
import type { TransactionRow } from '@/lib/queries/types';
import { Amount } from '@/components/ui/Amount';
import { CodeLabel } from '@/components/ui/CodeLabel';
import { RoleBadges } from '@/components/ui/RoleBadges';
import { linkClass } from '@/components/ui/styles';

const features = tableFeatures({ rowSortingFeature });
const helper = createColumnHelper<typeof features, TransactionRow>();

const muted = 'text-zinc-400 dark:text-zinc-600';

const dateColumn = helper.accessor((r) => r.transactionDate, {
  id: 'date',
  sortDescFirst: true,
  header: 'Date',
  cell: ({ row: { original: r } }) =>
    r.transactionDate ? (
      <time dateTime={r.transactionDate} className="whitespace-nowrap">{formatShortDate(r.transactionDate)}</time>
    ) : (
      <span className={muted}>—</span>
    ),
});

const insiderColumn = helper.accessor((r) => r.ownerName, {
  id: 'insider',
  header: 'Insider',
  cell: ({ row: { original: r } }) =>
    r.ownerCik ? (
      <span className="whitespace-nowrap">
        <Link href={`/people/${r.ownerCik}`} className={linkClass} title={r.ownerName ?? undefined}>
          {readableName(r.ownerName) || `CIK ${r.ownerCik}`}
        </Link>
        {r.ownerCount > 1 ? (
          <span className="ml-1 text-xs text-zinc-500 dark:text-zinc-400" title={`Joint filing with ${r.ownerCount - 1} other reporting owner(s)`}>
            +{r.ownerCount - 1}
          </span>
        ) : null}
      </span>
    ) : (
      <span className={muted}>—</span>
    ),
});

const issuerColumn = helper.accessor((r) => r.issuerName, {
  id: 'issuer',
  header: 'Issuer',
  cell: ({ row: { original: r } }) => (
    <span className="whitespace-nowrap">
      <Link href={`/issuers/${r.issuerCik}`} className={linkClass}>
        {r.issuerName ?? `CIK ${r.issuerCik}`}
      </Link>
      {r.issuerTicker ? <span className="ml-1.5 font-mono text-xs text-zinc-500 dark:text-zinc-400">{r.issuerTicker}</span> : null}
    </span>
  ),
});

const restColumns = [
  helper.accessor((r) => (r.isDirector ? 8 : 0) + (r.isOfficer ? 4 : 0) + (r.isTenPercentOwner ? 2 : 0) + (r.isOther ? 1 : 0), {
    id: 'role',
    header: 'Role',
    cell: ({ row: { original: r } }) => <RoleBadges roles={r} compact />,
  }),
  helper.accessor((r) => r.securityTitle, {
    id: 'security',
    header: 'Security',
    cell: ({ row: { original: r } }) => (
      <span className="block max-w-56 truncate" title={r.securityTitle ?? undefined}>
        {r.securityTitle ?? <span className={muted}>—</span>}
        {r.table === 'D' ? (
          <span className="ml-1.5 rounded bg-zinc-100 px-1 text-[10px] uppercase tracking-wide text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300" title="Table II: derivative security">
            deriv
          </span>
        ) : null}
      </span>
    ),
  }),
  helper.accessor((r) => r.code, {
    id: 'code',
    header: 'Code',
    cell: ({ row: { original: r } }) => <CodeLabel code={r.code} kind={r.kind} />,
  }),
  helper.accessor((r) => r.acquiredDisposed, {
    id: 'ad',
    header: 'A/D',
    cell: ({ row: { original: r } }) =>
      r.acquiredDisposed === 'A' ? (
        <abbr title="Acquired" className="font-medium text-emerald-700 no-underline dark:text-emerald-400">A</abbr>
      ) : r.acquiredDisposed === 'D' ? (
        <abbr title="Disposed" className="font-medium text-rose-700 no-underline dark:text-rose-400">D</abbr>
      ) : (
        <span className={muted}>{r.acquiredDisposed ?? '—'}</span>
      ),
  }),
  helper.accessor((r) => r.shares, { id: 'shares', sortDescFirst: true, header: 'Shares', cell: (c) => <Amount value={c.row.original.shares} as="shares" /> }),
  helper.accessor((r) => r.pricePerShare, { id: 'price', sortDescFirst: true, header: 'Price', cell: (c) => <Amount value={c.row.original.pricePerShare} as="price" /> }),
  helper.accessor((r) => r.value, { id: 'value', sortDescFirst: true, header: 'Value', cell: (c) => <Amount value={c.row.original.value} as="dollars" /> }),
  helper.accessor((r) => r.sharesOwnedAfter, {
    id: 'owned',
    sortDescFirst: true,
    header: 'Owned after',
    cell: (c) => <Amount value={c.row.original.sharesOwnedAfter} as="shares" />,
  }),
  helper.accessor((r) => r.directOrIndirect, {
    id: 'di',
    header: 'D/I',
    cell: ({ row: { original: r } }) =>
      r.directOrIndirect === 'D' ? (
        <abbr title="Direct ownership" className="no-underline">D</abbr>
      ) : r.directOrIndirect === 'I' ? (
        <abbr title="Indirect ownership" className="no-underline">I</abbr>
      ) : (
        <span className={muted}>{r.directOrIndirect ?? '—'}</span>
      ),
  }),
  helper.accessor((r) => r.filedAt, {
    id: 'filed',
    sortDescFirst: true,
    header: 'Filing',
    cell: ({ row: { original: r } }) => (
      <Link href={`/filings/${encodeURIComponent(r.accession)}`} className={`${linkClass} whitespace-nowrap`} aria-label={`Form ${r.formType}${r.filedAt ? ` filed ${formatShortDate(r.filedAt)}` : ''}, ${r.accession}`}>
        Form {r.formType}
        {r.filedAt ? <span className="ml-1 text-zinc-500 dark:text-zinc-400">{formatShortDate(r.filedAt)}</span> : null}
      </Link>
    ),
  }),
];

const issuerColumns = helper.columns([dateColumn, insiderColumn, ...restColumns]);
const personColumns = helper.columns([dateColumn, issuerColumn, ...restColumns]);

const NUMERIC = new Set(['shares', 'price', 'value', 'owned']);
const CENTERED = new Set(['ad', 'di']);

function ariaSort(direction: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  return direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
}

export type TransactionsTableProps = {
  rows: TransactionRow[];
  view: TableView;
  /** The page's path ("/issuers/46129"): sort links keep its filters and go back to page 1. */
  basePath: string;
  /** Issuer pages name the insider on each row; person pages name the issuer. */
  variant: 'issuer' | 'person';
  caption: string;
};

export function TransactionsTable({ rows, view, basePath, variant, caption }: TransactionsTableProps) {
  const sorting: SortingState = [{ id: view.sort, desc: view.dir === 'desc' }];
  const table = useTable({
    features,
    columns: variant === 'issuer' ? issuerColumns : personColumns,
    data: rows,
    state: { sorting },
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    // The URL owns sorting: header links navigate, so there is no local state to update.
    onSortingChange: () => {},
    getRowId: (row) => String(row.id),
  });

  return (
    <div
      className="relative max-h-[calc(100vh-7rem)] overflow-auto rounded-md border border-zinc-200 dark:border-zinc-800"
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table className="w-full border-separate border-spacing-0 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const id = header.column.id as SortKey;
                const sorted = header.column.getIsSorted();
                // TanStack's toggle cycle (first direction per column, then flip) decides the link's sort.
                const next = header.column.getNextSortingOrder() || (DESC_FIRST.has(id) ? 'desc' : 'asc');
                const href = `${basePath}${toQueryString(view, { sort: id, dir: next, page: 1 })}`;
                const align = NUMERIC.has(id) ? 'text-right' : CENTERED.has(id) ? 'text-center' : 'text-left';
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={ariaSort(sorted)}
                    className={`sticky top-0 z-10 whitespace-nowrap border-b border-zinc-200 bg-zinc-50 px-2 py-1.5 font-semibold text-zinc-700 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-200 ${align}`}
                  >
                    <Link
                      href={href}
                      scroll={false}
                      className={`inline-flex items-center gap-1 rounded hover:text-zinc-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:hover:text-white ${NUMERIC.has(id) ? 'flex-row-reverse' : ''}`}
                      title={`Sort by ${String(header.column.columnDef.header)} ${next === 'asc' ? 'ascending' : 'descending'}`}
                    >
                      <table.FlexRender header={header} />
                      <span aria-hidden="true" className={sorted ? 'text-zinc-900 dark:text-zinc-100' : 'text-zinc-300 dark:text-zinc-600'}>
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </Link>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="hover:bg-zinc-50 dark:hover:bg-zinc-900/60">
              {row.getAllCells().map((cell) => {
                const id = cell.column.id;
                const align = NUMERIC.has(id) ? 'num' : CENTERED.has(id) ? 'text-center' : '';
                return (
                  <td key={cell.id} className={`border-b border-zinc-100 px-2 py-1 align-top dark:border-zinc-800/70 ${align}`}>
                    <table.FlexRender cell={cell} />
                  </td>
                );
              })}
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={table.getAllLeafColumns().length} className="px-2 py-6 text-center text-zinc-500 dark:text-zinc-400">
                No rows match these filters.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

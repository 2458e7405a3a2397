'use client';
// The transactions table island. The server has already sorted, filtered and paged the rows; TanStack
// Table here owns the column model and the sort state, and each sortable header is a plain link to
// the URL of the next sort, so sorting works the same with JavaScript off.
import Link from 'next/link';
import { useMemo, type ReactNode } from 'react';
import {
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { formatShortDate } from '@/lib/format';
import { readableName } from '@/lib/domain/names';
import { DESC_FIRST, toQueryString, type SortKey, type TableView } from '@/lib/search-params';
import { Amount } from '@/components/ui/amount';
import { CodeLabel } from '@/components/ui/code-label';
import { RoleBadges } from '@/components/ui/role-badges';
import type { TableFiling, TableRow, TableRows } from './table-rows';

/** A row with its filing put back: what the cells read. */
type Row = TableRow & { f: TableFiling };

type Column = {
  id: SortKey;
  header: string;
  /** Numbers align right, the one-letter A/D and D/I columns center. */
  align?: 'num' | 'center';
  /** What the column sorts by. */
  value: (r: Row) => unknown;
  cell: (r: Row) => ReactNode;
};

// Classes are short names from app/globals.css (.tx-table keeps every row on one line).
const dash = <span className="faint">—</span>;

const date: Column = {
  id: 'date',
  header: 'Date',
  value: (r) => r.transactionDate,
  cell: (r) => (r.transactionDate ? <time dateTime={r.transactionDate}>{formatShortDate(r.transactionDate)}</time> : dash),
};

const insider: Column = {
  id: 'insider',
  header: 'Insider',
  value: (r) => r.f.ownerName,
  cell: ({ f }) =>
    f.ownerCik ? (
      <>
        <Link href={`/people/${f.ownerCik}`} className="link" title={f.ownerName}>
          {readableName(f.ownerName) || `CIK ${f.ownerCik}`}
        </Link>
        {f.ownerCount ? (
          <span className="ml-1 text-xs muted" title={`Joint filing with ${f.ownerCount - 1} other reporting owner(s)`}>
            +{f.ownerCount - 1}
          </span>
        ) : null}
      </>
    ) : (
      dash
    ),
};

const issuer: Column = {
  id: 'issuer',
  header: 'Issuer',
  value: (r) => r.f.issuerName,
  cell: ({ f }) => (
    <>
      <Link href={`/issuers/${f.issuerCik}`} className="link">
        {f.issuerName ?? `CIK ${f.issuerCik}`}
      </Link>
      {f.issuerTicker ? <span className="ml-1.5 font-mono text-xs muted">{f.issuerTicker}</span> : null}
    </>
  ),
};

const rest: Column[] = [
  {
    id: 'role',
    header: 'Role',
    value: ({ f }) => (f.isDirector ? 8 : 0) + (f.isOfficer ? 4 : 0) + (f.isTenPercentOwner ? 2 : 0) + (f.isOther ? 1 : 0),
    cell: (r) => <RoleBadges roles={r.f} compact />,
  },
  {
    id: 'security',
    header: 'Security',
    value: (r) => r.securityTitle,
    cell: (r) => (
      <span className="security" title={r.securityTitle}>
        {r.securityTitle ?? dash}
        {r.derivative ? <span className="deriv" title="Table II: derivative security">deriv</span> : null}
      </span>
    ),
  },
  {
    id: 'code',
    header: 'Code',
    value: (r) => r.code,
    cell: (r) => <CodeLabel code={r.code} kind={r.holding ? 'holding' : 'transaction'} />,
  },
  {
    id: 'ad',
    header: 'A/D',
    align: 'center',
    value: (r) => r.acquiredDisposed,
    cell: (r) =>
      r.acquiredDisposed === 'A' ? (
        <abbr title="Acquired" className="font-medium tone-buy">A</abbr>
      ) : r.acquiredDisposed === 'D' ? (
        <abbr title="Disposed" className="font-medium tone-sell">D</abbr>
      ) : (
        <span className="faint">{r.acquiredDisposed ?? '—'}</span>
      ),
  },
  { id: 'shares', header: 'Shares', align: 'num', value: (r) => r.shares, cell: (r) => <Amount value={r.shares} as="shares" /> },
  { id: 'price', header: 'Price', align: 'num', value: (r) => r.pricePerShare, cell: (r) => <Amount value={r.pricePerShare} as="price" /> },
  { id: 'value', header: 'Value', align: 'num', value: (r) => r.value, cell: (r) => <Amount value={r.value} as="dollars" /> },
  { id: 'owned', header: 'Owned after', align: 'num', value: (r) => r.sharesOwnedAfter, cell: (r) => <Amount value={r.sharesOwnedAfter} as="shares" /> },
  {
    id: 'di',
    header: 'D/I',
    align: 'center',
    value: (r) => r.directOrIndirect,
    cell: (r) =>
      r.directOrIndirect === 'D' ? (
        <abbr title="Direct ownership">D</abbr>
      ) : r.directOrIndirect === 'I' ? (
        <abbr title="Indirect ownership">I</abbr>
      ) : (
        <span className="faint">{r.directOrIndirect ?? '—'}</span>
      ),
  },
  {
    id: 'filed',
    header: 'Filing',
    value: (r) => r.f.filedAt,
    cell: ({ f }) => (
      <Link href={`/filings/${encodeURIComponent(f.accession)}`} className="link" aria-label={`Form ${f.formType}${f.filedAt ? ` filed ${formatShortDate(f.filedAt)}` : ''}, ${f.accession}`}>
        {`Form ${f.formType}`}
        {f.filedAt ? <span className="ml-1 muted">{formatShortDate(f.filedAt)}</span> : null}
      </Link>
    ),
  },
];

const features = tableFeatures({ rowSortingFeature });
const helper = createColumnHelper<typeof features, Row>();

/** A column as TanStack's column model: its id, header and value, and its first sort direction. */
function toColumnDef(c: Column) {
  return helper.accessor(c.value, { id: c.id, header: c.header, sortDescFirst: DESC_FIRST.has(c.id), cell: ({ row }) => c.cell(row.original) });
}

const ISSUER_COLUMNS = [date, insider, ...rest];
const PERSON_COLUMNS = [date, issuer, ...rest];
const issuerColumnDefs = helper.columns(ISSUER_COLUMNS.map(toColumnDef));
const personColumnDefs = helper.columns(PERSON_COLUMNS.map(toColumnDef));

const ALIGN = { num: 'num', center: 'text-center' } as const;
const HEADER_ALIGN = { num: 'text-right', center: 'text-center' } as const;

function ariaSort(direction: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  return direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
}

export type TransactionsTableProps = TableRows & {
  view: TableView;
  /** The page's path ("/issuers/46129"): sort links keep its filters and go back to page 1. */
  basePath: string;
  /** Issuer pages name the insider on each row; person pages name the issuer. */
  variant: 'issuer' | 'person';
  caption: string;
};

export function TransactionsTable({ filings, rows, view, basePath, variant, caption }: TransactionsTableProps) {
  const data = useMemo<Row[]>(() => rows.map((r) => ({ ...r, f: filings[r.filing]! })), [filings, rows]);
  const columns = variant === 'issuer' ? ISSUER_COLUMNS : PERSON_COLUMNS;
  const sorting: SortingState = [{ id: view.sort, desc: view.dir === 'desc' }];
  const table = useTable({
    features,
    columns: variant === 'issuer' ? issuerColumnDefs : personColumnDefs,
    data,
    state: { sorting },
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    // The URL owns sorting: header links navigate, so there is no local state to update.
    onSortingChange: () => {},
    getRowId: (row) => String(row.id),
  });

  return (
    <div className="table-box max-h-[calc(100vh-7rem)] overflow-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table tx-table sticky-head hover-rows">
        <caption className="sr-only">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const id = header.column.id as SortKey;
                const align = columns.find((c) => c.id === id)?.align;
                const sorted = header.column.getIsSorted();
                // TanStack's toggle cycle (first direction per column, then flip) decides the link's sort.
                const next = header.column.getNextSortingOrder() || (DESC_FIRST.has(id) ? 'desc' : 'asc');
                const href = `${basePath}${toQueryString(view, { sort: id, dir: next, page: 1 })}`;
                return (
                  <th key={header.id} scope="col" aria-sort={ariaSort(sorted)} className={align ? HEADER_ALIGN[align] : undefined}>
                    <Link
                      href={href}
                      scroll={false}
                      className={align === 'num' ? 'sort-link flex-row-reverse' : 'sort-link'}
                      title={`Sort by ${String(header.column.columnDef.header)} ${next === 'asc' ? 'ascending' : 'descending'}`}
                    >
                      <table.FlexRender header={header} />
                      <span aria-hidden="true" className="sort-mark">
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
          {/* Cells straight from the columns: TanStack's row and cell models (a memoized context per
              cell) took longer to build on the server than the markup itself. */}
          {data.map((r) => (
            <tr key={r.id}>
              {columns.map((c) => (
                <td key={c.id} className={c.align ? ALIGN[c.align] : undefined}>{c.cell(r)}</td>
              ))}
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr className="hover:bg-transparent">
              <td colSpan={columns.length} className="border-b-0 py-6 text-center whitespace-normal muted">
                No rows match these filters.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

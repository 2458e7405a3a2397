// The transactions table's columns as TanStack column definitions. Issuer pages name the insider on
// each row, person pages the issuer; the other columns are shared. Cells stay small (a page has fifty
// rows of twelve): no class or label on a cell (app/styles/tables.css lays the columns out, and
// phone-cards.css names them on phones, by position), and what a tooltip would repeat on every row is said once, by the header's
// description or a note under the table.
// A row's signals sit in the cells they speak of: the trading pattern beside the code, a suspect
// value's mark beside the value, the days late beside the filing.
// Row links are plain anchors: next/link would prefetch the hundred people and filings a page shows.
import type { ReactNode } from 'react';
import { createColumnHelper, type Row as ModelRow } from '@tanstack/react-table';
import { formatShortDate } from '@/lib/format';
import { readableName } from '@/lib/domain/names';
import { DESC_FIRST, type SortKey } from '@/lib/search-params';
import { amount } from '@/components/ui/amount';
import { shortCodeMeaning } from '@/components/ui/code-label';
import { roleCellBadges } from '@/components/ui/role-badges';
import { tip } from '@/components/ui/tip';
import { PATTERN_LABELS } from '@/lib/domain/trading-pattern';
import { flagsText, lateLabel, lateText, patternText } from './signal-text';
import type { FiledRow, TableFiling } from './table-rows';
import type { features } from './table-state';

/** A row with its filing put back: what the cells read (table-rows.ts unpackRows). */
export type Row = FiledRow;

const helper = createColumnHelper<typeof features, Row>();

/**
 * What a cell reads: its row of the row model, nothing else of a cell's context. The table calls
 * each column's cell with this, built once a row (transactions-table.tsx).
 */
export type RowCellContext = { row: Pick<ModelRow<typeof features, Row>, 'original'> };
/** Every column's cell here is one (`satisfies RowCell`). */
export type RowCell = (context: RowCellContext) => ReactNode;

// The cells and their parts call functions (amount, tip, roleCellBadges) rather than render a
// component each: fifty rows of twelve cells, and a component per part is that much more to render.

const dash = <span className="faint">—</span>;
/** Purchases and acquisitions read green, sales and disposals red (app/styles/pages.css .tx-cols .buy, .sell). */
const CODE_TONE: Readonly<Record<string, string>> = { P: 'buy', S: 'sell' };
const AD_TONE: Readonly<Record<string, string>> = { A: 'buy', D: 'sell' };

/** A sortable column: its id is the URL's sort key, and dates and amounts sort descending first. */
function sortable(id: SortKey, header: string) {
  return { id, header, sortDescFirst: DESC_FIRST.has(id) };
}

const date = helper.accessor((r) => r.transactionDate, {
  ...sortable('date', 'Date'),
  cell: (({ row: { original: r } }) => (r.transactionDate ? formatShortDate(r.transactionDate) : dash)) satisfies RowCell,
});

/**
 * A cell that shows only its row's filing (the owner, the roles), made once per filing: a page's rows
 * mostly come a few filings at a time, and an element may stand in several places.
 */
function perFiling(render: (f: TableFiling) => ReactNode): (f: TableFiling) => ReactNode {
  const made = new WeakMap<TableFiling, ReactNode>();
  return (f) => {
    if (made.has(f)) return made.get(f);
    const node = render(f);
    made.set(f, node);
    return node;
  };
}

const ownerCell = perFiling((f) => {
  if (!f.ownerCik) return dash;
  const link = <a href={`/people/${f.ownerCik}`}>{f.ownerReadableName || readableName(f.ownerName) || `CIK ${f.ownerCik}`}</a>;
  // A lone link is the cell (no fragment around it): fifty cells a page.
  if (!f.ownerCount) return link;
  return (
    <>
      {link}
      <span className="joint" title={`Joint filing with ${f.ownerCount - 1} other reporting owner(s)`}>{`+${f.ownerCount - 1}`}</span>
    </>
  );
});

const insider = helper.accessor((r) => r.f.ownerName, {
  ...sortable('insider', 'Insider'),
  cell: (({ row: { original: { f } } }) => ownerCell(f)) satisfies RowCell,
});

function tickerMark(ticker: string | undefined): ReactNode {
  return ticker ? <span className="ticker">{ticker}</span> : null;
}

const issuer = helper.accessor((r) => r.f.issuerName, {
  ...sortable('issuer', 'Issuer'),
  cell: (({ row: { original: { f } } }) => (
    <>
      <a href={`/issuers/${f.issuerCik}`}>{f.issuerName ?? `CIK ${f.issuerCik}`}</a>
      {tickerMark(f.issuerTicker)}
    </>
  )) satisfies RowCell,
});

const rolesCell = perFiling(roleCellBadges);

// The server sorts by role (the boxes checked, db/queries); the value is only what the cell reads.
const role = helper.accessor((r) => r.f, {
  ...sortable('role', 'Role'),
  cell: (({ row: { original: { f } } }) => rolesCell(f)) satisfies RowCell,
});

const security = helper.accessor((r) => r.securityTitle, {
  ...sortable('security', 'Security'),
  cell: (({ row: { original: r } }) => {
    // Long titles are cut to the column's width, the whole one on hover.
    const title = !r.securityTitle ? dash : r.securityTitle.length > 20 ? <span className="clip" title={r.securityTitle}>{r.securityTitle}</span> : r.securityTitle;
    return r.derivative ? <>{title}<span className="deriv" title="Table II: derivative security">deriv</span></> : title;
  }) satisfies RowCell,
});

/** Routine or opportunistic: a badge, its reason on hover and focus. */
function patternBadge(r: Row): ReactNode {
  if (!r.pattern) return null;
  return tip({ id: `pattern-${r.id}`, className: `badge pattern ${r.pattern}`, text: patternText(r.pattern, r.patternReason), children: PATTERN_LABELS[r.pattern] });
}

const flagChildren = <><span aria-hidden="true">⚑</span><span className="sr-only">Suspect value</span></>;

/** A suspect value's mark, why on hover and focus. */
function flagMark(r: Row): ReactNode {
  const text = flagsText(r.flags);
  if (!text) return null;
  return tip({ id: `flags-${r.id}`, className: 'flag', text, children: flagChildren });
}

/** "3 days late", after the filing. */
function lateMark(r: Row): ReactNode {
  if (!r.daysLate) return null;
  return tip({ id: `late-${r.id}`, className: 'late', text: lateText(r.daysLate), children: lateLabel(r.daysLate) });
}

/** The code and its meaning, the pattern badge after; the screener (no security column) marks a derivative here. */
function codeCell(r: Row, deriv = false): ReactNode {
  if (!r.code) return <span className="muted">{r.holding ? 'Holding' : '—'}</span>;
  const short = shortCodeMeaning(r.code);
  // "P Purchase": the code and a short meaning (the Code filter spells out the SEC's wording).
  return (
    <>
      <b className={CODE_TONE[r.code.toUpperCase()]}>{r.code}</b>
      {short ? ` ${short}` : null}
      {deriv && r.derivative ? <span className="deriv" title={`Table II: ${r.securityTitle ?? 'derivative security'}`}>deriv</span> : null}
      {patternBadge(r)}
    </>
  );
}

const code = helper.accessor((r) => r.code, {
  ...sortable('code', 'Code'),
  meta: { description: 'The transaction code and its short meaning (the Code filter gives the SEC’s wording of each)' },
  cell: (({ row: { original: r } }) => codeCell(r)) satisfies RowCell,
});

// One letter each: the header says what they stand for.
const acquiredDisposed = helper.accessor((r) => r.acquiredDisposed, {
  ...sortable('ad', 'A/D'),
  meta: { description: 'Acquired (A) or disposed of (D)' },
  cell: (({ row: { original: r } }) => (r.acquiredDisposed ? <b className={AD_TONE[r.acquiredDisposed]}>{r.acquiredDisposed}</b> : dash)) satisfies RowCell,
});

const amounts = [
  helper.accessor((r) => r.shares, { ...sortable('shares', 'Shares'), cell: (({ row }) => amount({ value: row.original.shares, as: 'shares' })) satisfies RowCell }),
  helper.accessor((r) => r.pricePerShare, { ...sortable('price', 'Price'), cell: (({ row }) => amount({ value: row.original.pricePerShare, as: 'price' })) satisfies RowCell }),
  helper.accessor((r) => r.value, {
    ...sortable('value', 'Value'),
    meta: { description: 'Shares times price; a suspect value (⚑) is left out of value rankings and totals' },
    cell: (({ row: { original: r } }) => {
      const value = amount({ value: r.value, as: 'dollars' });
      const flag = flagMark(r);
      return flag ? <>{flag}{value}</> : value;
    }) satisfies RowCell,
  }),
  helper.accessor((r) => r.sharesOwnedAfter, { ...sortable('owned', 'Owned after'), cell: (({ row }) => amount({ value: row.original.sharesOwnedAfter, as: 'shares' })) satisfies RowCell }),
];

const directOrIndirect = helper.accessor((r) => r.directOrIndirect, {
  ...sortable('di', 'D/I'),
  meta: { description: 'Owned directly (D) or indirectly (I)' },
  cell: (({ row: { original: r } }) => r.directOrIndirect ?? dash) satisfies RowCell,
});

// The date EDGAR gave the filing. A filing loaded as bare XML has none: its cell says so (not its
// period of report, another date), and sorting by this column puts those last. No date: the note
// under the table (transactions-table.tsx) says why, once.
const filing = helper.accessor((r) => r.f.filedAt, {
  ...sortable('filed', 'Filed'),
  meta: { description: 'The filing date EDGAR assigned; filings loaded without it show — and sort last' },
  cell: (({ row: { original: r } }) => {
    const { f } = r;
    return (
      <>
        <a href={`/filings/${encodeURIComponent(f.accession)}`}>{`Form ${f.formType}`}</a>
        <span>{f.filedAt ? formatShortDate(f.filedAt) : '—'}</span>
        {lateMark(r)}
      </>
    );
  }) satisfies RowCell,
});

const shared = [role, security, code, acquiredDisposed, ...amounts, directOrIndirect, filing];

/** Issuer pages: the insider on each row. */
export const issuerColumns = helper.columns([date, insider, ...shared]);
/** Person pages: the issuer on each row. */
export const personColumns = helper.columns([date, issuer, ...shared]);

/** The cells other column sets reuse (components/table/trades-columns.tsx). */
export const columnParts = { helper, dash, date, insider, issuer, role, code, acquiredDisposed, amounts, directOrIndirect, filing, codeCell, tickerMark };

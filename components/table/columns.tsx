// The transactions table's columns as TanStack column definitions. Issuer pages name the insider on
// each row, person pages the issuer; the other columns are shared. A cell is HTML text (cell-html.ts),
// and stays small (a page has fifty rows of twelve): no class or label on a cell (app/globals.css lays
// the columns out and names them on phones by position), and what a tooltip would repeat on every
// row is said once, by the header's description or a note under the table.
// A row's signals sit in the cells they speak of: the trading pattern beside the code, a suspect
// value's mark beside the value, the days late beside the filing.
// Row links are plain anchors: next/link would prefetch the hundred people and filings a page shows.
import { createColumnHelper } from '@tanstack/react-table';
import { readableName } from '@/lib/domain/names';
import { roleLabelsOf } from '@/lib/domain/roles';
import { DESC_FIRST, type SortKey } from '@/lib/search-params';
import { shortCodeMeaning } from '@/components/ui/code-label';
import { amountHtml, DASH, el, esc, shortDateHtml, tip } from './cell-html';
import { flagsText, lateLabel, lateText, PATTERN_LABEL, patternText } from './signal-text';
import type { TableFiling, TableRow } from './table-rows';
import type { features } from './table-state';

/** A row with its filing put back: what the cells read. */
export type Row = TableRow & { f: TableFiling };

const helper = createColumnHelper<typeof features, Row>();

/** A cell's HTML (cell-html.ts): the body is written as text, each value escaped. */
export type CellHtml = (context: { row: { original: Row } }) => string;

const dash = DASH;
/** Purchases and acquisitions read green, sales and disposals red (app/globals.css .tx-cols .buy, .sell). */
const CODE_TONE: Readonly<Record<string, string>> = { P: 'buy', S: 'sell' };
const AD_TONE: Readonly<Record<string, string>> = { A: 'buy', D: 'sell' };

/** A sortable column: its id is the URL's sort key, and dates and amounts sort descending first. */
function sortable(id: SortKey, header: string) {
  return { id, header, sortDescFirst: DESC_FIRST.has(id) };
}

const date = helper.accessor((r) => r.transactionDate, {
  ...sortable('date', 'Date'),
  cell: (({ row: { original: r } }) => (r.transactionDate ? shortDateHtml(r.transactionDate) : dash)) satisfies CellHtml,
});

const insider = helper.accessor((r) => r.f.ownerName, {
  ...sortable('insider', 'Insider'),
  cell: (({ row: { original: { f } } }) => {
    if (!f.ownerCik) return dash;
    const name = el('a', { href: `/people/${f.ownerCik}` }, esc(f.ownerReadableName || readableName(f.ownerName) || `CIK ${f.ownerCik}`));
    return f.ownerCount ? name + el('span', { class: 'joint', title: `Joint filing with ${f.ownerCount - 1} other reporting owner(s)` }, `+${f.ownerCount - 1}`) : name;
  }) satisfies CellHtml,
});

function tickerMark(ticker: string | undefined): string {
  return ticker ? el('span', { class: 'ticker' }, esc(ticker)) : '';
}

const issuer = helper.accessor((r) => r.f.issuerName, {
  ...sortable('issuer', 'Issuer'),
  cell: (({ row: { original: { f } } }) =>
    el('a', { href: `/issuers/${f.issuerCik}` }, esc(f.issuerName ?? `CIK ${f.issuerCik}`)) + tickerMark(f.issuerTicker)) satisfies CellHtml,
});

/** Badge labels longer than this may be cut to the badge's width (max-w-32). */
const CUT_LABEL = 16;

// The server sorts by role (the boxes checked, db/queries); the value is only what the cell reads.
const role = helper.accessor((r) => r.f, {
  ...sortable('role', 'Role'),
  cell: (({ row: { original: { f } } }) => {
    const labels = roleLabelsOf(f);
    if (labels.length === 0) return dash;
    // A badge is its role's class alone (app/globals.css .tx-cols). Typed text (an officer's title)
    // longer than the badge's width is cut: the whole of it on hover.
    return labels.map(({ role: r, label }) => el('span', { class: r, title: label.length > CUT_LABEL ? label : undefined }, esc(label))).join('');
  }) satisfies CellHtml,
});

const security = helper.accessor((r) => r.securityTitle, {
  ...sortable('security', 'Security'),
  cell: (({ row: { original: r } }) => {
    // Long titles are cut to the column's width, the whole one on hover.
    const title = !r.securityTitle ? dash : r.securityTitle.length > 20 ? el('span', { class: 'clip', title: r.securityTitle }, esc(r.securityTitle)) : esc(r.securityTitle);
    return r.derivative ? title + '<span class="deriv" title="Table II: derivative security">deriv</span>' : title;
  }) satisfies CellHtml,
});

/** Routine or opportunistic: a badge, its reason on hover and focus. */
function patternBadge(r: Row): string {
  if (!r.pattern) return '';
  return tip(`pattern-${r.id}`, `badge pattern ${r.pattern}`, patternText(r.pattern, r.patternReason), esc(PATTERN_LABEL[r.pattern]));
}

/** A suspect value's mark, why on hover and focus. */
function flagMark(r: Row): string {
  const text = flagsText(r.flags);
  if (!text) return '';
  return tip(`flags-${r.id}`, 'flag', text, '<span aria-hidden="true">⚑</span><span class="sr-only">Suspect value</span>');
}

/** "3 days late", after the filing. */
function lateMark(r: Row): string {
  if (!r.daysLate) return '';
  return tip(`late-${r.id}`, 'late', lateText(r.daysLate), esc(lateLabel(r.daysLate)));
}

/** The code and its meaning, the pattern badge after; the screener (no security column) marks a derivative here. */
function codeCell(r: Row, deriv = false): string {
  if (!r.code) return el('span', { class: 'muted' }, r.holding ? 'Holding' : '—');
  const short = shortCodeMeaning(r.code);
  // "P Purchase": the code and a short meaning (the Code filter spells out the SEC's wording).
  return el('b', { class: CODE_TONE[r.code.toUpperCase()] }, esc(r.code))
    + (short ? ` ${esc(short)}` : '')
    + (deriv && r.derivative ? el('span', { class: 'deriv', title: `Table II: ${r.securityTitle ?? 'derivative security'}` }, 'deriv') : '')
    + patternBadge(r);
}

const code = helper.accessor((r) => r.code, {
  ...sortable('code', 'Code'),
  meta: { description: 'The transaction code and its short meaning (the Code filter gives the SEC’s wording of each)' },
  cell: (({ row: { original: r } }) => codeCell(r)) satisfies CellHtml,
});

// One letter each: the header says what they stand for.
const acquiredDisposed = helper.accessor((r) => r.acquiredDisposed, {
  ...sortable('ad', 'A/D'),
  meta: { description: 'Acquired (A) or disposed of (D)' },
  cell: (({ row: { original: r } }) => (r.acquiredDisposed ? el('b', { class: AD_TONE[r.acquiredDisposed] }, esc(r.acquiredDisposed)) : dash)) satisfies CellHtml,
});

const amounts = [
  helper.accessor((r) => r.shares, { ...sortable('shares', 'Shares'), cell: (({ row }) => amountHtml(row.original.shares, 'shares')) satisfies CellHtml }),
  helper.accessor((r) => r.pricePerShare, { ...sortable('price', 'Price'), cell: (({ row }) => amountHtml(row.original.pricePerShare, 'price')) satisfies CellHtml }),
  helper.accessor((r) => r.value, {
    ...sortable('value', 'Value'),
    meta: { description: 'Shares times price; a suspect value (⚑) is left out of value rankings and totals' },
    cell: (({ row }) => flagMark(row.original) + amountHtml(row.original.value, 'dollars')) satisfies CellHtml,
  }),
  helper.accessor((r) => r.sharesOwnedAfter, { ...sortable('owned', 'Owned after'), cell: (({ row }) => amountHtml(row.original.sharesOwnedAfter, 'shares')) satisfies CellHtml }),
];

const directOrIndirect = helper.accessor((r) => r.directOrIndirect, {
  ...sortable('di', 'D/I'),
  meta: { description: 'Owned directly (D) or indirectly (I)' },
  cell: (({ row: { original: r } }) => (r.directOrIndirect ? esc(r.directOrIndirect) : dash)) satisfies CellHtml,
});

// The date EDGAR gave the filing. A filing loaded as bare XML has none: its cell says so (not its
// period of report, another date), and sorting by this column puts those last. No date: the note
// under the table (transactions-table.tsx) says why, once.
const filing = helper.accessor((r) => r.f.filedAt, {
  ...sortable('filed', 'Filed'),
  meta: { description: 'The filing date EDGAR assigned; filings loaded without it show — and sort last' },
  cell: (({ row: { original: r } }) => {
    const { f } = r;
    return el('a', { href: `/filings/${encodeURIComponent(f.accession)}` }, esc(`Form ${f.formType}`))
      + `<span>${f.filedAt ? shortDateHtml(f.filedAt) : '—'}</span>`
      + lateMark(r);
  }) satisfies CellHtml,
});

const shared = [role, security, code, acquiredDisposed, ...amounts, directOrIndirect, filing];

/** Issuer pages: the insider on each row. */
export const issuerColumns = helper.columns([date, insider, ...shared]);
/** Person pages: the issuer on each row. */
export const personColumns = helper.columns([date, issuer, ...shared]);

/** The cells other column sets reuse (components/table/trades-columns.tsx). */
export const columnParts = { helper, dash, date, insider, issuer, role, code, acquiredDisposed, amounts, directOrIndirect, filing, codeCell, tickerMark };

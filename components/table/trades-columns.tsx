// The market screener's columns (/trades): the issuer and the insider on each row, and only the
// sorts the screener's query offers (lib/trade-params.ts TRADE_SORT_KEYS) as header links. Cells
// share the issuer page's (and its signals: the pattern badge by the code, the suspect value's
// mark, the days late by the filing); the security goes to the code cell's "deriv" mark.
import { el, esc } from './cell-html';
import { columnParts, type CellHtml } from './columns';

const { helper, dash, date, insider, issuer, role, acquiredDisposed, amounts, directOrIndirect, filing, codeCell, tickerMark } = columnParts;
const [shares, price, value] = amounts;

const percent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

const unsorted = { enableSorting: false } as const;

/** "M Exercise deriv": the code, its short meaning, and the security when it is a derivative. */
const code = helper.accessor((r) => r.code, {
  id: 'code',
  header: 'Code',
  enableSorting: false,
  cell: (({ row: { original: r } }) => (r.code ? codeCell(r, true) : dash)) satisfies CellHtml,
});

const ownChange = helper.accessor((r) => r.ownChange, {
  id: 'ownChange',
  header: 'Holding Δ',
  sortDescFirst: true,
  meta: { description: 'Shares traded over shares held before, in percent' },
  cell: (({ row: { original: r } }) => (r.ownChange === undefined ? dash : esc(`${percent.format(r.ownChange)}%`))) satisfies CellHtml,
});

/** The issuer, a long name cut to the column's width (the whole of it on hover): the screener is wide. */
const issuerClipped = {
  ...issuer,
  enableSorting: false,
  cell: (({ row: { original: { f } } }) =>
    el('a', { href: `/issuers/${f.issuerCik}`, class: (f.issuerName?.length ?? 0) > 28 ? 'clip' : undefined, title: f.issuerName }, esc(f.issuerName ?? `CIK ${f.issuerCik}`))
    + tickerMark(f.issuerTicker)) satisfies CellHtml,
};

/** The screener: every issuer's rows, so each names its issuer and its insider. */
export const tradeColumns = helper.columns([
  date,
  issuerClipped,
  { ...insider, ...unsorted },
  { ...role, ...unsorted },
  code,
  { ...acquiredDisposed, ...unsorted },
  shares!,
  price!,
  value!,
  ownChange,
  { ...directOrIndirect, ...unsorted },
  filing,
]);

// The market screener's columns (/trades): the issuer and the insider on each row, and only the
// sorts the screener's query offers (lib/trade-params.ts TRADE_SORT_KEYS) as header links. Cells
// share the issuer page's (and its signals: the pattern badge by the code, the suspect value's
// mark, the days late by the filing); the security goes to the code cell's "deriv" mark.
import { columnParts, type RowCell } from './columns';

const { helper, dash, date, insider, issuer, role, acquiredDisposed, amounts, directOrIndirect, filing, codeCell, tickerMark } = columnParts;
const [shares, price, value] = amounts;

const percent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

const unsorted = { enableSorting: false } as const;

/** "M Exercise deriv": the code, its short meaning, and the security when it is a derivative. */
const code = helper.accessor((r) => r.code, {
  id: 'code',
  header: 'Code',
  enableSorting: false,
  cell: (({ row: { original: r } }) => (r.code ? codeCell(r, true) : dash)) satisfies RowCell,
});

const ownChange = helper.accessor((r) => r.ownChange, {
  id: 'ownChange',
  header: 'Holding Δ',
  sortDescFirst: true,
  meta: { description: 'Shares traded over shares held before, in percent' },
  cell: (({ row: { original: r } }) => (r.ownChange === undefined ? dash : `${percent.format(r.ownChange)}%`)) satisfies RowCell,
});

/** The issuer, a long name cut to the column's width (the whole of it on hover): the screener is wide. */
const issuerClipped = {
  ...issuer,
  enableSorting: false,
  cell: (({ row: { original: { f } } }) => (
    <>
      <a href={`/issuers/${f.issuerCik}`} className={(f.issuerName?.length ?? 0) > 28 ? 'clip' : undefined} title={f.issuerName}>{f.issuerName ?? `CIK ${f.issuerCik}`}</a>
      {tickerMark(f.issuerTicker)}
    </>
  )) satisfies RowCell,
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

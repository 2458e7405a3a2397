import type { FilingJsonRow } from '@/db/queries/filing-json';
import { AcquiredDisposed, Cell, Code, CodeLegend, FiledDate, HoldingBadge, markedFields, OwnershipForm, Price, reservedHeaderClass, SharesOrValue, thClass, Timeliness } from './cells';
import { FootnoteMarks } from './footnote-marks';
import { countOf, EmptyTable, FormTable } from './form-table';
import type { FootnoteIndex } from './footnotes';

const TITLE = 'Table I: Non-derivative securities acquired, disposed of, or beneficially owned';

// Every column of the paper form, numbered as it numbers them.
const COLUMNS: Array<{ label: string; numeric?: boolean; title?: string; fields?: string[] }> = [
  { label: '2. Transaction date' },
  { label: '2A. Deemed execution date' },
  { label: '3. Code', title: 'Transaction code (Instr. 8)' },
  { label: 'V', title: 'V: voluntarily reported earlier than required; L: reported late' },
  { label: '4. Amount', numeric: true, fields: ['shares', 'totalValue'], title: 'Securities acquired (A) or disposed of (D)' },
  { label: '(A) or (D)' },
  { label: 'Price', numeric: true, fields: ['pricePerShare'] },
  { label: '5. Amount owned after', numeric: true, fields: ['sharesOwnedAfter', 'valueOwnedAfter'], title: 'Amount of securities beneficially owned following reported transaction(s)' },
  { label: '6. Direct (D) or indirect (I)' },
  { label: '7. Nature of indirect ownership' },
];

export function NonDerivativeTable({ rows, notes }: { rows: FilingJsonRow[]; notes: FootnoteIndex }) {
  if (rows.length === 0) return <EmptyTable id="table-1" title={TITLE} text="No non-derivative securities reported." />;
  const transactions = rows.filter((r) => r.kind === 'transaction').length;
  const marked = markedFields(rows);
  return (
    <FormTable
      id="table-1"
      title={TITLE}
      caption={`${TITLE}: ${countOf(transactions, 'transaction')} and ${countOf(rows.length - transactions, 'holding')}, in the order filed`}
      headers={
        <>
          <th scope="col" className={`${thClass} min-w-40`}>1. Title of security</th>
          {COLUMNS.map((c) => (
            <th key={c.label} scope="col" title={c.title} className={`${thClass} ${c.numeric ? 'text-right' : ''} ${c.fields?.some((f) => marked.has(f)) ? reservedHeaderClass : ''} min-w-16`}>
              {c.label}
            </th>
          ))}
        </>
      }
      footer={<CodeLegend rows={rows} />}
    >
      {rows.map((row, i) => {
        const p = `n${i}`;
        const common = { row, notes, idPrefix: p, marked };
        return (
          <tr key={i}>
            <th scope="row" className="px-2 py-1.5 text-left align-top font-normal">
              {row.securityTitle}
              <FootnoteMarks ids={row.footnoteIds.securityTitle} notes={notes} idPrefix={`${p}-securityTitle`} />
              {row.kind === 'holding' ? <HoldingBadge /> : null}
            </th>
            <Cell {...common} fields={['transactionDate']}><FiledDate value={row.transactionDate} /></Cell>
            <Cell {...common} fields={['deemedExecutionDate']}><FiledDate value={row.deemedExecutionDate} /></Cell>
            <Cell {...common} fields={['code']}><Code row={row} /></Cell>
            <Cell {...common} fields={['timeliness']}><Timeliness value={row.timeliness} /></Cell>
            <Cell {...common} fields={['shares', 'totalValue']} numeric><SharesOrValue shares={row.shares} value={row.totalValue} /></Cell>
            <Cell {...common} fields={['acquiredDisposed']}><AcquiredDisposed value={row.acquiredDisposed} /></Cell>
            <Cell {...common} fields={['pricePerShare']} numeric><Price value={row.pricePerShare} /></Cell>
            <Cell {...common} fields={['sharesOwnedAfter', 'valueOwnedAfter']} numeric><SharesOrValue shares={row.sharesOwnedAfter} value={row.valueOwnedAfter} /></Cell>
            <Cell {...common} fields={['directOrIndirect']}><OwnershipForm value={row.directOrIndirect} /></Cell>
            <Cell {...common} fields={['natureOfOwnership']}>{row.natureOfOwnership}</Cell>
          </tr>
        );
      })}
    </FormTable>
  );
}

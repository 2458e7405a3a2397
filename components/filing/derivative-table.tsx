import type { FilingJsonDerivativeRow } from '@/db/queries/filing-json';
import { Cell, Code, CodeLegend, FiledDate, HoldingBadge, markedFields, OwnershipForm, Price, reservedHeaderClass, SharesOrValue, thClass, Timeliness } from './cells';
import { FootnoteMarks } from './footnote-marks';
import { countOf, EmptyTable, FormTable } from './form-table';
import type { FootnoteIndex } from './footnotes';

const TITLE = 'Table II: Derivative securities acquired, disposed of, or beneficially owned';

// Every column of the paper form, numbered as it numbers them.
const COLUMNS: Array<{ label: string; numeric?: boolean; title?: string; fields?: string[] }> = [
  { label: '2. Conversion or exercise price', numeric: true, fields: ['conversionOrExercisePrice'] },
  { label: '3. Transaction date' },
  { label: '3A. Deemed execution date' },
  { label: '4. Code', title: 'Transaction code (Instr. 8)' },
  { label: 'V', title: 'V: voluntarily reported earlier than required; L: reported late' },
  { label: '5. Number acquired (A)', numeric: true, fields: ['shares', 'totalValue', 'acquiredDisposed'] },
  { label: 'Number disposed of (D)', numeric: true, fields: ['shares', 'totalValue', 'acquiredDisposed'] },
  { label: '6. Date exercisable' },
  { label: 'Expiration date' },
  { label: '7. Title of underlying securities' },
  { label: 'Amount of underlying securities', numeric: true, fields: ['underlyingShares', 'underlyingValue'] },
  { label: '8. Price of derivative security', numeric: true, fields: ['pricePerShare'] },
  { label: '9. Number owned after', numeric: true, fields: ['sharesOwnedAfter', 'valueOwnedAfter'], title: 'Number of derivative securities beneficially owned following reported transaction(s)' },
  { label: '10. Direct (D) or indirect (I)' },
  { label: '11. Nature of indirect ownership' },
];

export function DerivativeTable({ rows, notes }: { rows: FilingJsonDerivativeRow[]; notes: FootnoteIndex }) {
  if (rows.length === 0) return <EmptyTable id="table-2" title={TITLE} text="No derivative securities reported." />;
  const transactions = rows.filter((r) => r.kind === 'transaction').length;
  const marked = markedFields(rows);
  return (
    <FormTable
      id="table-2"
      title={TITLE}
      caption={`${TITLE}: ${countOf(transactions, 'transaction')} and ${countOf(rows.length - transactions, 'holding')}, in the order filed`}
      headers={
        <>
          <th scope="col" className={`${thClass} min-w-40`}>1. Title of derivative security</th>
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
        const p = `d${i}`;
        const common = { row, notes, idPrefix: p, marked };
        // The form splits the amount into (A) and (D) columns; the A/D code's footnotes go with the number.
        const disposed = (row.acquiredDisposed ?? '').toUpperCase() === 'D';
        const acquired = !disposed;
        const amountFields = ['shares', 'totalValue', 'acquiredDisposed'] as const;
        return (
          <tr key={i}>
            <th scope="row" className="px-2 py-1.5 text-left align-top font-normal">
              {row.securityTitle}
              <FootnoteMarks ids={row.footnoteIds.securityTitle} notes={notes} idPrefix={`${p}-securityTitle`} />
              {row.kind === 'holding' ? <HoldingBadge /> : null}
            </th>
            <Cell {...common} fields={['conversionOrExercisePrice']} numeric><Price value={row.conversionOrExercisePrice} /></Cell>
            <Cell {...common} fields={['transactionDate']}><FiledDate value={row.transactionDate} /></Cell>
            <Cell {...common} fields={['deemedExecutionDate']}><FiledDate value={row.deemedExecutionDate} /></Cell>
            <Cell {...common} fields={['code']}><Code row={row} /></Cell>
            <Cell {...common} fields={['timeliness']}><Timeliness value={row.timeliness} /></Cell>
            {acquired ? (
              <Cell {...common} fields={[...amountFields]} numeric><SharesOrValue shares={row.shares} value={row.totalValue} /></Cell>
            ) : (
              <td className="px-2 py-1.5" />
            )}
            {disposed ? (
              <Cell {...common} fields={[...amountFields]} numeric><SharesOrValue shares={row.shares} value={row.totalValue} /></Cell>
            ) : (
              <td className="px-2 py-1.5" />
            )}
            <Cell {...common} fields={['exerciseDate']}><FiledDate value={row.exerciseDate} /></Cell>
            <Cell {...common} fields={['expirationDate']}><FiledDate value={row.expirationDate} /></Cell>
            <Cell {...common} fields={['underlyingTitle']}>{row.underlyingTitle}</Cell>
            <Cell {...common} fields={['underlyingShares', 'underlyingValue']} numeric><SharesOrValue shares={row.underlyingShares} value={row.underlyingValue} /></Cell>
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

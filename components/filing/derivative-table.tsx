import type { FilingJsonDerivativeRow } from '@/lib/domain/filing-json';
import { Cell, Code, FiledDate, SharesOrValue, Timeliness } from './cells';
import { ConversionPriceCell, ExerciseDateCells, OwnedCell, OwnershipCells, UnderlyingCells } from './holding-cells';
import { Amount } from '@/components/ui/amount';
import type { FootnoteIndex } from '@/lib/domain/footnotes';
import { type FormColumn, relabel, SecuritiesTable } from './securities-table';

// Every column of the paper form, numbered as it numbers them.
export const DERIVATIVE_COLUMNS: FormColumn[] = [
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

/** A Form 5's: column 9 counts what is held at the end of the issuer's fiscal year (the SEC's specification, Appendix D). */
export const ANNUAL_DERIVATIVE_COLUMNS = relabel(DERIVATIVE_COLUMNS, '9. Number owned after', {
  label: '9. Number owned at fiscal year end', title: "Number of derivative securities beneficially owned at the end of the issuer's fiscal year",
});

/** Table II; `annual` for a Form 5, which names column 9 otherwise. */
export function DerivativeTable({ rows, notes, annual = false }: { rows: FilingJsonDerivativeRow[]; notes: FootnoteIndex; annual?: boolean }) {
  return (
    <SecuritiesTable
      id="table-2"
      {...(annual ? { variant: 'annual' } : {})}
      title="Table II: Derivative securities acquired, disposed of, or beneficially owned"
      emptyText="No derivative securities reported."
      titleHeader="1. Title of derivative security"
      columns={annual ? ANNUAL_DERIVATIVE_COLUMNS : DERIVATIVE_COLUMNS}
      rows={rows}
      notes={notes}
      cells={(common) => {
        const { row } = common;
        // The form splits the amount into (A) and (D) columns; the A/D code's footnotes go with the number.
        const disposed = (row.acquiredDisposed ?? '').toUpperCase() === 'D';
        const amount = <Cell {...common} fields={['shares', 'totalValue', 'acquiredDisposed']} numeric><SharesOrValue shares={row.shares} value={row.totalValue} /></Cell>;
        const blank = <td />;
        return (
          <>
            <ConversionPriceCell {...common} />
            <Cell {...common} fields={['transactionDate']}><FiledDate value={row.transactionDate} /></Cell>
            <Cell {...common} fields={['deemedExecutionDate']}><FiledDate value={row.deemedExecutionDate} /></Cell>
            <Cell {...common} fields={['code']}><Code row={row} /></Cell>
            <Cell {...common} fields={['timeliness']}><Timeliness value={row.timeliness} /></Cell>
            {disposed ? blank : amount}
            {disposed ? amount : blank}
            <ExerciseDateCells {...common} />
            <UnderlyingCells {...common} />
            <Cell {...common} fields={['pricePerShare']} numeric><Amount value={row.pricePerShare} as="price" blank /></Cell>
            <OwnedCell {...common} />
            <OwnershipCells {...common} />
          </>
        );
      }}
    />
  );
}

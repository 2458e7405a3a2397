import type { FilingJsonRow } from '@/lib/domain/filing-json';
import { AcquiredDisposed, Cell, Code, FiledDate, SharesOrValue, Timeliness } from './cells';
import { OwnedCell, OwnershipCells } from './holding-cells';
import { Amount } from '@/components/ui/amount';
import type { FootnoteIndex } from '@/lib/domain/footnotes';
import { type FormColumn, relabel, SecuritiesTable } from './securities-table';

// Every column of the paper form, numbered as it numbers them.
export const NON_DERIVATIVE_COLUMNS: FormColumn[] = [
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

/** A Form 5's: column 5 counts what is held at the end of the issuer's fiscal year (the SEC's specification, Appendix D). */
export const ANNUAL_NON_DERIVATIVE_COLUMNS = relabel(NON_DERIVATIVE_COLUMNS, '5. Amount owned after', {
  label: '5. Amount owned at fiscal year end', title: "Amount of securities beneficially owned at the end of the issuer's fiscal year",
});

/** Table I; `annual` for a Form 5, which names column 5 otherwise. */
export function NonDerivativeTable({ rows, notes, annual = false }: { rows: FilingJsonRow[]; notes: FootnoteIndex; annual?: boolean }) {
  return (
    <SecuritiesTable
      id="table-1"
      {...(annual ? { variant: 'annual' } : {})}
      title="Table I: Non-derivative securities acquired, disposed of, or beneficially owned"
      emptyText="No non-derivative securities reported."
      titleHeader="1. Title of security"
      columns={annual ? ANNUAL_NON_DERIVATIVE_COLUMNS : NON_DERIVATIVE_COLUMNS}
      rows={rows}
      notes={notes}
      cells={(common) => {
        const { row } = common;
        return (
          <>
            <Cell {...common} fields={['transactionDate']}><FiledDate value={row.transactionDate} /></Cell>
            <Cell {...common} fields={['deemedExecutionDate']}><FiledDate value={row.deemedExecutionDate} /></Cell>
            <Cell {...common} fields={['code']}><Code row={row} /></Cell>
            <Cell {...common} fields={['timeliness']}><Timeliness value={row.timeliness} /></Cell>
            <Cell {...common} fields={['shares', 'totalValue']} numeric><SharesOrValue shares={row.shares} value={row.totalValue} /></Cell>
            <Cell {...common} fields={['acquiredDisposed']}><AcquiredDisposed value={row.acquiredDisposed} /></Cell>
            <Cell {...common} fields={['pricePerShare']} numeric><Amount value={row.pricePerShare} as="price" blank /></Cell>
            <OwnedCell {...common} />
            <OwnershipCells {...common} />
          </>
        );
      }}
    />
  );
}

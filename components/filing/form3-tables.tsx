// Tables I and II of a Form 3 (an initial statement), as that form lays them out: holdings only, in
// its own columns and numbers (Table II: dates, the underlying, then the price), not the Form 4's.
// The columns are those of the SEC's EDGAR Ownership XML Technical Specification, Appendix B (each
// Form 3 element mapped to the printed form), which gives a derivative holding no number owned.
import type { FilingJsonDerivativeRow, FilingJsonRow } from '@/lib/domain/filing-json';
import type { DerivativeRow, NonDerivativeRow, RowField } from '@/lib/parser/types';
import type { FootnoteIndex } from '@/lib/domain/footnotes';
import { isInitialStatement } from '@/lib/domain/form-types';
import { ConversionPriceCell, ExerciseDateCells, OwnedCell, OwnershipCells, UnderlyingCells } from './holding-cells';
import { type FormColumn, SecuritiesTable } from './securities-table';

export const FORM3_NON_DERIVATIVE_COLUMNS: FormColumn[] = [
  { label: '2. Amount owned', numeric: true, fields: ['sharesOwnedAfter', 'valueOwnedAfter'], title: 'Amount of securities beneficially owned' },
  { label: '3. Direct (D) or indirect (I)', title: 'Ownership form: direct (D) or indirect (I)' },
  { label: '4. Nature of indirect ownership' },
];

export const FORM3_DERIVATIVE_COLUMNS: FormColumn[] = [
  { label: '2. Date exercisable' },
  { label: 'Expiration date' },
  { label: '3. Title of underlying securities' },
  { label: 'Amount of underlying securities', numeric: true, fields: ['underlyingShares', 'underlyingValue'] },
  { label: '4. Conversion or exercise price', numeric: true, fields: ['conversionOrExercisePrice'] },
  { label: '5. Direct (D) or indirect (I)', title: 'Ownership form of the derivative security: direct (D) or indirect (I)' },
  { label: '6. Nature of indirect ownership' },
];

/** What a transaction fills in; a Form 3 reports none, and has no column for them. */
const TRANSACTION_FIELDS: RowField[] = ['transactionDate', 'deemedExecutionDate', 'code', 'timeliness', 'shares', 'totalValue', 'pricePerShare', 'acquiredDisposed'];

/** Whether a row holds anything in `fields`, a value or a footnote. */
const fills = (row: NonDerivativeRow, fields: readonly RowField[]) =>
  fields.some((field) => (row as unknown as Record<string, unknown>)[field] != null || row.footnoteIds[field] !== undefined);

/**
 * Whether the filing is shown in the Form 3's layout: a Form 3 or 3/A whose every line fits it (holdings
 * only, and no number of derivative securities owned, which that form has no column for). One that
 * does not is shown in the Form 4's layout, which has a column for every field: nothing filed is hidden.
 */
export function showsAsForm3(filing: { formType: string; nonDerivative: readonly NonDerivativeRow[]; derivative: readonly DerivativeRow[] }): boolean {
  if (!isInitialStatement(filing.formType)) return false;
  const holding = (row: NonDerivativeRow) => row.kind === 'holding' && !fills(row, TRANSACTION_FIELDS);
  return filing.nonDerivative.every(holding) && filing.derivative.every((row) => holding(row) && !fills(row, ['sharesOwnedAfter', 'valueOwnedAfter']));
}

export function Form3NonDerivativeTable({ rows, notes }: { rows: FilingJsonRow[]; notes: FootnoteIndex }) {
  return (
    <SecuritiesTable
      id="form3-table-1"
      title="Table I: Non-derivative securities beneficially owned"
      emptyText="No non-derivative securities reported."
      titleHeader="1. Title of security"
      columns={FORM3_NON_DERIVATIVE_COLUMNS}
      rows={rows}
      notes={notes}
      holdingBadges={false}
      cells={(common) => (
        <>
          <OwnedCell {...common} />
          <OwnershipCells {...common} />
        </>
      )}
    />
  );
}

export function Form3DerivativeTable({ rows, notes }: { rows: FilingJsonDerivativeRow[]; notes: FootnoteIndex }) {
  return (
    <SecuritiesTable
      id="form3-table-2"
      title="Table II: Derivative securities beneficially owned"
      emptyText="No derivative securities reported."
      titleHeader="1. Title of derivative security"
      columns={FORM3_DERIVATIVE_COLUMNS}
      rows={rows}
      notes={notes}
      holdingBadges={false}
      cells={(common) => (
        <>
          <ExerciseDateCells {...common} />
          <UnderlyingCells {...common} />
          <ConversionPriceCell {...common} />
          <OwnershipCells {...common} />
        </>
      )}
    />
  );
}

import type { FilingJsonDerivativeRow, FilingJsonRow } from '@/lib/domain/filing-json';
import { Amount } from '@/components/ui/amount';
import { Cell, FiledDate, OwnershipForm, SharesOrValue } from './cells';
import type { RowCellProps } from './securities-table';

// The cells every layout of Tables I and II shares (the Form 4's and 5's, and the Form 3's in its own
// order): what a line says is held, how, and Table II's terms of the derivative security.

/** The amount owned (after the line, at the fiscal year's end, or on a Form 3): shares, or the value filed in their place. */
export function OwnedCell(p: RowCellProps<FilingJsonRow>) {
  return <Cell {...p} fields={['sharesOwnedAfter', 'valueOwnedAfter']} numeric><SharesOrValue shares={p.row.sharesOwnedAfter} value={p.row.valueOwnedAfter} /></Cell>;
}

/** Direct (D) or indirect (I), and the nature of an indirect holding: every table's last two columns. */
export function OwnershipCells(p: RowCellProps<FilingJsonRow>) {
  return (
    <>
      <Cell {...p} fields={['directOrIndirect']}><OwnershipForm value={p.row.directOrIndirect} /></Cell>
      <Cell {...p} fields={['natureOfOwnership']}>{p.row.natureOfOwnership}</Cell>
    </>
  );
}

/** Table II's date exercisable and expiration date. */
export function ExerciseDateCells(p: RowCellProps<FilingJsonDerivativeRow>) {
  return (
    <>
      <Cell {...p} fields={['exerciseDate']}><FiledDate value={p.row.exerciseDate} /></Cell>
      <Cell {...p} fields={['expirationDate']}><FiledDate value={p.row.expirationDate} /></Cell>
    </>
  );
}

/** Table II's underlying security: its title and amount. */
export function UnderlyingCells(p: RowCellProps<FilingJsonDerivativeRow>) {
  return (
    <>
      <Cell {...p} fields={['underlyingTitle']}>{p.row.underlyingTitle}</Cell>
      <Cell {...p} fields={['underlyingShares', 'underlyingValue']} numeric><SharesOrValue shares={p.row.underlyingShares} value={p.row.underlyingValue} /></Cell>
    </>
  );
}

/** Table II's conversion or exercise price. */
export function ConversionPriceCell(p: RowCellProps<FilingJsonDerivativeRow>) {
  return <Cell {...p} fields={['conversionOrExercisePrice']} numeric><Amount value={p.row.conversionOrExercisePrice} as="price" blank /></Cell>;
}

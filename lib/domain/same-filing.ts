// When a data set's copy and a filer's own document are the same filing although nothing names it so:
// a bare ownership XML carries no accession, so it is matched with the copy by what it reports.
// The SEC's data sets keep numbers as NUMBER(16,2) (rounded to the cent), dates only when they are
// dates, and titles cut to 50 or 60 characters (FORM_345_readme.htm): what the copy cannot carry is
// not compared, and titles are not compared at all.
import { parseCik } from './cik';
import type { DerivativeRow, FiledDate, FiledNumber, NonDerivativeRow, ParsedFiling } from '../parser/types';

/** A line as compared (its footnote ids are not: the store's filings come without them). */
type Line = Omit<NonDerivativeRow & Partial<DerivativeRow>, 'footnoteIds'>;

export type ComparableFiling = Pick<ParsedFiling, 'issuer' | 'formType' | 'periodOfReport' | 'reportingOwners'> & {
  nonDerivative: readonly Line[];
  derivative: readonly Line[];
};

const HALF_CENT = 0.005;

/**
 * Whether a number as the copy holds it is the original's rounded to the cent. Text filed where a
 * number goes cannot be in the copy's number column (null there, or the same text in a copy that
 * can hold it).
 */
export function equalToTheCent(original: FiledNumber | undefined, copy: FiledNumber | undefined): boolean {
  const o = original ?? null;
  const c = copy ?? null;
  if (typeof o === 'string') return c === null || c === o;
  if (o === null || c === null) return o === c;
  if (typeof c !== 'number') return false;
  // Half a cent either way, with room for the binary noise of values such as 1.005.
  return Math.abs(o - c) <= HALF_CENT + 1e-9 * Math.max(1, Math.abs(o));
}

const ISO_DATE = /^\d{4}-\d\d-\d\d$/;

/** A date the copy carries as filed; one filed as something else is null there. */
function sameDate(original: FiledDate | undefined, copy: FiledDate | undefined): boolean {
  const o = original ?? null;
  const c = copy ?? null;
  return o === c || (c === null && o !== null && !ISO_DATE.test(o));
}

const code = (value: string | null | undefined) => value?.trim().toUpperCase() || null;

const NUMBERS = [
  'shares', 'pricePerShare', 'totalValue', 'sharesOwnedAfter', 'valueOwnedAfter',
  'conversionOrExercisePrice', 'underlyingShares', 'underlyingValue',
] as const;

/** One line of Table I or II: the same kind, date, codes and numbers to the cent. */
export function sameLineToTheCent(original: Line, copy: Line): boolean {
  return original.kind === copy.kind
    && sameDate(original.transactionDate, copy.transactionDate)
    && code(original.code) === code(copy.code)
    && code(original.acquiredDisposed) === code(copy.acquiredDisposed)
    && code(original.directOrIndirect) === code(copy.directOrIndirect)
    && NUMBERS.every((field) => equalToTheCent(original[field], copy[field]));
}

/**
 * The same lines whatever their order: the data set keeps transactions and holdings in separate
 * tables, so the order in which a filing interleaved them is lost.
 */
function sameLines(original: readonly Line[], copy: readonly Line[]): boolean {
  if (original.length !== copy.length) return false;
  const unmatched = [...copy];
  for (const line of original) {
    const i = unmatched.findIndex((c) => sameLineToTheCent(line, c));
    if (i < 0) return false;
    unmatched.splice(i, 1);
  }
  return true;
}

const ownerCiks = (f: ComparableFiling) => f.reportingOwners.map((o) => parseCik(o.cik) ?? o.cik).sort();

/**
 * Whether `copy` (a data set's, numbers to the cent) reports what `original` (a filer's own
 * document) does: the same issuer, form, period, reporting owners, and lines of Tables I and II.
 */
export function isSameFilingToTheCent(original: ComparableFiling, copy: ComparableFiling): boolean {
  if ((parseCik(original.issuer.cik) ?? original.issuer.cik) !== (parseCik(copy.issuer.cik) ?? copy.issuer.cik)) return false;
  if (original.formType !== copy.formType || original.periodOfReport !== copy.periodOfReport) return false;
  const a = ownerCiks(original);
  const b = ownerCiks(copy);
  if (a.length !== b.length || a.some((cik, i) => cik !== b[i])) return false;
  return sameLines(original.nonDerivative, copy.nonDerivative) && sameLines(original.derivative, copy.derivative);
}

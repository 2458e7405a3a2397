// The rows of one filing for its JSON: as filed (from the parse of its stored document), or as the
// database keeps them when that document no longer parses.
import { asc, eq } from 'drizzle-orm';
import type { AppDatabase } from '../index';
import { filingRows } from '../schema';
import { parseFiling } from '../../lib/parser/index';
import type { NonDerivativeRow, ParsedFiling } from '../../lib/parser/types';
import { unpackDocument } from '../document';
import { rowValue } from '../../lib/domain/values';
import type { FilingJson, FilingJsonDerivativeRow, FilingJsonRow } from '../../lib/domain/filing-json';

/** Table I and Table II with every field as filed, from the parse of the stored document. */
export function rowsAsFiled(parsed: ParsedFiling): Pick<FilingJson, 'nonDerivative' | 'derivative'> {
  const base = (row: NonDerivativeRow): FilingJsonRow => ({
    kind: row.kind,
    securityTitle: row.securityTitle,
    transactionDate: row.transactionDate,
    deemedExecutionDate: row.deemedExecutionDate,
    code: row.code,
    shares: row.shares,
    pricePerShare: row.pricePerShare,
    acquiredDisposed: row.acquiredDisposed,
    sharesOwnedAfter: row.sharesOwnedAfter,
    directOrIndirect: row.directOrIndirect,
    natureOfOwnership: row.natureOfOwnership,
    footnoteIds: row.footnoteIds,
    formType: row.formType,
    equitySwapInvolved: row.equitySwapInvolved,
    timeliness: row.timeliness,
    totalValue: row.totalValue,
    valueOwnedAfter: row.valueOwnedAfter,
    value: rowValue(row),
  });
  return {
    nonDerivative: parsed.nonDerivative.map(base),
    derivative: parsed.derivative.map((row) => ({
      ...base(row),
      conversionOrExercisePrice: row.conversionOrExercisePrice,
      exerciseDate: row.exerciseDate,
      expirationDate: row.expirationDate,
      underlyingTitle: row.underlyingTitle,
      underlyingShares: row.underlyingShares,
      underlyingValue: row.underlyingValue,
    })),
  };
}

/** The rows as the database keeps them, for a document that no longer parses: the fields it does not keep are null. */
export function getStoredRows(accession: string, db: AppDatabase): Pick<FilingJson, 'nonDerivative' | 'derivative'> {
  const rows = db
    .select({
      table: filingRows.table,
      kind: filingRows.kind,
      securityTitle: filingRows.securityTitle,
      transactionDate: filingRows.transactionDate,
      code: filingRows.code,
      shares: filingRows.shares,
      pricePerShare: filingRows.pricePerShare,
      acquiredDisposed: filingRows.acquiredDisposed,
      sharesOwnedAfter: filingRows.sharesOwnedAfter,
      directOrIndirect: filingRows.directOrIndirect,
      value: filingRows.value,
      conversionOrExercisePrice: filingRows.conversionOrExercisePrice,
      underlyingTitle: filingRows.underlyingTitle,
      underlyingShares: filingRows.underlyingShares,
    })
    .from(filingRows)
    .where(eq(filingRows.accession, accession))
    .orderBy(asc(filingRows.table), asc(filingRows.position))
    .all();
  const unknown = {
    deemedExecutionDate: null, natureOfOwnership: null, footnoteIds: {}, formType: null, equitySwapInvolved: null,
    timeliness: null, totalValue: null, valueOwnedAfter: null,
  };
  const nonDerivative: FilingJsonRow[] = [];
  const derivative: FilingJsonDerivativeRow[] = [];
  for (const { table, conversionOrExercisePrice, underlyingTitle, underlyingShares, ...row } of rows) {
    if (table === 'N') nonDerivative.push({ ...row, ...unknown });
    else derivative.push({ ...row, ...unknown, conversionOrExercisePrice, exerciseDate: null, expirationDate: null, underlyingTitle, underlyingShares, underlyingValue: null });
  }
  return { nonDerivative, derivative };
}

/**
 * The stored document, parsed: the rows with every field as filed, the footnotes and the remarks
 * come from it, as the database keeps only what the lists and tables read (a parse is well under a
 * millisecond). `null` when it no longer parses (a stricter parser since it was loaded), which the
 * server's log names.
 */
export function parseStoredDocument(accession: string, document: string | Uint8Array): ParsedFiling | null {
  try {
    return parseFiling(unpackDocument(document));
  } catch (error) {
    console.error(`filing ${accession}: its stored document no longer parses, so it is shown as stored, without footnotes and remarks (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
}

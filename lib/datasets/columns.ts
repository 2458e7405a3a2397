// Which column of which table holds which field of a filing. Columns are found by their header
// names, never by position: the SEC has added columns over the years (AFF10B5ONE), and some names
// differ between its readme, its metadata and its files (EQUITY_SWAP_TRANS_CD_FN against
// EQUITY_SWAP_INVOLVED_FN, FORM3_HOLDING_REPORTED against FORM3_HOLDINGS_REPORTED): each field
// lists every name it goes by. A column a table lacks leaves its field unknown (null).
import type { RowField } from '../parser/types';

export type TableName =
  | 'SUBMISSION' | 'REPORTINGOWNER' | 'NONDERIV_TRANS' | 'NONDERIV_HOLDING'
  | 'DERIV_TRANS' | 'DERIV_HOLDING' | 'FOOTNOTES' | 'OWNER_SIGNATURE';

export const TABLES: readonly TableName[] = [
  'SUBMISSION', 'REPORTINGOWNER', 'NONDERIV_TRANS', 'NONDERIV_HOLDING',
  'DERIV_TRANS', 'DERIV_HOLDING', 'FOOTNOTES', 'OWNER_SIGNATURE',
];

/** Without these no filing can be built: every filing needs its submission and a reporting owner. */
export const REQUIRED_TABLES: readonly TableName[] = ['SUBMISSION', 'REPORTINGOWNER'];

/** Columns every row of a table needs; a header without one makes the table unreadable. */
export const REQUIRED_COLUMNS: Readonly<Record<TableName, readonly string[]>> = {
  SUBMISSION: ['ACCESSION_NUMBER', 'DOCUMENT_TYPE', 'ISSUERCIK'],
  REPORTINGOWNER: ['ACCESSION_NUMBER', 'RPTOWNERCIK'],
  NONDERIV_TRANS: ['ACCESSION_NUMBER'],
  NONDERIV_HOLDING: ['ACCESSION_NUMBER'],
  DERIV_TRANS: ['ACCESSION_NUMBER'],
  DERIV_HOLDING: ['ACCESSION_NUMBER'],
  FOOTNOTES: ['ACCESSION_NUMBER', 'FOOTNOTE_ID'],
  OWNER_SIGNATURE: ['ACCESSION_NUMBER'],
};

export type RowTableName = 'NONDERIV_TRANS' | 'NONDERIV_HOLDING' | 'DERIV_TRANS' | 'DERIV_HOLDING';

export interface RowTableSpec {
  derivative: boolean;
  kind: 'transaction' | 'holding';
  /** The surrogate key: the SEC numbers a filing's rows in the order filed. */
  key: string;
}

export const ROW_TABLES: Readonly<Record<RowTableName, RowTableSpec>> = {
  NONDERIV_TRANS: { derivative: false, kind: 'transaction', key: 'NONDERIV_TRANS_SK' },
  NONDERIV_HOLDING: { derivative: false, kind: 'holding', key: 'NONDERIV_HOLDING_SK' },
  DERIV_TRANS: { derivative: true, kind: 'transaction', key: 'DERIV_TRANS_SK' },
  DERIV_HOLDING: { derivative: true, kind: 'holding', key: 'DERIV_HOLDING_SK' },
};

export type ValueKind = 'text' | 'number' | 'date' | 'boolean';

/** One field of a table row: the columns of its value and of its footnote ids. */
export interface FieldColumns {
  field: RowField | 'formType' | 'equitySwapInvolved';
  kind: ValueKind;
  /** Value columns, by every name the SEC gives them; empty for a field with footnotes only. */
  value: readonly string[];
  /** Footnote-id columns (`*_FN`), for fields a footnote can explain. */
  footnotes: readonly string[];
}

const f = (field: FieldColumns['field'], kind: ValueKind, value: string[], footnotes: string[] = []): FieldColumns =>
  ({ field, kind, value, footnotes });

/** The fields of the four row tables (a table holds those whose columns it has), in the parser's order: Table II's own last. */
export const ROW_FIELDS: readonly FieldColumns[] = [
  f('securityTitle', 'text', ['SECURITY_TITLE'], ['SECURITY_TITLE_FN']),
  f('transactionDate', 'date', ['TRANS_DATE'], ['TRANS_DATE_FN']),
  f('deemedExecutionDate', 'date', ['DEEMED_EXECUTION_DATE'], ['DEEMED_EXECUTION_DATE_FN']),
  f('formType', 'text', ['TRANS_FORM_TYPE']),
  // Footnotes on <transactionCoding> (the parser's `code`): in a transaction the SEC files them under
  // the equity-swap column's name, in a holding (whose coding holds only the form type) under TRANS_FORM_TYPE_FN.
  f('code', 'text', ['TRANS_CODE'], ['EQUITY_SWAP_TRANS_CD_FN', 'EQUITY_SWAP_INVOLVED_FN', 'TRANS_FORM_TYPE_FN']),
  f('equitySwapInvolved', 'boolean', ['EQUITY_SWAP_INVOLVED']),
  f('timeliness', 'text', ['TRANS_TIMELINESS'], ['TRANS_TIMELINESS_FN']),
  f('shares', 'number', ['TRANS_SHARES'], ['TRANS_SHARES_FN']),
  f('totalValue', 'number', ['TRANS_TOTAL_VALUE'], ['TRANS_TOTAL_VALUE_FN']),
  f('pricePerShare', 'number', ['TRANS_PRICEPERSHARE'], ['TRANS_PRICEPERSHARE_FN']),
  f('acquiredDisposed', 'text', ['TRANS_ACQUIRED_DISP_CD'], ['TRANS_ACQUIRED_DISP_CD_FN']),
  f('sharesOwnedAfter', 'number', ['SHRS_OWND_FOLWNG_TRANS'], ['SHRS_OWND_FOLWNG_TRANS_FN']),
  f('valueOwnedAfter', 'number', ['VALU_OWND_FOLWNG_TRANS'], ['VALU_OWND_FOLWNG_TRANS_FN']),
  f('directOrIndirect', 'text', ['DIRECT_INDIRECT_OWNERSHIP'], ['DIRECT_INDIRECT_OWNERSHIP_FN']),
  f('natureOfOwnership', 'text', ['NATURE_OF_OWNERSHIP'], ['NATURE_OF_OWNERSHIP_FN']),
  f('conversionOrExercisePrice', 'number', ['CONV_EXERCISE_PRICE'], ['CONV_EXERCISE_PRICE_FN']),
  f('exerciseDate', 'date', ['EXCERCISE_DATE', 'EXERCISE_DATE'], ['EXCERCISE_DATE_FN', 'EXERCISE_DATE_FN']),
  f('expirationDate', 'date', ['EXPIRATION_DATE'], ['EXPIRATION_DATE_FN']),
  f('underlyingTitle', 'text', ['UNDLYNG_SEC_TITLE'], ['UNDLYNG_SEC_TITLE_FN']),
  f('underlyingShares', 'number', ['UNDLYNG_SEC_SHARES'], ['UNDLYNG_SEC_SHARES_FN']),
  f('underlyingValue', 'number', ['UNDLYNG_SEC_VALUE'], ['UNDLYNG_SEC_VALUE_FN']),
];

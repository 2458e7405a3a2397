// Writes an Insider Transactions Data Set zip from parsed filings, as the SEC would: the eight
// tables with the columns of its readme (FORM_345_readme.htm, section 5) in its order, tab-separated
// with a header line, numbers rounded to the cent and printed as Oracle prints them (`785.0`,
// `19.82`), dates `27-SEP-2024`, CIKs padded to 10 digits, footnote ids `F1, F2`, relationships
// `Director,Officer`. Written apart from lib/datasets (which reads them) so the two check each other.
import { zipSync, strToU8 } from 'fflate';
import type { DerivativeRow, FiledNumber, NonDerivativeRow, ParsedFiling, RowField } from '../../lib/parser/types';

/** The readme's columns, table by table. */
export const README_COLUMNS = {
  SUBMISSION: ['ACCESSION_NUMBER', 'FILING_DATE', 'PERIOD_OF_REPORT', 'DATE_OF_ORIG_SUB', 'NO_SECURITIES_OWNED', 'NOT_SUBJECT_SEC16',
    'FORM3_HOLDING_REPORTED', 'FORM4_TRANS_REPORTED', 'DOCUMENT_TYPE', 'ISSUERCIK', 'ISSUERNAME', 'ISSUERTRADINGSYMBOL', 'REMARKS'],
  REPORTINGOWNER: ['ACCESSION_NUMBER', 'RPTOWNERCIK', 'RPTOWNERNAME', 'RPTOWNER_RELATIONSHIP', 'RPTOWNER_TITLE', 'RPTOWNER_TXT',
    'RPTOWNER_STREET1', 'RPTOWNER_STREET2', 'RPTOWNER_CITY', 'RPTOWNER_STATE', 'RPTOWNER_ZIPCODE', 'RPTOWNER_STATE_DESC', 'FILE_NUMBER'],
  NONDERIV_TRANS: ['ACCESSION_NUMBER', 'NONDERIV_TRANS_SK', 'SECURITY_TITLE', 'SECURITY_TITLE_FN', 'TRANS_DATE', 'TRANS_DATE_FN',
    'DEEMED_EXECUTION_DATE', 'DEEMED_EXECUTION_DATE_FN', 'TRANS_FORM_TYPE', 'TRANS_CODE', 'EQUITY_SWAP_INVOLVED', 'EQUITY_SWAP_TRANS_CD_FN',
    'TRANS_TIMELINESS', 'TRANS_TIMELINESS_FN', 'TRANS_SHARES', 'TRANS_SHARES_FN', 'TRANS_PRICEPERSHARE', 'TRANS_PRICEPERSHARE_FN',
    'TRANS_ACQUIRED_DISP_CD', 'TRANS_ACQUIRED_DISP_CD_FN', 'SHRS_OWND_FOLWNG_TRANS', 'SHRS_OWND_FOLWNG_TRANS_FN', 'VALU_OWND_FOLWNG_TRANS',
    'VALU_OWND_FOLWNG_TRANS_FN', 'DIRECT_INDIRECT_OWNERSHIP', 'DIRECT_INDIRECT_OWNERSHIP_FN', 'NATURE_OF_OWNERSHIP', 'NATURE_OF_OWNERSHIP_FN'],
  NONDERIV_HOLDING: ['ACCESSION_NUMBER', 'NONDERIV_HOLDING_SK', 'SECURITY_TITLE', 'SECURITY_TITLE_FN', 'TRANS_FORM_TYPE', 'TRANS_FORM_TYPE_FN',
    'SHRS_OWND_FOLWNG_TRANS', 'SHRS_OWND_FOLWNG_TRANS_FN', 'VALU_OWND_FOLWNG_TRANS', 'VALU_OWND_FOLWNG_TRANS_FN', 'DIRECT_INDIRECT_OWNERSHIP',
    'DIRECT_INDIRECT_OWNERSHIP_FN', 'NATURE_OF_OWNERSHIP', 'NATURE_OF_OWNERSHIP_FN'],
  DERIV_TRANS: ['ACCESSION_NUMBER', 'DERIV_TRANS_SK', 'SECURITY_TITLE', 'SECURITY_TITLE_FN', 'CONV_EXERCISE_PRICE', 'CONV_EXERCISE_PRICE_FN',
    'TRANS_DATE', 'TRANS_DATE_FN', 'DEEMED_EXECUTION_DATE', 'DEEMED_EXECUTION_DATE_FN', 'TRANS_FORM_TYPE', 'TRANS_CODE', 'EQUITY_SWAP_INVOLVED',
    'EQUITY_SWAP_TRANS_CD_FN', 'TRANS_TIMELINESS', 'TRANS_TIMELINESS_FN', 'TRANS_SHARES', 'TRANS_SHARES_FN', 'TRANS_TOTAL_VALUE',
    'TRANS_TOTAL_VALUE_FN', 'TRANS_PRICEPERSHARE', 'TRANS_PRICEPERSHARE_FN', 'TRANS_ACQUIRED_DISP_CD', 'TRANS_ACQUIRED_DISP_CD_FN',
    'EXCERCISE_DATE', 'EXCERCISE_DATE_FN', 'EXPIRATION_DATE', 'EXPIRATION_DATE_FN', 'UNDLYNG_SEC_TITLE', 'UNDLYNG_SEC_TITLE_FN',
    'UNDLYNG_SEC_SHARES', 'UNDLYNG_SEC_SHARES_FN', 'UNDLYNG_SEC_VALUE', 'UNDLYNG_SEC_VALUE_FN', 'SHRS_OWND_FOLWNG_TRANS',
    'SHRS_OWND_FOLWNG_TRANS_FN', 'VALU_OWND_FOLWNG_TRANS', 'VALU_OWND_FOLWNG_TRANS_FN', 'DIRECT_INDIRECT_OWNERSHIP',
    'DIRECT_INDIRECT_OWNERSHIP_FN', 'NATURE_OF_OWNERSHIP', 'NATURE_OF_OWNERSHIP_FN'],
  DERIV_HOLDING: ['ACCESSION_NUMBER', 'DERIV_HOLDING_SK', 'SECURITY_TITLE', 'SECURITY_TITLE_FN', 'CONV_EXERCISE_PRICE', 'CONV_EXERCISE_PRICE_FN',
    'TRANS_FORM_TYPE', 'TRANS_FORM_TYPE_FN', 'EXERCISE_DATE', 'EXERCISE_DATE_FN', 'EXPIRATION_DATE', 'EXPIRATION_DATE_FN', 'UNDLYNG_SEC_TITLE',
    'UNDLYNG_SEC_TITLE_FN', 'UNDLYNG_SEC_SHARES', 'UNDLYNG_SEC_SHARES_FN', 'UNDLYNG_SEC_VALUE', 'UNDLYNG_SEC_VALUE_FN', 'SHRS_OWND_FOLWNG_TRANS',
    'SHRS_OWND_FOLWNG_TRANS_FN', 'VALU_OWND_FOLWNG_TRANS', 'VALU_OWND_FOLWNG_TRANS_FN', 'DIRECT_INDIRECT_OWNERSHIP', 'DIRECT_INDIRECT_OWNERSHIP_FN',
    'NATURE_OF_OWNERSHIP', 'NATURE_OF_OWNERSHIP_FN'],
  FOOTNOTES: ['ACCESSION_NUMBER', 'FOOTNOTE_ID', 'FOOTNOTE_TXT'],
  OWNER_SIGNATURE: ['ACCESSION_NUMBER', 'OWNERSIGNATURENAME', 'OWNERSIGNATUREDATE'],
} as const;

export type WrittenTable = keyof typeof README_COLUMNS;

export interface DatasetFilingInput {
  parsed: ParsedFiling;
  accession: string;
  /** `YYYY-MM-DD`: the data set's FILING_DATE (a bare XML has none of its own). */
  filedAt: string;
}

export interface DatasetWriteOptions {
  /** Add SUBMISSION's AFF10B5ONE column, as the SEC's newer quarters do (after ISSUERTRADINGSYMBOL). */
  aff10b5One?: boolean;
  /** Tables to leave out of the zip. */
  omit?: readonly WrittenTable[];
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** `2024-09-27` → `27-SEP-2024`; anything that is not a date cannot be in a DATE column: empty. */
export function datasetDateText(iso: string | null): string {
  const m = iso === null ? null : /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
  return m ? `${m[3]}-${MONTHS[Number(m[2]) - 1]}-${m[1]}` : '';
}

/**
 * A number rounded to the cent in decimal (half away from zero, as Oracle's NUMBER(16,2) does on the
 * filed text): `1.005` → 1.01, `-2.345` → -2.35. Text filed where a number goes (a price of "See
 * footnote") cannot be in a NUMBER column: null.
 */
export function roundToCent(value: FiledNumber): number | null {
  if (typeof value !== 'number') return null;
  const abs = String(Math.abs(value));
  const text = /e/.test(abs) ? Math.abs(value).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : abs;
  const [whole, fraction = ''] = text.split('.');
  let cents = BigInt(whole!) * 100n + BigInt((fraction + '00').slice(0, 2));
  if ((fraction[2] ?? '0') >= '5') cents += 1n;
  const rounded = Number(cents) / 100;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** As the SEC prints a NUMBER: `785.0`, `19.82`, `0.5`. */
export function datasetNumberText(value: FiledNumber): string {
  const n = roundToCent(value);
  if (n === null) return '';
  return Number.isInteger(n) ? `${n}.0` : String(n);
}

/** A field as the SEC writes it: quoted, quotes doubled, when it holds a quote, a tab or a line break. */
function field(text: string): string {
  return /["\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const pad = (cik: string) => cik.padStart(10, '0');
const flag = (v: boolean | null) => (v === null ? '' : v ? '1' : '0');
const fn = (ids: readonly string[] | undefined) => (ids === undefined ? '' : ids.join(', '));
const str = (v: string | null) => v ?? '';

type Cells = Record<string, string>;

/** The columns a row line fills, by readme name. */
function rowCells(row: NonDerivativeRow | DerivativeRow, derivative: boolean): Cells {
  const ids = (f: RowField) => fn(row.footnoteIds[f]);
  const d = row as DerivativeRow;
  const cells: Cells = {
    SECURITY_TITLE: str(row.securityTitle), SECURITY_TITLE_FN: ids('securityTitle'),
    TRANS_DATE: datasetDateText(row.transactionDate), TRANS_DATE_FN: ids('transactionDate'),
    DEEMED_EXECUTION_DATE: datasetDateText(row.deemedExecutionDate), DEEMED_EXECUTION_DATE_FN: ids('deemedExecutionDate'),
    TRANS_FORM_TYPE: str(row.formType), TRANS_CODE: str(row.code), EQUITY_SWAP_INVOLVED: flag(row.equitySwapInvolved),
    // <transactionCoding>'s own footnotes: the equity-swap column in a transaction, the form type's in a holding.
    EQUITY_SWAP_TRANS_CD_FN: ids('code'), TRANS_FORM_TYPE_FN: ids('code'),
    TRANS_TIMELINESS: str(row.timeliness), TRANS_TIMELINESS_FN: ids('timeliness'),
    TRANS_SHARES: datasetNumberText(row.shares), TRANS_SHARES_FN: ids('shares'),
    TRANS_TOTAL_VALUE: datasetNumberText(row.totalValue), TRANS_TOTAL_VALUE_FN: ids('totalValue'),
    TRANS_PRICEPERSHARE: datasetNumberText(row.pricePerShare), TRANS_PRICEPERSHARE_FN: ids('pricePerShare'),
    TRANS_ACQUIRED_DISP_CD: str(row.acquiredDisposed), TRANS_ACQUIRED_DISP_CD_FN: ids('acquiredDisposed'),
    SHRS_OWND_FOLWNG_TRANS: datasetNumberText(row.sharesOwnedAfter), SHRS_OWND_FOLWNG_TRANS_FN: ids('sharesOwnedAfter'),
    VALU_OWND_FOLWNG_TRANS: datasetNumberText(row.valueOwnedAfter), VALU_OWND_FOLWNG_TRANS_FN: ids('valueOwnedAfter'),
    DIRECT_INDIRECT_OWNERSHIP: str(row.directOrIndirect), DIRECT_INDIRECT_OWNERSHIP_FN: ids('directOrIndirect'),
    NATURE_OF_OWNERSHIP: str(row.natureOfOwnership), NATURE_OF_OWNERSHIP_FN: ids('natureOfOwnership'),
  };
  if (derivative) {
    Object.assign(cells, {
      CONV_EXERCISE_PRICE: datasetNumberText(d.conversionOrExercisePrice), CONV_EXERCISE_PRICE_FN: ids('conversionOrExercisePrice'),
      EXCERCISE_DATE: datasetDateText(d.exerciseDate), EXCERCISE_DATE_FN: ids('exerciseDate'),
      EXERCISE_DATE: datasetDateText(d.exerciseDate), EXERCISE_DATE_FN: ids('exerciseDate'),
      EXPIRATION_DATE: datasetDateText(d.expirationDate), EXPIRATION_DATE_FN: ids('expirationDate'),
      UNDLYNG_SEC_TITLE: str(d.underlyingTitle), UNDLYNG_SEC_TITLE_FN: ids('underlyingTitle'),
      UNDLYNG_SEC_SHARES: datasetNumberText(d.underlyingShares), UNDLYNG_SEC_SHARES_FN: ids('underlyingShares'),
      UNDLYNG_SEC_VALUE: datasetNumberText(d.underlyingValue), UNDLYNG_SEC_VALUE_FN: ids('underlyingValue'),
    });
  }
  return cells;
}

const relationship = (o: ParsedFiling['reportingOwners'][number]) =>
  [o.isDirector && 'Director', o.isOfficer && 'Officer', o.isTenPercentOwner && 'TenPercentOwner', o.isOther && 'Other'].filter(Boolean).join(',');

/** The tables' text, by file name (`SUBMISSION.tsv`, ...). */
export function datasetTables(filings: readonly DatasetFilingInput[], options: DatasetWriteOptions = {}): Record<string, string> {
  const columns: Record<WrittenTable, readonly string[]> = { ...README_COLUMNS };
  if (options.aff10b5One) {
    const sub: string[] = [...README_COLUMNS.SUBMISSION];
    sub.splice(sub.indexOf('ISSUERTRADINGSYMBOL') + 1, 0, 'AFF10B5ONE');
    columns.SUBMISSION = sub;
  }
  const lines = Object.fromEntries(Object.keys(columns).map((t) => [t, [] as Cells[]])) as Record<WrittenTable, Cells[]>;
  // Surrogate keys: numbered across the whole quarter, in the order filed, as the SEC's are.
  const keys = { NONDERIV_TRANS: 0, NONDERIV_HOLDING: 0, DERIV_TRANS: 0, DERIV_HOLDING: 0 };
  for (const { parsed: p, accession, filedAt } of filings) {
    const a = { ACCESSION_NUMBER: accession };
    lines.SUBMISSION.push({
      ...a, FILING_DATE: datasetDateText(filedAt), PERIOD_OF_REPORT: datasetDateText(p.periodOfReport),
      DATE_OF_ORIG_SUB: datasetDateText(p.dateOfOriginalSubmission), NO_SECURITIES_OWNED: flag(p.noSecuritiesOwned),
      NOT_SUBJECT_SEC16: flag(p.notSubjectToSection16), DOCUMENT_TYPE: p.formType, ISSUERCIK: pad(p.issuer.cik),
      ISSUERNAME: str(p.issuer.name), ISSUERTRADINGSYMBOL: str(p.issuer.ticker), AFF10B5ONE: flag(p.aff10b5One), REMARKS: str(p.remarks),
    });
    for (const o of p.reportingOwners) {
      lines.REPORTINGOWNER.push({
        ...a, RPTOWNERCIK: pad(o.cik), RPTOWNERNAME: str(o.name), RPTOWNER_RELATIONSHIP: relationship(o),
        RPTOWNER_TITLE: str(o.officerTitle), RPTOWNER_TXT: str(o.otherText), RPTOWNER_STREET1: str(o.street1),
        RPTOWNER_STREET2: str(o.street2), RPTOWNER_CITY: str(o.city), RPTOWNER_STATE: str(o.state),
        RPTOWNER_ZIPCODE: str(o.zipCode), RPTOWNER_STATE_DESC: str(o.stateDescription),
      });
    }
    for (const [rows, derivative] of [[p.nonDerivative, false], [p.derivative, true]] as const) {
      for (const row of rows) {
        const table = `${derivative ? 'DERIV' : 'NONDERIV'}_${row.kind === 'transaction' ? 'TRANS' : 'HOLDING'}` as keyof typeof keys;
        lines[table].push({ ...a, [`${table}_SK`]: String(++keys[table]), ...rowCells(row, derivative) });
      }
    }
    for (const n of p.footnotes) lines.FOOTNOTES.push({ ...a, FOOTNOTE_ID: n.id, FOOTNOTE_TXT: n.text });
    for (const s of p.signatures) lines.OWNER_SIGNATURE.push({ ...a, OWNERSIGNATURENAME: str(s.name), OWNERSIGNATUREDATE: datasetDateText(s.date) });
  }
  const out: Record<string, string> = {};
  for (const table of Object.keys(columns) as WrittenTable[]) {
    if (options.omit?.includes(table)) continue;
    const cols = columns[table];
    out[`${table}.tsv`] = [cols.join('\t'), ...lines[table].map((cells) => cols.map((c) => field(cells[c] ?? '')).join('\t'))].join('\n') + '\n';
  }
  return out;
}

/** The zip, with the tables at its root as the SEC's are (`2024q3_form345.zip`). */
export function writeDatasetZip(filings: readonly DatasetFilingInput[], options: DatasetWriteOptions = {}): Uint8Array {
  return zipFiles(datasetTables(filings, options));
}

export function zipFiles(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

// One filing from its rows: the SUBMISSION row, its owners, its lines of Table I and II, its
// footnotes and signatures, as the parser's ParsedFiling (the same shape a filing's XML parses to).
import { OWNERSHIP_FORMS } from '../domain/form-types';
import { filedBoolean, filedText } from '../parser/values';
import type {
  DerivativeRow, Footnote, FootnoteIds, FormType, NonDerivativeRow, ParsedFiling, ReportingOwner, RowField, Signature,
} from '../parser/types';
import { ROW_FIELDS, ROW_TABLES, type RowTableName } from './columns';
import { DatasetError } from './errors';
import { splitRow, type RowRef, type Table } from './tsv';
import { BadValue, datasetCik, datasetDate, datasetFootnoteIds, datasetNumber, datasetRelationship } from './values';


/** A row split into fields, read by column name; a value its column cannot hold names the table and line. */
class Row {
  constructor(
    private readonly table: Table,
    private readonly ref: RowRef,
    private readonly fields: string[],
  ) {}

  static read(table: Table, ref: RowRef): Row {
    return new Row(table, ref, splitRow(table, ref));
  }

  has(column: string): boolean {
    return this.table.columns.has(column);
  }

  /** The raw field, or undefined when the table has no such column. */
  raw(column: string): string | undefined {
    const i = this.table.columns.get(column);
    return i === undefined ? undefined : this.fields[i];
  }

  /** The first of `columns` the table has. */
  first(columns: readonly string[]): string | undefined {
    for (const c of columns) if (this.has(c)) return c;
    return undefined;
  }

  text(column: string): string | null {
    return filedText(this.raw(column) ?? null);
  }

  /** Converts a field, naming the table and line when it cannot. */
  value<T>(column: string, read: (raw: string, column: string) => T): T | null {
    const raw = this.raw(column);
    if (raw === undefined) return null;
    try {
      return read(raw, column);
    } catch (error) {
      if (error instanceof BadValue) throw this.error(error.message);
      throw error;
    }
  }

  error(detail: string, code: 'malformed-line' | 'invalid-filing' = 'malformed-line'): DatasetError {
    return new DatasetError(code, detail, this.table.file, this.ref.line);
  }
}

export interface FilingTables {
  submission: Table;
  owners: Table;
  rows: Partial<Record<RowTableName, Table>>;
  footnotes?: Table;
  signatures?: Table;
}

/** The rows of one filing in each table, as found by the scan (see read.ts). */
export interface FilingRefs {
  submission: RowRef;
  owners: RowRef[];
  rows: Partial<Record<RowTableName, RowRef[]>>;
  footnotes: RowRef[];
  signatures: RowRef[];
}

export type DatasetFiling = Omit<ParsedFiling, 'ownershipXml'>;

/** Builds one filing; throws a DatasetError naming the table and line of the first bad row. */
export function buildFiling(tables: FilingTables, refs: FilingRefs): DatasetFiling {
  const sub = Row.read(tables.submission, refs.submission);
  const accession = sub.text('ACCESSION_NUMBER') ?? '';
  if (!/^\d{10}-\d\d-\d{6}$/.test(accession)) throw sub.error(`ACCESSION_NUMBER '${accession}' is not an accession number`);
  const formType = (sub.text('DOCUMENT_TYPE') ?? '').toUpperCase();
  if (!OWNERSHIP_FORMS.has(formType)) throw sub.error(`DOCUMENT_TYPE '${formType}' is not 3, 3/A, 4, 4/A, 5 or 5/A`, 'invalid-filing');

  const reportingOwners = refs.owners.map((ref) => readOwner(Row.read(tables.owners, ref)));
  if (reportingOwners.length === 0) {
    throw new DatasetError('invalid-filing', `filing ${accession} has no row in REPORTINGOWNER`, tables.submission.file, refs.submission.line);
  }

  const nonDerivative: NonDerivativeRow[] = [];
  const derivative: DerivativeRow[] = [];
  // The SEC keeps transactions and holdings in separate tables, so how a filing interleaved them is
  // lost: transactions come first (as most filings list them), each kind in the order filed.
  for (const name of ['NONDERIV_TRANS', 'NONDERIV_HOLDING', 'DERIV_TRANS', 'DERIV_HOLDING'] as const) {
    const table = tables.rows[name];
    const found = refs.rows[name];
    if (table === undefined || found === undefined) continue;
    const spec = ROW_TABLES[name];
    const keyed = found.map((ref) => {
      const row = Row.read(table, ref);
      return { row, key: row.text(spec.key) };
    });
    keyed.sort((a, b) => compareKeys(a.key, b.key));
    for (const { row } of keyed) {
      const built = readTableRow(row, spec.kind, spec.derivative);
      if (spec.derivative) derivative.push(built as DerivativeRow);
      else nonDerivative.push(built);
    }
  }

  const footnotes: Footnote[] = [];
  if (tables.footnotes !== undefined) {
    for (const ref of refs.footnotes) {
      const row = Row.read(tables.footnotes, ref);
      const id = row.text('FOOTNOTE_ID');
      if (id === null) throw row.error('FOOTNOTE_ID is empty');
      footnotes.push({ id, text: (row.raw('FOOTNOTE_TXT') ?? '').trim() });
    }
    footnotes.sort((a, b) => compareFootnoteIds(a.id, b.id));
  }

  const signatures: Signature[] = [];
  if (tables.signatures !== undefined) {
    for (const ref of refs.signatures) {
      const row = Row.read(tables.signatures, ref);
      signatures.push({ name: row.text('OWNERSIGNATURENAME'), date: row.value('OWNERSIGNATUREDATE', datasetDate) });
    }
  }

  return {
    accession,
    filedAt: sub.value('FILING_DATE', datasetDate),
    // The data set carries the filing date only, not EDGAR's acceptance time.
    acceptedAt: null,
    // Nor the issuer's SIC code, which EDGAR gives in a submission's header.
    issuerIndustry: null,
    formType: formType as FormType,
    schemaVersion: null,
    periodOfReport: sub.value('PERIOD_OF_REPORT', datasetDate),
    dateOfOriginalSubmission: sub.value('DATE_OF_ORIG_SUB', datasetDate),
    notSubjectToSection16: filedBoolean(sub.text('NOT_SUBJECT_SEC16')) === true,
    noSecuritiesOwned: filedBoolean(sub.text('NO_SECURITIES_OWNED')) === true,
    // Quarters from before the SEC added the column say nothing: unknown, not false.
    aff10b5One: sub.has('AFF10B5ONE') ? filedBoolean(sub.text('AFF10B5ONE')) : null,
    issuer: {
      cik: sub.value('ISSUERCIK', datasetCik)!,
      name: sub.text('ISSUERNAME'),
      ticker: sub.text('ISSUERTRADINGSYMBOL'),
    },
    reportingOwners,
    nonDerivative,
    derivative,
    footnotes,
    remarks: sub.text('REMARKS'),
    signatures,
  };
}

function readOwner(row: Row): ReportingOwner {
  const relationship = row.value('RPTOWNER_RELATIONSHIP', datasetRelationship)
    ?? { isDirector: false, isOfficer: false, isTenPercentOwner: false, isOther: false };
  return {
    cik: row.value('RPTOWNERCIK', datasetCik)!,
    name: row.text('RPTOWNERNAME'),
    street1: row.text('RPTOWNER_STREET1'),
    street2: row.text('RPTOWNER_STREET2'),
    city: row.text('RPTOWNER_CITY'),
    state: row.text('RPTOWNER_STATE'),
    zipCode: row.text('RPTOWNER_ZIPCODE'),
    stateDescription: row.text('RPTOWNER_STATE_DESC'),
    ...relationship,
    officerTitle: row.text('RPTOWNER_TITLE'),
    otherText: row.text('RPTOWNER_TXT'),
  };
}

function readTableRow(row: Row, kind: 'transaction' | 'holding', derivative: boolean): NonDerivativeRow | DerivativeRow {
  // Keys in the parser's order, so that a row reads the same whichever way it came.
  const out: Record<string, unknown> = { kind };
  const footnoteIds: FootnoteIds = {};
  for (const spec of ROW_FIELDS) {
    if (DERIVATIVE_ONLY.has(spec.field)) {
      if (!derivative) break;
      out.footnoteIds ??= footnoteIds;
    }
    const column = row.first(spec.value);
    out[spec.field] = column === undefined ? null
      : spec.kind === 'number' ? row.value(column, datasetNumber)
        : spec.kind === 'date' ? row.value(column, datasetDate)
          : spec.kind === 'boolean' ? filedBoolean(row.text(column))
            : row.text(column);
    for (const fn of spec.footnotes) {
      const ids = datasetFootnoteIds(row.raw(fn) ?? '');
      if (ids.length > 0) (footnoteIds[spec.field as RowField] ??= []).push(...ids);
    }
  }
  out.footnoteIds ??= footnoteIds;
  return out as unknown as NonDerivativeRow | DerivativeRow;
}

const DERIVATIVE_ONLY: ReadonlySet<string> = new Set([
  'conversionOrExercisePrice', 'exerciseDate', 'expirationDate', 'underlyingTitle', 'underlyingShares', 'underlyingValue',
]);

/** Surrogate keys as numbers (they may outgrow a double's integers: compared as digit strings). */
function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.length - b.length || (a < b ? -1 : 1);
}

/** F1, F2, ..., F10: by number, ids of another form after them in text order. */
function compareFootnoteIds(a: string, b: string): number {
  const na = /^F(\d+)$/i.exec(a);
  const nb = /^F(\d+)$/i.exec(b);
  if (na && nb) return Number(na[1]) - Number(nb[1]);
  if (na) return -1;
  if (nb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

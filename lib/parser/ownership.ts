// Maps a scanned `ownershipDocument` element tree to the typed filing. One pass over the children
// of each element, dispatching on the element name; unknown elements (later schema additions like
// `rptOwnerNonUSAddressFlag`) are ignored rather than rejected.
import { lineColumn, textOf, type XmlElement } from './xml';
import { cikOf, filedBoolean, filedDate, filedNumber, filedText } from './values';
import {
  ParseError,
  type DerivativeRow,
  type Footnote,
  type FormType,
  type NonDerivativeRow,
  type ParsedFiling,
  type ReportingOwner,
  type RowField,
  type Signature,
} from './types';

const FORM_TYPES: ReadonlySet<string> = new Set(['3', '3/A', '4', '4/A', '5', '5/A']);

type ValueKind = 'text' | 'number' | 'date';

/** Elements that hold one value (in `<value>`, or as their own text) plus footnote references. */
const VALUE_FIELDS: Readonly<Record<string, readonly [RowField, ValueKind]>> = {
  securityTitle: ['securityTitle', 'text'],
  transactionDate: ['transactionDate', 'date'],
  deemedExecutionDate: ['deemedExecutionDate', 'date'],
  transactionTimeliness: ['timeliness', 'text'],
  transactionShares: ['shares', 'number'],
  transactionTotalValue: ['totalValue', 'number'],
  transactionPricePerShare: ['pricePerShare', 'number'],
  transactionAcquiredDisposedCode: ['acquiredDisposed', 'text'],
  sharesOwnedFollowingTransaction: ['sharesOwnedAfter', 'number'],
  valueOwnedFollowingTransaction: ['valueOwnedAfter', 'number'],
  directOrIndirectOwnership: ['directOrIndirect', 'text'],
  natureOfOwnership: ['natureOfOwnership', 'text'],
  conversionOrExercisePrice: ['conversionOrExercisePrice', 'number'],
  exerciseDate: ['exerciseDate', 'date'],
  expirationDate: ['expirationDate', 'date'],
  underlyingSecurityTitle: ['underlyingTitle', 'text'],
  underlyingSecurityShares: ['underlyingShares', 'number'],
  underlyingSecurityValue: ['underlyingValue', 'number'],
};

/**
 * Where a footnote goes when it is placed on a container instead of on one of its fields. Each
 * container maps to the field that stands for the whole column group on the printed form:
 * - `transactionAmounts` → `shares` (column "Amount"; `totalValue` when the row files a value
 *   instead of shares), since the amount is what such notes explain (how it was computed, ranges);
 * - `postTransactionAmounts` → `sharesOwnedAfter` (`valueOwnedAfter` likewise);
 * - `ownershipNature` → `natureOfOwnership`, the column that explains ownership in words;
 * - `underlyingSecurity` → `underlyingTitle`, the first cell of the "Title and Amount" column;
 * - `transactionCoding` → `code`;
 * - a footnote directly in the row → `securityTitle`, the cell that names the row.
 */
function containerField(container: string, row: NonDerivativeRow | DerivativeRow): RowField {
  switch (container) {
    case 'transactionAmounts':
      return row.shares === null && row.totalValue !== null ? 'totalValue' : 'shares';
    case 'postTransactionAmounts':
      return row.sharesOwnedAfter === null && row.valueOwnedAfter !== null ? 'valueOwnedAfter' : 'sharesOwnedAfter';
    case 'ownershipNature':
      return 'natureOfOwnership';
    case 'underlyingSecurity':
      return 'underlyingTitle';
    case 'transactionCoding':
      return 'code';
    default:
      return 'securityTitle';
  }
}

function invalid(s: string, el: XmlElement, detail: string): ParseError {
  const { line, column } = lineColumn(s, el.start);
  return new ParseError('invalid-ownership', detail, line, column);
}

/** Trimmed text of a leaf (or of a `<value>` wrapper, as some schema versions put it), or null. */
function text(s: string, el: XmlElement | undefined): string | null {
  if (el === undefined) return null;
  if (el.children !== null) {
    const value = el.children.find((c) => c.name === 'value');
    return value === undefined ? null : filedText(textOf(s, value));
  }
  return filedText(textOf(s, el));
}

function addFootnote(row: NonDerivativeRow, field: RowField, id: string | null): void {
  if (id === null) return;
  const ids = row.footnoteIds[field];
  if (ids === undefined) row.footnoteIds[field] = [id];
  else ids.push(id);
}

// Rows are built as complete literals so that every row of a kind shares one object shape.
function newRow(kind: 'transaction' | 'holding', derivative: boolean): NonDerivativeRow | DerivativeRow {
  if (derivative) {
    const d: DerivativeRow = {
      kind,
      securityTitle: null,
      transactionDate: null,
      deemedExecutionDate: null,
      formType: null,
      code: null,
      equitySwapInvolved: null,
      timeliness: null,
      shares: null,
      totalValue: null,
      pricePerShare: null,
      acquiredDisposed: null,
      sharesOwnedAfter: null,
      valueOwnedAfter: null,
      directOrIndirect: null,
      natureOfOwnership: null,
      footnoteIds: {},
      conversionOrExercisePrice: null,
      exerciseDate: null,
      expirationDate: null,
      underlyingTitle: null,
      underlyingShares: null,
      underlyingValue: null,
    };
    return d;
  }
  const row: NonDerivativeRow = {
    kind,
    securityTitle: null,
    transactionDate: null,
    deemedExecutionDate: null,
    formType: null,
    code: null,
    equitySwapInvolved: null,
    timeliness: null,
    shares: null,
    totalValue: null,
    pricePerShare: null,
    acquiredDisposed: null,
    sharesOwnedAfter: null,
    valueOwnedAfter: null,
    directOrIndirect: null,
    natureOfOwnership: null,
    footnoteIds: {},
  };
  return row;
}

/** Fills `row` from the children of `el`, descending into containers. */
function fillRow(s: string, el: XmlElement, row: NonDerivativeRow): void {
  const children = el.children;
  if (children === null) return;
  // Container footnotes are resolved after the container's fields, so that the choice between
  // shares and total value can see which one was filed.
  let pending: string[] | null = null;
  for (const child of children) {
    const name = child.name;
    const spec = VALUE_FIELDS[name];
    if (spec !== undefined) {
      const [field, kind] = spec;
      let raw: string | null = null;
      const grand = child.children;
      if (grand === null) raw = textOf(s, child);
      else {
        for (const g of grand) {
          if (g.name === 'value') raw = textOf(s, g);
          else if (g.name === 'footnoteId') addFootnote(row, field, g.id);
        }
      }
      (row as unknown as Record<string, unknown>)[field] =
        kind === 'number' ? filedNumber(raw) : kind === 'date' ? filedDate(raw) : filedText(raw);
      continue;
    }
    switch (name) {
      case 'transactionCoding': {
        const coding = child.children;
        if (coding === null) break;
        for (const g of coding) {
          if (g.name === 'transactionFormType') row.formType = text(s, g);
          else if (g.name === 'transactionCode') row.code = text(s, g);
          else if (g.name === 'equitySwapInvolved') row.equitySwapInvolved = filedBoolean(text(s, g));
          else if (g.name === 'footnoteId') addFootnote(row, 'code', g.id);
        }
        break;
      }
      case 'transactionAmounts':
      case 'postTransactionAmounts':
      case 'ownershipNature':
      case 'underlyingSecurity':
        fillRow(s, child, row);
        break;
      case 'footnoteId':
        if (child.id !== null) (pending ??= []).push(child.id);
        break;
    }
  }
  if (pending !== null) {
    const field = containerField(el.name, row);
    for (const id of pending) addFootnote(row, field, id);
  }
}

function parseOwner(s: string, el: XmlElement): ReportingOwner {
  const owner: ReportingOwner = {
    cik: '',
    name: null,
    street1: null,
    street2: null,
    city: null,
    state: null,
    zipCode: null,
    stateDescription: null,
    isDirector: false,
    isOfficer: false,
    isTenPercentOwner: false,
    isOther: false,
    officerTitle: null,
    otherText: null,
  };
  let cik: string | null = null;
  for (const part of el.children ?? []) {
    for (const f of part.children ?? []) {
      switch (f.name) {
        case 'rptOwnerCik':
          cik = cikOf(text(s, f));
          break;
        case 'rptOwnerName':
          owner.name = text(s, f);
          break;
        case 'rptOwnerStreet1':
          owner.street1 = text(s, f);
          break;
        case 'rptOwnerStreet2':
          owner.street2 = text(s, f);
          break;
        case 'rptOwnerCity':
          owner.city = text(s, f);
          break;
        case 'rptOwnerState':
          owner.state = text(s, f);
          break;
        case 'rptOwnerZipCode':
          owner.zipCode = text(s, f);
          break;
        case 'rptOwnerStateDescription':
          owner.stateDescription = text(s, f);
          break;
        case 'isDirector':
          owner.isDirector = filedBoolean(text(s, f)) === true;
          break;
        case 'isOfficer':
          owner.isOfficer = filedBoolean(text(s, f)) === true;
          break;
        case 'isTenPercentOwner':
          owner.isTenPercentOwner = filedBoolean(text(s, f)) === true;
          break;
        case 'isOther':
          owner.isOther = filedBoolean(text(s, f)) === true;
          break;
        case 'officerTitle':
          owner.officerTitle = text(s, f);
          break;
        case 'otherText':
          owner.otherText = text(s, f);
          break;
      }
    }
  }
  if (cik === null) throw invalid(s, el, 'reporting owner without <rptOwnerCik>');
  owner.cik = cik;
  return owner;
}

function parseTable(s: string, table: XmlElement, derivative: boolean, out: NonDerivativeRow[]): void {
  for (const el of table.children ?? []) {
    const name = el.name;
    let kind: 'transaction' | 'holding';
    if (name === 'nonDerivativeTransaction' || name === 'derivativeTransaction') kind = 'transaction';
    else if (name === 'nonDerivativeHolding' || name === 'derivativeHolding') kind = 'holding';
    else continue;
    const row = newRow(kind, derivative);
    fillRow(s, el, row);
    out.push(row);
  }
}

/** What the ownership document holds; the caller adds accession, dates and the XML text. */
export type OwnershipFields = Omit<ParsedFiling, 'accession' | 'filedAt' | 'acceptedAt' | 'ownershipXml'>;

/** The element's name as written, with its namespace prefix. */
function qualifiedName(s: string, el: XmlElement): string {
  const end = s.slice(el.start + 1, el.start + 200).search(/[\s/>]/);
  return end === -1 ? el.name : s.slice(el.start + 1, el.start + 1 + end);
}

export function mapOwnershipDocument(s: string, root: XmlElement): OwnershipFields {
  if (root.name !== 'ownershipDocument') {
    const { line, column } = lineColumn(s, root.start);
    throw new ParseError(
      'not-ownership',
      `not a Form 3, 4 or 5: the root element is <${qualifiedName(s, root)}>, not <ownershipDocument>`,
      line,
      column,
    );
  }
  let documentType: XmlElement | undefined;
  let issuerEl: XmlElement | undefined;
  let schemaVersion: string | null = null;
  let periodOfReport: string | null = null;
  let dateOfOriginalSubmission: string | null = null;
  let notSubjectToSection16 = false;
  let noSecuritiesOwned = false;
  let aff10b5One: boolean | null = null;
  let remarks: string | null = null;
  const reportingOwners: ReportingOwner[] = [];
  const nonDerivative: NonDerivativeRow[] = [];
  const derivative: DerivativeRow[] = [];
  const footnotes: Footnote[] = [];
  const signatures: Signature[] = [];

  for (const el of root.children ?? []) {
    switch (el.name) {
      case 'schemaVersion':
        schemaVersion = text(s, el);
        break;
      case 'documentType':
        documentType = el;
        break;
      case 'periodOfReport':
        periodOfReport = filedDate(text(s, el));
        break;
      case 'dateOfOriginalSubmission':
        dateOfOriginalSubmission = filedDate(text(s, el));
        break;
      case 'notSubjectToSection16':
        notSubjectToSection16 = filedBoolean(text(s, el)) === true;
        break;
      case 'noSecuritiesOwned':
        noSecuritiesOwned = filedBoolean(text(s, el)) === true;
        break;
      case 'aff10b5One':
        aff10b5One = filedBoolean(text(s, el));
        break;
      case 'issuer':
        issuerEl = el;
        break;
      case 'reportingOwner':
        reportingOwners.push(parseOwner(s, el));
        break;
      case 'nonDerivativeTable':
        parseTable(s, el, false, nonDerivative);
        break;
      case 'derivativeTable':
        parseTable(s, el, true, derivative as NonDerivativeRow[]);
        break;
      case 'footnotes':
        for (const f of el.children ?? []) {
          if (f.name !== 'footnote') continue;
          if (f.id === null) throw invalid(s, f, '<footnote> without an id attribute');
          footnotes.push({ id: f.id, text: textOf(s, f).trim() });
        }
        break;
      case 'remarks':
        remarks = filedText(textOf(s, el));
        break;
      case 'ownerSignature': {
        let name: string | null = null;
        let date: string | null = null;
        for (const f of el.children ?? []) {
          if (f.name === 'signatureName') name = text(s, f);
          else if (f.name === 'signatureDate') date = filedDate(text(s, f));
        }
        signatures.push({ name, date });
        break;
      }
    }
  }

  if (documentType === undefined) throw invalid(s, root, 'ownershipDocument without <documentType>');
  const formType = (text(s, documentType) ?? '').toUpperCase();
  if (!FORM_TYPES.has(formType)) {
    throw invalid(s, documentType, `unknown documentType '${text(s, documentType) ?? ''}' (expected 3, 3/A, 4, 4/A, 5 or 5/A)`);
  }
  if (issuerEl === undefined) throw invalid(s, root, 'ownershipDocument without <issuer>');
  let issuerCik: string | null = null;
  let issuerName: string | null = null;
  let ticker: string | null = null;
  for (const f of issuerEl.children ?? []) {
    if (f.name === 'issuerCik') issuerCik = cikOf(text(s, f));
    else if (f.name === 'issuerName') issuerName = text(s, f);
    else if (f.name === 'issuerTradingSymbol') ticker = text(s, f);
  }
  if (issuerCik === null) throw invalid(s, issuerEl, 'issuer without <issuerCik>');
  if (reportingOwners.length === 0) throw invalid(s, root, 'ownershipDocument without a <reportingOwner>');

  return {
    formType: formType as FormType,
    schemaVersion,
    periodOfReport,
    dateOfOriginalSubmission,
    notSubjectToSection16,
    noSecuritiesOwned,
    aff10b5One,
    issuer: { cik: issuerCik, name: issuerName, ticker },
    reportingOwners,
    nonDerivative,
    derivative,
    footnotes,
    remarks,
    signatures,
  };
}

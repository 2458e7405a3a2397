// Maps a scanned `ownershipDocument` element tree to the typed filing. One pass over the children
// of each element, dispatching on the element name; unknown elements (later schema additions like
// `rptOwnerNonUSAddressFlag`) are ignored rather than rejected.
import { OWNERSHIP_FORMS } from '../domain/form-types';
import type { XmlElement } from './xml';
import { lineColumn } from './xml-errors';
import { textOf } from './xml-text';
import { invalid, text } from './elements';
import { parseTable } from './ownership-rows';
import { cikOf, filedBoolean, filedDate, filedText } from './values';
import {
  ParseError,
  type DerivativeRow,
  type Footnote,
  type FormType,
  type NonDerivativeRow,
  type ParsedFiling,
  type ReportingOwner,
  type Signature,
} from './types';


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

/** What the ownership document holds; the caller adds accession, dates, industry and the XML text. */
export type OwnershipFields = Omit<ParsedFiling, 'accession' | 'filedAt' | 'acceptedAt' | 'issuerIndustry' | 'ownershipXml'>;

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
  if (!OWNERSHIP_FORMS.has(formType)) {
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

// A data-set filing written back as an ownershipDocument, the form EDGAR's own filings take.
//
// Why a document at all: the store keeps each filing's document and every reader of a filing's
// fields (its JSON, its page: footnotes on the exact field they explain, remarks, the rows as
// filed) parses that document (db/queries/filing-json.ts); so does a re-parse after a parser fix.
// Written as the XML the filer would have sent, a filing from a data set goes down the same read
// path as any other and needs no second reader, no second set of columns and no second JSON
// builder that could drift from the first. What the data set lacks stays out of the document:
// no schemaVersion, and numbers as the SEC printed them (rounded to the cent).
import type { DerivativeRow, FootnoteIds, NonDerivativeRow, ReportingOwner, RowField } from '../parser/types';
import type { DatasetFiling } from './filing';

const escapeText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (t: string) => escapeText(t).replace(/"/g, '&quot;');

/** A number as plain decimal text (never `1e+21`, which the parser would keep as text). */
function numberText(n: number): string {
  const s = String(n);
  return /e/i.test(s) ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : s;
}

function valueText(v: string | number | boolean | null): string | null {
  if (v === null) return null;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? '1' : '0';
  return v;
}

function leaf(name: string, v: string | number | boolean | null): string {
  const t = valueText(v);
  return t === null ? '' : `<${name}>${escapeText(t)}</${name}>`;
}

function footnoteRefs(ids: readonly string[] | undefined): string {
  return ids === undefined ? '' : ids.map((id) => `<footnoteId id="${escapeAttr(id)}"/>`).join('');
}

/** `<name><value>v</value><footnoteId .../></name>`, or nothing when it has neither. */
function valued(name: string, v: string | number | null, ids: readonly string[] | undefined): string {
  const t = valueText(v);
  const refs = footnoteRefs(ids);
  if (t === null && refs === '') return '';
  return `<${name}>${t === null ? '' : `<value>${escapeText(t)}</value>`}${refs}</${name}>`;
}

function group(name: string, inner: string): string {
  return inner === '' ? '' : `<${name}>${inner}</${name}>`;
}

function rowXml(row: NonDerivativeRow | DerivativeRow, derivative: boolean): string {
  const fn: FootnoteIds = row.footnoteIds;
  const d = derivative ? (row as DerivativeRow) : null;
  const at = (field: RowField) => fn[field];
  const parts = [
    valued('securityTitle', row.securityTitle, at('securityTitle')),
    d ? valued('conversionOrExercisePrice', d.conversionOrExercisePrice, at('conversionOrExercisePrice')) : '',
    valued('transactionDate', row.transactionDate, at('transactionDate')),
    valued('deemedExecutionDate', row.deemedExecutionDate, at('deemedExecutionDate')),
    group('transactionCoding', leaf('transactionFormType', row.formType) + leaf('transactionCode', row.code)
      + leaf('equitySwapInvolved', row.equitySwapInvolved) + footnoteRefs(at('code'))),
    valued('transactionTimeliness', row.timeliness, at('timeliness')),
    group('transactionAmounts', valued('transactionShares', row.shares, at('shares'))
      + valued('transactionTotalValue', row.totalValue, at('totalValue'))
      + valued('transactionPricePerShare', row.pricePerShare, at('pricePerShare'))
      + valued('transactionAcquiredDisposedCode', row.acquiredDisposed, at('acquiredDisposed'))),
    d ? valued('exerciseDate', d.exerciseDate, at('exerciseDate')) : '',
    d ? valued('expirationDate', d.expirationDate, at('expirationDate')) : '',
    d ? group('underlyingSecurity', valued('underlyingSecurityTitle', d.underlyingTitle, at('underlyingTitle'))
      + valued('underlyingSecurityShares', d.underlyingShares, at('underlyingShares'))
      + valued('underlyingSecurityValue', d.underlyingValue, at('underlyingValue'))) : '',
    group('postTransactionAmounts', valued('sharesOwnedFollowingTransaction', row.sharesOwnedAfter, at('sharesOwnedAfter'))
      + valued('valueOwnedFollowingTransaction', row.valueOwnedAfter, at('valueOwnedAfter'))),
    group('ownershipNature', valued('directOrIndirectOwnership', row.directOrIndirect, at('directOrIndirect'))
      + valued('natureOfOwnership', row.natureOfOwnership, at('natureOfOwnership'))),
  ];
  const name = `${derivative ? 'derivative' : 'nonDerivative'}${row.kind === 'transaction' ? 'Transaction' : 'Holding'}`;
  return `    <${name}>${parts.join('')}</${name}>\n`;
}

function ownerXml(o: ReportingOwner): string {
  return `  <reportingOwner>
    <reportingOwnerId>${leaf('rptOwnerCik', o.cik.padStart(10, '0'))}${leaf('rptOwnerName', o.name)}</reportingOwnerId>
    ${group('reportingOwnerAddress', leaf('rptOwnerStreet1', o.street1) + leaf('rptOwnerStreet2', o.street2)
      + leaf('rptOwnerCity', o.city) + leaf('rptOwnerState', o.state) + leaf('rptOwnerZipCode', o.zipCode)
      + leaf('rptOwnerStateDescription', o.stateDescription))}
    <reportingOwnerRelationship>${leaf('isDirector', o.isDirector)}${leaf('isOfficer', o.isOfficer)}${leaf('isTenPercentOwner', o.isTenPercentOwner)}${leaf('isOther', o.isOther)}${leaf('officerTitle', o.officerTitle)}${leaf('otherText', o.otherText)}</reportingOwnerRelationship>
  </reportingOwner>
`;
}

/** The filing as an ownershipDocument XML that the parser reads back to the same fields. */
export function ownershipXmlOf(f: DatasetFiling): string {
  const table = (name: string, rows: readonly NonDerivativeRow[], derivative: boolean) =>
    rows.length === 0 ? '' : `  <${name}>\n${rows.map((r) => rowXml(r, derivative)).join('')}  </${name}>\n`;
  const line = (xml: string) => (xml === '' ? '' : `  ${xml}\n`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Written from the SEC's Insider Transactions Data Set: numbers as the SEC rounded them, to the cent. -->
<ownershipDocument>
${line(leaf('documentType', f.formType))}${line(leaf('periodOfReport', f.periodOfReport))}${line(leaf('dateOfOriginalSubmission', f.dateOfOriginalSubmission))}${f.notSubjectToSection16 ? line(leaf('notSubjectToSection16', true)) : ''}  <issuer>${leaf('issuerCik', f.issuer.cik.padStart(10, '0'))}${leaf('issuerName', f.issuer.name)}${leaf('issuerTradingSymbol', f.issuer.ticker)}</issuer>
${f.reportingOwners.map(ownerXml).join('')}${line(leaf('aff10b5One', f.aff10b5One))}${f.noSecuritiesOwned ? line(leaf('noSecuritiesOwned', true)) : ''}${table('nonDerivativeTable', f.nonDerivative, false)}${table('derivativeTable', f.derivative, true)}${f.footnotes.length === 0 ? '' : `  <footnotes>\n${f.footnotes.map((n) => `    <footnote id="${escapeAttr(n.id)}">${escapeText(n.text)}</footnote>\n`).join('')}  </footnotes>\n`}${line(leaf('remarks', f.remarks))}${f.signatures.map((s) => `  <ownerSignature>${leaf('signatureName', s.name)}${leaf('signatureDate', s.date)}</ownerSignature>\n`).join('')}</ownershipDocument>
`;
}

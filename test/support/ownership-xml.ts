// The one builder of ownership XML and EDGAR submissions for tests and the scale benchmark, for
// cases the corpus lacks (amendments in either order, renamed owners, small page data). Plain
// string templates, no DOM: the scale generator wraps a million filings with submissionText.
// Each test says which real case its document stands for.

export const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export type TestOwner = { cik: string; name: string; director?: boolean; officer?: string; tenPercent?: boolean };

/** One line of Table I (`N`, the default) or Table II (`D`). */
export type TestLine =
  | {
      kind: 'transaction'; table?: 'N' | 'D'; date: string; code: string; shares: string; price: string;
      /** A footnote id on the price (a price explained, or given only, in a footnote). */
      priceFootnote?: string; ad: 'A' | 'D'; after: string; di?: 'D' | 'I'; title?: string;
    }
  | { kind: 'holding'; table?: 'N' | 'D'; shares: string; di?: 'D' | 'I'; title?: string };

export interface OwnershipDocument {
  form: string;
  period: string;
  dateOfOriginalSubmission?: string | null;
  issuer: { cik: string; name: string; ticker: string };
  owners: TestOwner[];
  lines: TestLine[];
  /** Footnote texts, numbered F1, F2, … */
  footnotes: string[];
  signature: { name: string; date: string };
}

function ownerXml(o: TestOwner): string {
  return `
  <reportingOwner>
    <reportingOwnerId><rptOwnerCik>${o.cik}</rptOwnerCik><rptOwnerName>${xmlEscape(o.name)}</rptOwnerName></reportingOwnerId>
    <reportingOwnerRelationship>
      <isDirector>${o.director ? 1 : 0}</isDirector>
      <isOfficer>${o.officer ? 1 : 0}</isOfficer>
      <isTenPercentOwner>${o.tenPercent ? 1 : 0}</isTenPercentOwner>
      <isOther>0</isOther>${o.officer ? `\n      <officerTitle>${xmlEscape(o.officer)}</officerTitle>` : ''}
    </reportingOwnerRelationship>
  </reportingOwner>`;
}

function lineXml(l: TestLine): string {
  const derivative = l.table === 'D';
  const prefix = derivative ? 'derivative' : 'nonDerivative';
  const title = `<securityTitle><value>${xmlEscape(l.title ?? 'Common Stock')}</value></securityTitle>`;
  const nature = `<ownershipNature><directOrIndirectOwnership><value>${l.di ?? 'D'}</value></directOrIndirectOwnership></ownershipNature>`;
  const exercisePrice = derivative ? `<conversionOrExercisePrice><value>5.00</value></conversionOrExercisePrice>` : '';
  const underlying = derivative
    ? `<exerciseDate><value>2020-01-01</value></exerciseDate><expirationDate><value>2030-01-01</value></expirationDate>
      <underlyingSecurity><underlyingSecurityTitle><value>Common Stock</value></underlyingSecurityTitle><underlyingSecurityShares><value>${l.shares}</value></underlyingSecurityShares></underlyingSecurity>`
    : '';
  if (l.kind === 'holding') {
    return `
    <${prefix}Holding>${title}${exercisePrice}${underlying}
      <postTransactionAmounts><sharesOwnedFollowingTransaction><value>${l.shares}</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
      ${nature}
    </${prefix}Holding>`;
  }
  const priceNote = l.priceFootnote ? `<footnoteId id="${l.priceFootnote}"/>` : '';
  return `
    <${prefix}Transaction>${title}${exercisePrice}
      <transactionDate><value>${l.date}</value></transactionDate>
      <transactionCoding><transactionFormType>4</transactionFormType><transactionCode>${l.code}</transactionCode><equitySwapInvolved>0</equitySwapInvolved></transactionCoding>
      <transactionAmounts>
        <transactionShares><value>${l.shares}</value></transactionShares>
        <transactionPricePerShare><value>${xmlEscape(l.price)}</value>${priceNote}</transactionPricePerShare>
        <transactionAcquiredDisposedCode><value>${l.ad}</value></transactionAcquiredDisposedCode>
      </transactionAmounts>${underlying}
      <postTransactionAmounts><sharesOwnedFollowingTransaction><value>${l.after}</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
      ${nature}
    </${prefix}Transaction>`;
}

/** A bare ownershipDocument XML, as EDGAR serves a filing's primary document. */
export function ownershipDocumentXml(d: OwnershipDocument): string {
  const original = d.dateOfOriginalSubmission ? `\n  <dateOfOriginalSubmission>${d.dateOfOriginalSubmission}</dateOfOriginalSubmission>` : '';
  const table = (t: 'N' | 'D') => d.lines.filter((l) => (l.table ?? 'N') === t).map(lineXml).join('');
  const footnotes = d.footnotes.map((text, i) => `<footnote id="F${i + 1}">${xmlEscape(text)}</footnote>`).join('');
  return `<?xml version="1.0"?>
<ownershipDocument>
  <schemaVersion>X0508</schemaVersion>
  <documentType>${d.form}</documentType>
  <periodOfReport>${d.period}</periodOfReport>${original}
  <issuer><issuerCik>${d.issuer.cik}</issuerCik><issuerName>${xmlEscape(d.issuer.name)}</issuerName><issuerTradingSymbol>${d.issuer.ticker}</issuerTradingSymbol></issuer>${d.owners.map(ownerXml).join('')}
  <nonDerivativeTable>${table('N')}
  </nonDerivativeTable>
  <derivativeTable>${table('D')}
  </derivativeTable>
  <footnotes>${footnotes}</footnotes>
  <ownerSignature><signatureName>${xmlEscape(d.signature.name)}</signatureName><signatureDate>${d.signature.date}</signatureDate></ownerSignature>
</ownershipDocument>
`;
}

export interface OwnershipXmlOptions {
  formType?: string;
  issuerCik?: string;
  issuerName?: string;
  ticker?: string;
  ownerCik?: string;
  ownerName?: string;
  periodOfReport?: string;
  dateOfOriginalSubmission?: string | null;
  signatureDate?: string;
  shares?: string;
  price?: string;
  /** Extra footnote text, to make otherwise equal documents differ. */
  footnote?: string;
}

/** The usual small filing: one director selling once, the price footnoted. Options change one field each. */
export function ownershipXml(options: OwnershipXmlOptions = {}): string {
  const o = {
    formType: '4', issuerCik: '0009990900', issuerName: 'Test Issuer Inc', ticker: 'TSTI', ownerCik: '0009990901',
    ownerName: 'Doe Jane', periodOfReport: '2024-03-01', dateOfOriginalSubmission: null, signatureDate: '2024-03-04',
    shares: '100', price: '10.50', footnote: 'Weighted average price.', ...options,
  };
  return ownershipDocumentXml({
    form: o.formType,
    period: o.periodOfReport,
    dateOfOriginalSubmission: o.dateOfOriginalSubmission,
    issuer: { cik: o.issuerCik, name: o.issuerName, ticker: o.ticker },
    owners: [{ cik: o.ownerCik, name: o.ownerName, director: true }],
    lines: [{ kind: 'transaction', date: o.periodOfReport, code: 'S', shares: o.shares, price: o.price, priceFootnote: 'F1', ad: 'D', after: '900' }],
    footnotes: [o.footnote],
    signature: { name: o.ownerName, date: o.signatureDate },
  });
}

export interface SubmissionParts {
  accession: string;
  /** YYYYMMDD, as the header writes it. */
  filed: string;
  /** YYYYMMDDhhmmss. */
  accepted: string;
  formType: string;
  xml: string;
  /** The issuer's part of the header with its SIC code (`3711`) and title, as EDGAR writes it. */
  issuerSic?: { code: string; title: string };
}

/** A complete EDGAR submission (.txt) holding one ownership document: the header adds the filing date and acceptance time. */
export function submissionText(s: SubmissionParts): string {
  return `<SEC-DOCUMENT>${s.accession}.txt : ${s.filed}
<SEC-HEADER>${s.accession}.hdr.sgml : ${s.filed}
<ACCEPTANCE-DATETIME>${s.accepted}
ACCESSION NUMBER:		${s.accession}
CONFORMED SUBMISSION TYPE:	${s.formType}
PUBLIC DOCUMENT COUNT:		1
FILED AS OF DATE:		${s.filed}
${s.issuerSic ? `ISSUER:\n\tCOMPANY DATA:\n\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\t${s.issuerSic.title} [${s.issuerSic.code}]\n` : ''}</SEC-HEADER>
<DOCUMENT>
<TYPE>${s.formType}
<SEQUENCE>1
<FILENAME>form.xml
<TEXT>
<XML>
${s.xml}
</XML>
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
`;
}

// Small ownershipDocument XML built in a test, for cases the corpus lacks (amendments in either
// order, renamed owners). Each test says which real case its document stands for.

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

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function ownershipXml(options: OwnershipXmlOptions = {}): string {
  const o = {
    formType: '4', issuerCik: '0009990900', issuerName: 'Test Issuer Inc', ticker: 'TSTI', ownerCik: '0009990901',
    ownerName: 'Doe Jane', periodOfReport: '2024-03-01', dateOfOriginalSubmission: null, signatureDate: '2024-03-04',
    shares: '100', price: '10.50', footnote: 'Weighted average price.', ...options,
  };
  const original = o.dateOfOriginalSubmission ? `\n  <dateOfOriginalSubmission>${o.dateOfOriginalSubmission}</dateOfOriginalSubmission>` : '';
  return `<?xml version="1.0"?>
<ownershipDocument>
  <schemaVersion>X0508</schemaVersion>
  <documentType>${o.formType}</documentType>
  <periodOfReport>${o.periodOfReport}</periodOfReport>${original}
  <issuer>
    <issuerCik>${o.issuerCik}</issuerCik>
    <issuerName>${escape(o.issuerName)}</issuerName>
    <issuerTradingSymbol>${o.ticker}</issuerTradingSymbol>
  </issuer>
  <reportingOwner>
    <reportingOwnerId>
      <rptOwnerCik>${o.ownerCik}</rptOwnerCik>
      <rptOwnerName>${escape(o.ownerName)}</rptOwnerName>
    </reportingOwnerId>
    <reportingOwnerRelationship>
      <isDirector>1</isDirector>
    </reportingOwnerRelationship>
  </reportingOwner>
  <nonDerivativeTable>
    <nonDerivativeTransaction>
      <securityTitle><value>Common Stock</value></securityTitle>
      <transactionDate><value>${o.periodOfReport}</value></transactionDate>
      <transactionCoding>
        <transactionFormType>4</transactionFormType>
        <transactionCode>S</transactionCode>
        <equitySwapInvolved>0</equitySwapInvolved>
      </transactionCoding>
      <transactionAmounts>
        <transactionShares><value>${o.shares}</value></transactionShares>
        <transactionPricePerShare><value>${o.price}</value><footnoteId id="F1"/></transactionPricePerShare>
        <transactionAcquiredDisposedCode><value>D</value></transactionAcquiredDisposedCode>
      </transactionAmounts>
      <postTransactionAmounts>
        <sharesOwnedFollowingTransaction><value>900</value></sharesOwnedFollowingTransaction>
      </postTransactionAmounts>
      <ownershipNature>
        <directOrIndirectOwnership><value>D</value></directOrIndirectOwnership>
      </ownershipNature>
    </nonDerivativeTransaction>
  </nonDerivativeTable>
  <footnotes>
    <footnote id="F1">${escape(o.footnote)}</footnote>
  </footnotes>
  <ownerSignature>
    <signatureName>${escape(o.ownerName)}</signatureName>
    <signatureDate>${o.signatureDate}</signatureDate>
  </ownerSignature>
</ownershipDocument>
`;
}

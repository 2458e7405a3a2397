// A few small filings for the query-module tests, written as ownershipDocument XML and loaded through
// the real parser and store into a real SQLite file. Each stands for a real shape of filing: a
// director buying in two lots (the seed filing's plan purchases), an officer selling and exercising
// options, a joint filing by a fund and its general partner (10% owners), a Form 3 with holdings only,
// and one insider at a second company.

type Owner = { cik: string; name: string; director?: boolean; officer?: string; tenPercent?: boolean };
type Line =
  | { kind: 'transaction'; table?: 'N' | 'D'; date: string; code: string; shares: string; price: string; ad: 'A' | 'D'; after: string; di?: 'D' | 'I'; title?: string }
  | { kind: 'holding'; shares: string; di?: 'D' | 'I'; title?: string };
export type TestFiling = {
  accession: string;
  form: '3' | '4';
  period: string;
  issuer: { cik: string; name: string; ticker: string };
  owners: Owner[];
  lines: Line[];
};

const ACME = { cik: '1000001', name: 'Acme Widgets, Inc.', ticker: 'ACME' };
const BETA = { cik: '1000002', name: 'Beta Corp', ticker: 'BETA' };
const DOE = { cik: '2000001', name: 'DOE JANE Q' };
const ROE = { cik: '2000002', name: 'ROE RICHARD' };
const FUND = { cik: '2000003', name: 'Big Fund LP' };
const GP = { cik: '2000004', name: 'Fund GP LLC' };

export const TEST_CIKS = { ACME: ACME.cik, BETA: BETA.cik, DOE: DOE.cik, ROE: ROE.cik, FUND: FUND.cik, GP: GP.cik };

export const TEST_FILINGS: TestFiling[] = [
  {
    accession: '0000000001-24-000001', form: '4', period: '2024-03-01', issuer: ACME,
    owners: [{ ...DOE, director: true }],
    lines: [
      { kind: 'transaction', date: '2024-03-01', code: 'P', shares: '100', price: '10.00', ad: 'A', after: '1100' },
      { kind: 'transaction', date: '2024-03-01', code: 'P', shares: '50', price: '11.00', ad: 'A', after: '1150' },
    ],
  },
  {
    accession: '0000000001-24-000002', form: '4', period: '2024-06-10', issuer: ACME,
    owners: [{ ...ROE, officer: 'Chief Financial Officer' }],
    lines: [
      { kind: 'transaction', date: '2024-06-10', code: 'S', shares: '200', price: '20.00', ad: 'D', after: '800' },
      { kind: 'transaction', table: 'D', date: '2024-06-09', code: 'M', shares: '300', price: 'See footnote 1', ad: 'D', after: '0', title: 'Stock Option (right to buy)' },
    ],
  },
  {
    accession: '0000000001-23-000003', form: '4', period: '2023-01-15', issuer: ACME,
    owners: [{ ...FUND, tenPercent: true }, { ...GP, tenPercent: true }],
    lines: [{ kind: 'transaction', date: '2023-01-15', code: 'S', shares: '1000', price: '15.00', ad: 'D', after: '5000', di: 'I' }],
  },
  {
    accession: '0000000001-22-000004', form: '3', period: '2022-05-01', issuer: ACME,
    owners: [{ ...DOE, director: true }],
    lines: [{ kind: 'holding', shares: '1000' }],
  },
  {
    accession: '0000000001-24-000005', form: '4', period: '2024-02-01', issuer: BETA,
    owners: [{ ...DOE, officer: 'CEO' }],
    lines: [{ kind: 'transaction', date: '2024-02-01', code: 'A', shares: '500', price: '0', ad: 'A', after: '500' }],
  },
];

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// A price filed as text ("See footnote 1") is stored as that text, never as 0.
const value = (v: string) => `<value>${esc(v)}</value>${/^[\d.]+$/.test(v) ? '' : '<footnoteId id="F1"/>'}`;

function owner(o: Owner): string {
  return `
  <reportingOwner>
    <reportingOwnerId><rptOwnerCik>${o.cik}</rptOwnerCik><rptOwnerName>${esc(o.name)}</rptOwnerName></reportingOwnerId>
    <reportingOwnerRelationship>
      <isDirector>${o.director ? 1 : 0}</isDirector>
      <isOfficer>${o.officer ? 1 : 0}</isOfficer>
      <isTenPercentOwner>${o.tenPercent ? 1 : 0}</isTenPercentOwner>
      <isOther>0</isOther>${o.officer ? `\n      <officerTitle>${esc(o.officer)}</officerTitle>` : ''}
    </reportingOwnerRelationship>
  </reportingOwner>`;
}

function line(l: Line, table: 'N' | 'D'): string {
  const nature = `<ownershipNature><directOrIndirectOwnership><value>${l.di ?? 'D'}</value></directOrIndirectOwnership></ownershipNature>`;
  const title = `<securityTitle><value>${esc(l.title ?? 'Common Stock')}</value></securityTitle>`;
  const prefix = table === 'N' ? 'nonDerivative' : 'derivative';
  const derivativeParts =
    table === 'D'
      ? `<conversionOrExercisePrice><value>5.00</value></conversionOrExercisePrice>`
      : '';
  const derivativeTail =
    table === 'D'
      ? `<exerciseDate><value>2020-01-01</value></exerciseDate><expirationDate><value>2030-01-01</value></expirationDate>
      <underlyingSecurity><underlyingSecurityTitle><value>Common Stock</value></underlyingSecurityTitle><underlyingSecurityShares><value>${l.shares}</value></underlyingSecurityShares></underlyingSecurity>`
      : '';
  if (l.kind === 'holding') {
    return `
    <${prefix}Holding>${title}${derivativeParts}${derivativeTail}
      <postTransactionAmounts><sharesOwnedFollowingTransaction><value>${l.shares}</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
      ${nature}
    </${prefix}Holding>`;
  }
  return `
    <${prefix}Transaction>${title}${derivativeParts}
      <transactionDate><value>${l.date}</value></transactionDate>
      <transactionCoding><transactionFormType>4</transactionFormType><transactionCode>${l.code}</transactionCode><equitySwapInvolved>0</equitySwapInvolved></transactionCoding>
      <transactionAmounts>
        <transactionShares><value>${l.shares}</value></transactionShares>
        <transactionPricePerShare>${value(l.price)}</transactionPricePerShare>
        <transactionAcquiredDisposedCode><value>${l.ad}</value></transactionAcquiredDisposedCode>
      </transactionAmounts>${derivativeTail}
      <postTransactionAmounts><sharesOwnedFollowingTransaction><value>${l.after}</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
      ${nature}
    </${prefix}Transaction>`;
}

export function testFilingXml(f: TestFiling): string {
  const n = f.lines.filter((l) => l.kind === 'holding' || (l.table ?? 'N') === 'N');
  const d = f.lines.filter((l) => l.kind === 'transaction' && l.table === 'D');
  return `<?xml version="1.0"?>
<ownershipDocument>
  <schemaVersion>X0508</schemaVersion>
  <documentType>${f.form}</documentType>
  <periodOfReport>${f.period}</periodOfReport>
  <issuer><issuerCik>${f.issuer.cik.padStart(10, '0')}</issuerCik><issuerName>${esc(f.issuer.name)}</issuerName><issuerTradingSymbol>${f.issuer.ticker}</issuerTradingSymbol></issuer>${f.owners.map(owner).join('')}
  <nonDerivativeTable>${n.map((l) => line(l, 'N')).join('')}
  </nonDerivativeTable>
  <derivativeTable>${d.map((l) => line(l, 'D')).join('')}
  </derivativeTable>
  <footnotes><footnote id="F1">The exercise price is set out in the plan.</footnote></footnotes>
  <ownerSignature><signatureName>${esc(f.owners[0]!.name)}</signatureName><signatureDate>${f.period}</signatureDate></ownerSignature>
</ownershipDocument>
`;
}

// Small filings for the market screener and cluster tests, each an EDGAR submission (so it has a
// filing date) loaded through the real parser and store. Each stands for a real shape:
// - three insiders of one company buying within a week (a cluster buy), one of them a joint filing
//   by a fund and its general partner reporting one block (counted once);
// - a CFO's sale and the 4/A that corrects its shares (as amended, the 4/A's rows replace it);
// - a sale with an option exercise in Table II (derivative rows in and out);
// - the 10b5-1 checkbox filed as 1, as 0, and left out (unknown: forms before April 2023);
// - a purchase a month later (outside the cluster window).
import type { FilingStore } from '@/db/store';
import { parseFiling } from '@/lib/parser/index';
import { ownershipDocumentXml, submissionText, type TestLine, type TestOwner } from '@/test/support/ownership-xml';

export const MKT = { cik: '3000001', name: 'Market Test Co', ticker: 'MKT' };
export const YYY = { cik: '3000002', name: 'Why Industries', ticker: 'YYY' };
export const OWNERS = {
  CEO: { cik: '4000001', name: 'ALPHA ANNA', officer: 'President & CEO' },
  DIRECTOR: { cik: '4000002', name: 'BRAVO BOB', director: true },
  FUND: { cik: '4000003', name: 'Gamma Fund LP', tenPercent: true },
  GP: { cik: '4000004', name: 'Gamma GP LLC', tenPercent: true },
  CFO: { cik: '4000005', name: 'DELTA DORA', officer: 'Chief Financial Officer' },
  LATE: { cik: '4000006', name: 'ECHO ED', director: true },
} satisfies Record<string, TestOwner>;

type Fixture = {
  accession: string;
  filed: string;
  form?: string;
  issuer: typeof MKT;
  owners: TestOwner[];
  lines: TestLine[];
  aff10b5One?: '1' | '0';
  dateOfOriginalSubmission?: string;
};

const buy = (date: string, shares: string, price: string, after: string): TestLine => ({ kind: 'transaction', date, code: 'P', shares, price, ad: 'A', after });

export const FIXTURES: Fixture[] = [
  // value 10,000; held 2,000 before: a 50% change.
  { accession: '0000000002-24-000001', filed: '2024-03-04', issuer: MKT, owners: [OWNERS.CEO], lines: [buy('2024-03-01', '1000', '10.00', '3000')] },
  // value 10,000; nothing held before: no percentage.
  { accession: '0000000002-24-000002', filed: '2024-03-06', issuer: MKT, owners: [OWNERS.DIRECTOR], lines: [buy('2024-03-05', '500', '20.00', '500')], aff10b5One: '0' },
  // Joint: value 50,000, 10% of 100,000 held before.
  { accession: '0000000002-24-000003', filed: '2024-03-08', issuer: MKT, owners: [OWNERS.FUND, OWNERS.GP], lines: [buy('2024-03-07', '10000', '5.00', '110000')], aff10b5One: '1' },
  { accession: '0000000002-24-000004', filed: '2024-02-01', issuer: YYY, owners: [OWNERS.CFO], lines: [{ kind: 'transaction', date: '2024-01-30', code: 'S', shares: '100', price: '50.00', ad: 'D', after: '900' }] },
  {
    accession: '0000000002-24-000005', filed: '2024-02-10', form: '4/A', dateOfOriginalSubmission: '2024-02-01', issuer: YYY, owners: [OWNERS.CFO],
    lines: [{ kind: 'transaction', date: '2024-01-30', code: 'S', shares: '120', price: '50.00', ad: 'D', after: '880' }],
  },
  {
    accession: '0000000002-24-000006', filed: '2024-03-04', issuer: YYY, owners: [OWNERS.CFO],
    lines: [
      { kind: 'transaction', date: '2024-03-01', code: 'S', shares: '200', price: '100.00', ad: 'D', after: '700' },
      { kind: 'transaction', table: 'D', date: '2024-03-01', code: 'M', shares: '300', price: '5.00', ad: 'D', after: '0', title: 'Stock Option (right to buy)' },
    ],
  },
  { accession: '0000000002-24-000007', filed: '2024-05-01', issuer: MKT, owners: [OWNERS.LATE], lines: [buy('2024-04-30', '100', '30.00', '100')] },
];

export function fixtureText(f: Fixture): string {
  let xml = ownershipDocumentXml({
    form: f.form ?? '4',
    period: (f.lines[0] as { date: string }).date,
    dateOfOriginalSubmission: f.dateOfOriginalSubmission ?? null,
    issuer: f.issuer,
    owners: f.owners,
    lines: f.lines,
    footnotes: [],
    signature: { name: f.owners[0]!.name, date: f.filed },
  });
  if (f.aff10b5One) xml = xml.replace('</periodOfReport>', `</periodOfReport>\n  <aff10b5One>${f.aff10b5One}</aff10b5One>`);
  return submissionText({ accession: f.accession, filed: f.filed.replace(/-/g, ''), accepted: `${f.filed.replace(/-/g, '')}160000`, formType: f.form ?? '4', xml });
}

export function loadFixtures(store: FilingStore): void {
  for (const f of FIXTURES) {
    const text = fixtureText(f);
    store.storeFiling(parseFiling(text), { document: text, source: `test:${f.accession}`, accession: f.accession });
  }
}

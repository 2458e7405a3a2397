// A few small filings for the query-module tests, written as ownershipDocument XML and loaded through
// the real parser and store into a real SQLite file. Each stands for a real shape of filing: a
// director buying in two lots (the seed filing's plan purchases), an officer selling and exercising
// options, a joint filing by a fund and its general partner (10% owners), a Form 3 with holdings only,
// and one insider at a second company.

import type { FilingStore } from '../../db/store';
import { parseFiling } from '../../lib/parser/index';
import { ownershipDocumentXml, type TestLine, type TestOwner } from './ownership-xml';

export type TestFiling = {
  accession: string;
  form: '3' | '4';
  period: string;
  issuer: { cik: string; name: string; ticker: string };
  owners: TestOwner[];
  lines: TestLine[];
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
      { kind: 'transaction', table: 'D', date: '2024-06-09', code: 'M', shares: '300', price: 'See footnote 1', priceFootnote: 'F1', ad: 'D', after: '0', title: 'Stock Option (right to buy)' },
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

/** The filing as a bare XML, every one with the same plan footnote. */
export function testFilingXml(f: TestFiling): string {
  return ownershipDocumentXml({
    form: f.form,
    period: f.period,
    issuer: { ...f.issuer, cik: f.issuer.cik.padStart(10, '0') },
    owners: f.owners,
    lines: f.lines,
    footnotes: ['The exercise price is set out in the plan.'],
    signature: { name: f.owners[0]!.name, date: f.period },
  });
}

/** Every test filing, parsed and stored as a bare XML of its own. */
export function loadTestFilings(store: FilingStore): void {
  for (const f of TEST_FILINGS) {
    const xml = testFilingXml(f);
    store.storeFiling(parseFiling(xml), { document: xml, source: `test:${f.accession}`, accession: f.accession });
  }
}

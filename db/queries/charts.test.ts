// The two charts' data on a real SQLite file: a person's shares held after each Table I transaction
// (direct and indirect apart, an amended filing replaced by its 4/A, another person's filing and
// Table II left out), and an issuer's open-market purchases and sales by month, a line whose value
// is suspect (over $10 billion: a total typed as a price) left out of the sums and counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFiling } from '@/lib/parser/index';
import { openTempStore, type TempStore } from '@/test/support/temp-db';
import { ownershipDocumentXml, type OwnershipDocument, type TestLine } from '@/test/support/ownership-xml';
import { getPersonHoldings } from './holdings-series';
import { getIssuerMonthlyTrades } from './monthly-trades';

const ACME = { cik: '7700001', name: 'Acme Charts Inc', ticker: 'ACHT' };
const BETA = { cik: '7700002', name: 'Beta Charts Corp', ticker: 'BCHT' };
const ANN = { cik: '7710001', name: 'Chartwell Ann', director: true };
const BOB = { cik: '7710002', name: 'Plotter Bob', officer: 'CFO' };

const tx = (date: string, code: string, shares: string, price: string, ad: 'A' | 'D', after: string, di: 'D' | 'I' = 'D'): TestLine =>
  ({ kind: 'transaction', date, code, shares, price, ad, after, di });

let t: TempStore;
const store = (accession: string, d: Omit<OwnershipDocument, 'footnotes' | 'signature'> & { signed: string }) => {
  const xml = ownershipDocumentXml({ ...d, footnotes: [], signature: { name: d.owners[0]!.name, date: d.signed } });
  t.store.storeFiling(parseFiling(xml), { document: xml, accession });
};

beforeAll(() => {
  t = openTempStore();
  store('0007700001-23-000001', {
    form: '4', period: '2023-01-10', signed: '2023-01-11', issuer: ACME, owners: [ANN],
    lines: [
      tx('2023-01-10', 'P', '100', '10.00', 'A', '1100'),
      tx('2023-01-10', 'P', '50', '10.00', 'A', '1150', 'I'),
      { kind: 'holding', shares: '999' },
      // Table II: an option grant, not charted.
      { kind: 'transaction', table: 'D', date: '2023-01-10', code: 'A', shares: '10', price: '0', ad: 'A', after: '10' },
    ],
  });
  // Filed with a wrong amount, then corrected by a 4/A: the chart shows the 4/A's 1,300.
  store('0007700001-23-000002', { form: '4', period: '2023-03-02', signed: '2023-03-03', issuer: ACME, owners: [ANN], lines: [tx('2023-03-02', 'S', '15', '12.00', 'D', '1135')] });
  store('0007700001-23-000003', {
    form: '4/A', period: '2023-03-02', signed: '2023-03-20', dateOfOriginalSubmission: '2023-03-03', issuer: ACME, owners: [ANN],
    lines: [tx('2023-03-02', 'S', '150', '12.00', 'D', '1000')],
  });
  store('0007700001-24-000001', { form: '4', period: '2024-02-05', signed: '2024-02-06', issuer: BETA, owners: [ANN], lines: [tx('2024-02-05', 'A', '500', '0', 'A', '500')] });
  // Bob at Acme: his sales count at the issuer, not on Ann's chart. The second is a total typed as
  // a price (1,000,000 shares at $20,000 = $20 billion).
  store('0007700001-23-000004', {
    form: '4', period: '2023-03-15', signed: '2023-03-16', issuer: ACME, owners: [BOB],
    lines: [tx('2023-03-15', 'S', '200', '20.00', 'D', '800'), tx('2023-03-16', 'S', '1000000', '20000', 'D', '700')],
  });
  store('0007700001-23-000005', { form: '4', period: '2023-05-31', signed: '2023-06-01', issuer: ACME, owners: [BOB], lines: [tx('2023-05-31', 'P', '10', '30.00', 'A', '710'), tx('2023-05-31', 'M', '5', '1.00', 'A', '715')] });
});
afterAll(() => t.close());

describe("a person's holdings over time", () => {
  it('gives each issuer its Table I transactions in date order, the most recently traded issuer first', () => {
    const { series, totalIssuers } = getPersonHoldings(ANN.cik, t.db);
    expect(totalIssuers).toBe(2);
    expect(series.map((s) => [s.issuerCik, s.issuerName, s.issuerTicker, s.totalSteps])).toEqual([
      [BETA.cik, 'Beta Charts Corp', 'BCHT', 1],
      [ACME.cik, 'Acme Charts Inc', 'ACHT', 3],
    ]);
    expect(series[1]!.steps).toEqual([
      { date: '2023-01-10', code: 'P', directOrIndirect: 'D', sharesOwnedAfter: 1100, accession: '0007700001-23-000001' },
      { date: '2023-01-10', code: 'P', directOrIndirect: 'I', sharesOwnedAfter: 1150, accession: '0007700001-23-000001' },
      { date: '2023-03-02', code: 'S', directOrIndirect: 'D', sharesOwnedAfter: 1000, accession: '0007700001-23-000003' },
    ]);
  });

  it('is empty for a person with no dated Table I transaction', () => {
    expect(getPersonHoldings('7719999', t.db)).toEqual({ series: [], totalIssuers: 0 });
  });
});

describe("an issuer's purchases and sales by month", () => {
  it('sums the dollar value of P and S lines per month, a suspect line left out and counted', () => {
    const chart = getIssuerMonthlyTrades(ACME.cik, t.db);
    expect(chart.from).toBe('2023-01');
    expect(chart.to).toBe('2023-05');
    expect(chart.flagged).toBe(1);
    expect(chart.months).toEqual([
      // Ann's two purchases: 100 × $10 and 50 × $10.
      { month: '2023-01', purchases: 2, purchaseValue: 1500, sales: 0, saleValue: 0 },
      // The original's 15 × $12 and its 4/A's 150 × $12 both stand, as on the buy/sell summary; Bob's 200 × $20.
      { month: '2023-03', purchases: 0, purchaseValue: 0, sales: 3, saleValue: 180 + 1800 + 4000 },
      // The M line is no trade.
      { month: '2023-05', purchases: 1, purchaseValue: 300, sales: 0, saleValue: 0 },
    ]);
  });

  it('has nothing to chart for an issuer without open-market trades', () => {
    expect(getIssuerMonthlyTrades(BETA.cik, t.db)).toEqual({ months: [], from: null, to: null, flagged: 0 });
  });
});

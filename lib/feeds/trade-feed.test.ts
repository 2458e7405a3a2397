import { describe, expect, it } from 'vitest';
import type { TradeRow } from '@/lib/domain/market-rows';
import { filingTitle, tradeFeedEntries } from './trade-feed';

const row = (over: Partial<TradeRow> = {}): TradeRow => ({
  id: 1, accession: '0001494730-24-000012', formType: '4', filedAt: '2024-03-04', transactionDate: '2024-03-01',
  issuer: { cik: '1318605', ticker: 'TSLA', name: 'Tesla, Inc.', sic: '3711' },
  owner: { cik: '1494730', name: 'MUSK ELON', roles: ['director', 'officer'], officerTitle: 'CEO', otherText: null },
  ownerCount: 1, securityTitle: 'Common Stock', code: 'S', acquiredDisposed: 'D', shares: 1_200_000, pricePerShare: 250,
  value: 300_000_000, sharesOwnedAfter: 10_000_000, ownershipChangePct: 10.7, directOrIndirect: 'D', isDerivative: false,
  aff10b5One: true, amends: null, pattern: null, patternReason: null, daysLate: 0, flags: [], ...over,
});

describe('filing titles', () => {
  it('says who (readable name, main role) did what, how much of which stock, at what price', () => {
    expect(filingTitle([row()])).toBe('Elon Musk (CEO) sold 1.2M TSLA at $250.00');
  });

  it('sums the lines like the first, averages their price, and counts the others', () => {
    const lots = [
      row({ shares: 600_000, value: 600_000 * 250 }),
      row({ id: 2, shares: 600_000, pricePerShare: 260, value: 600_000 * 260 }),
      row({ id: 3, code: 'M', acquiredDisposed: 'A', isDerivative: true, shares: 5, value: 50 }),
    ];
    expect(filingTitle(lots)).toBe('Elon Musk (CEO) sold 1.2M TSLA at $255.00 (+1 more line)');
  });

  it('leaves the price out when a line has none, and names the other owners of a joint filing', () => {
    const joint = row({
      code: 'P', acquiredDisposed: 'A', shares: 950, pricePerShare: 'See footnote 1', value: null, ownerCount: 3,
      owner: { cik: '9', name: 'Gamma Fund LP', roles: ['tenPercentOwner'], officerTitle: null, otherText: null },
    });
    expect(filingTitle([joint])).toBe('Gamma Fund LP (10% owner) and 2 others bought 950 TSLA');
  });

  it('names the derivative of a Table II line and a code without a verb', () => {
    expect(filingTitle([row({ isDerivative: true, securityTitle: 'Stock Option', code: 'M', acquiredDisposed: 'D', shares: 300, value: 1500 })]))
      .toBe('Elon Musk (CEO) exercised 300 Stock Option of TSLA at $5.00');
    expect(filingTitle([row({ code: 'J', acquiredDisposed: 'D', shares: 10, value: null })])).toBe(
      'Elon Musk (CEO) reported other acquisition or disposition of 10 TSLA',
    );
  });
});

describe('feed entries', () => {
  it('makes one entry per filing in the order given, linking to the filing on this host', () => {
    const entries = tradeFeedEntries(
      [row(), row({ id: 2 }), row({ id: 3, accession: 'bare-abc', filedAt: null, transactionDate: '2023-01-05' })],
      'https://insiders.example',
    );
    expect(entries).toEqual([
      {
        id: 'https://www.sec.gov/Archives/edgar/data/1318605/000149473024000012/0001494730-24-000012-index.htm',
        title: 'Elon Musk (CEO) sold 2.4M TSLA at $250.00',
        updated: '2024-03-04',
        link: 'https://insiders.example/filings/0001494730-24-000012',
        summary: 'Form 4 filed 2024-03-04 by Elon Musk at Tesla, Inc.',
      },
      {
        id: 'https://insiders.example/filings/bare-abc',
        title: 'Elon Musk (CEO) sold 1.2M TSLA at $250.00',
        updated: '2023-01-05',
        link: 'https://insiders.example/filings/bare-abc',
        summary: 'Form 4 filed on an unknown date by Elon Musk at Tesla, Inc.',
      },
    ]);
  });
});

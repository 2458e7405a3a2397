// The market screener and cluster queries on a real SQLite file, loaded through the real parser
// and store with the small filings of ./trades-test-filings (each case says what real shape it is).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppDatabase, type TempStore } from '@/test/support/temp-db';
import { parseClusterParams, parseTradeParams, type ClusterParams, type TradeParams } from '@/lib/trade-params';
import { FIXTURES, MKT, OWNERS, YYY, loadFixtures } from './trades-test-filings';

let t: TempStore;
let trades: typeof import('./trades');
let clusters: typeof import('./clusters');

beforeAll(async () => {
  t = openAppDatabase(loadFixtures);
  trades = await import('./trades');
  clusters = await import('./clusters');
});
afterAll(() => t?.close());

const params = (query: string): TradeParams => {
  const { params: p, ignored } = parseTradeParams(new URLSearchParams(query));
  expect(ignored).toEqual([]);
  return p;
};
const list = (query: string, today = '2024-03-08') => trades.listTrades(params(query), { today });
/** "accession#shares" of each row, in order. */
const lines = (query: string, today?: string) => list(query, today).rows.map((r) => `${r.accession.slice(-1)}:${r.code}${r.shares}`);

describe('listTrades', () => {
  it('lists every transaction across issuers, newest filing first, then each filing as filed (Table I first)', () => {
    expect(lines('')).toEqual(['7:P100', '3:P10000', '2:P500', '6:S200', '6:M300', '1:P1000', '5:S120']);
    expect(list('').total).toBe(7);
  });

  it('carries the issuer, owner, amounts, percentage change and flags on each row', () => {
    const row = list('code=P&issuer=MKT&to=2024-03-01').rows[0]!;
    expect(row).toEqual({
      id: expect.any(Number), accession: '0000000002-24-000001', formType: '4', filedAt: '2024-03-04', transactionDate: '2024-03-01',
      issuer: { cik: MKT.cik, ticker: 'MKT', name: 'Market Test Co', sic: null },
      owner: { cik: OWNERS.CEO.cik, name: 'ALPHA ANNA', roles: ['officer'], officerTitle: 'President & CEO', otherText: null },
      ownerCount: 1, securityTitle: 'Common Stock', code: 'P', acquiredDisposed: 'A', shares: 1000, pricePerShare: 10, value: 10000,
      sharesOwnedAfter: 3000, ownershipChangePct: 50, directOrIndirect: 'D', isDerivative: false, aff10b5One: null, amends: null,
      // No trades in the three years before: unclassified; a Friday's trade filed on Monday is on time.
      pattern: 'unclassified', patternReason: expect.stringMatching(/^no open-market trades in 2021, 2022 and 2023/), daysLate: 0, flags: [],
    });
    const sale = list('code=S&issuer=YYY&from=2024-03-01').rows[0]!;
    expect(sale.ownershipChangePct).toBeCloseTo((200 / 900) * 100, 3);
    expect(list('issuer=MKT&from=2024-03-05&to=2024-03-05').rows[0]!.ownershipChangePct).toBeNull();
  });

  it('replaces the rows of an amended filing by the amendment, unless asked for rows as filed', () => {
    expect(lines('issuer=YYY&to=2024-02-28')).toEqual(['5:S120']);
    expect(list('issuer=YYY&to=2024-02-28').rows[0]!.amends).toBe('0000000002-24-000004');
    expect(lines('issuer=YYY&to=2024-02-28&amendments=filed')).toEqual(['5:S120', '4:S100']);
  });

  it('keeps bounds inclusive: values, prices, transaction dates, filing dates', () => {
    expect(lines('minValue=10000&maxValue=10000')).toEqual(['2:P500', '1:P1000']);
    expect(lines('minPrice=5&maxPrice=5')).toEqual(['3:P10000']);
    expect(lines('minPrice=5&maxPrice=5&derivative=include')).toEqual(['3:P10000', '6:M300']);
    expect(lines('from=2024-03-01&to=2024-03-01')).toEqual(['6:S200', '6:M300', '1:P1000']);
    expect(lines('filedFrom=2024-03-04&filedTo=2024-03-04')).toEqual(['6:S200', '6:M300', '1:P1000']);
    // The option exercise used every option held (100%); the CEO's buy grew the holding by half.
    expect(lines('minOwnChange=50')).toEqual(['6:M300', '1:P1000']);
    expect(lines('minOwnChange=10&derivative=exclude')).toEqual(['3:P10000', '6:S200', '1:P1000', '5:S120']);
  });

  it('reads a window of days back from the day given', () => {
    expect(lines('days=3', '2024-03-08')).toEqual(['3:P10000', '2:P500']);
    expect(lines('days=3&filedFrom=2024-03-08', '2024-03-08')).toEqual(['3:P10000']);
  });

  it('tells the 10b5-1 box filed as no from a form without it (unknown)', () => {
    expect(lines('tenb5One=yes')).toEqual(['3:P10000']);
    expect(lines('tenb5One=no')).toEqual(['2:P500']);
    expect(lines('tenb5One=unknown')).toEqual(['7:P100', '6:S200', '6:M300', '1:P1000', '5:S120']);
  });

  it('filters by the boxes and by officer title groups matched on the filed title', () => {
    expect(lines('role=ceo')).toEqual(['1:P1000']);
    expect(lines('role=president')).toEqual(['1:P1000']);
    expect(lines('role=cfo&code=S')).toEqual(['6:S200', '5:S120']);
    expect(lines('role=ceo,cfo&code=S')).toEqual(['6:S200', '5:S120']);
    expect(lines('role=director')).toEqual(['7:P100', '2:P500']);
    expect(lines('role=coo')).toEqual([]);
  });

  it('lists a joint filing once, showing the owner filtered on, or the first with the role', () => {
    const joint = list('tenb5One=yes').rows;
    expect(joint).toHaveLength(1);
    expect(joint[0]).toMatchObject({ ownerCount: 2, owner: { cik: OWNERS.FUND.cik, roles: ['tenPercentOwner'] } });
    expect(list(`owner=${OWNERS.GP.cik}`).rows.map((r) => [r.accession, r.owner?.cik])).toEqual([['0000000002-24-000003', OWNERS.GP.cik]]);
  });

  it('takes an issuer by ticker in any case or by CIK, and an unknown ticker matches nothing', () => {
    expect(lines('issuer=yyy&code=S')).toEqual(lines(`issuer=${YYY.cik}&code=S`));
    expect(lines('issuer=yyy&code=S')).toEqual(['6:S200', '5:S120']);
    expect(list('issuer=NOPE')).toMatchObject({ rows: [], total: 0 });
  });

  it('excludes, includes or lists only derivative rows; value rankings leave them out by default', () => {
    expect(lines('derivative=only')).toEqual(['6:M300']);
    // 50,000, 20,000, 10,000 twice (the newer filing first), 6,000, 3,000.
    expect(lines('sort=value')).toEqual(['3:P10000', '6:S200', '2:P500', '1:P1000', '5:S120', '7:P100']);
    expect(lines('sort=value&dir=asc')).toEqual(['7:P100', '5:S120', '2:P500', '1:P1000', '6:S200', '3:P10000']);
    expect(lines('sort=value&derivative=include')).toContain('6:M300');
  });

  it('sorts by transaction date, shares, price and percentage change, NULLs last', () => {
    expect(lines('sort=date&dir=asc')).toEqual(['5:S120', '6:S200', '6:M300', '1:P1000', '2:P500', '3:P10000', '7:P100']);
    expect(lines('sort=shares').slice(0, 2)).toEqual(['3:P10000', '1:P1000']);
    expect(lines('sort=shares&dir=asc')).toEqual(['7:P100', '5:S120', '6:S200', '6:M300', '2:P500', '1:P1000', '3:P10000']);
    expect(lines('sort=price').slice(0, 1)).toEqual(['6:S200']);
    // 100% (every option exercised), 50%, 22.2%, 12%, 10%, then none held before (no percentage).
    expect(lines('sort=ownChange')).toEqual(['6:M300', '1:P1000', '6:S200', '5:S120', '3:P10000', '7:P100', '2:P500']);
  });

  it('pages with the total, clamping a page past the end', () => {
    const second = list('size=3&page=2');
    expect(second).toMatchObject({ total: 7, totalIsCapped: false, page: 2, size: 3, pageCount: 3 });
    expect(second.rows.map((r) => r.shares)).toEqual([200, 300, 1000]);
    expect(list('size=3&page=99').page).toBe(3);
  });

  it('streams every matching row in the same order as the pages', () => {
    const p = params('code=P,S');
    const { rows } = trades.iterateTrades(p, { databasePath: t.file, today: '2024-03-08' });
    expect([...rows]).toEqual(trades.listTrades({ ...p, size: 1000 }, { today: '2024-03-08' }).rows);
  });
});

describe('listClusters', () => {
  const cl = (query: string) => {
    const { params: p, ignored } = parseClusterParams(new URLSearchParams(query));
    expect(ignored).toEqual([]);
    return clusters.listClusters(p as ClusterParams, { today: '2024-06-01' });
  };

  it('finds insiders buying within the window, a joint filing counted as one insider and its block once', () => {
    const page = cl('');
    expect(page.total).toBe(1);
    expect(page.clusters[0]).toEqual({
      issuer: { cik: MKT.cik, ticker: 'MKT', name: 'Market Test Co' },
      insiders: [
        { cik: OWNERS.CEO.cik, name: 'ALPHA ANNA', roles: ['officer'], officerTitle: 'President & CEO', otherText: null, accessions: ['0000000002-24-000001'] },
        { cik: OWNERS.DIRECTOR.cik, name: 'BRAVO BOB', roles: ['director'], officerTitle: null, otherText: null, accessions: ['0000000002-24-000002'] },
        { cik: OWNERS.FUND.cik, name: 'Gamma Fund LP', roles: ['tenPercentOwner'], officerTitle: null, otherText: null, accessions: ['0000000002-24-000003'] },
        { cik: OWNERS.GP.cik, name: 'Gamma GP LLC', roles: ['tenPercentOwner'], officerTitle: null, otherText: null, accessions: ['0000000002-24-000003'] },
      ],
      insiderCount: 3,
      from: '2024-03-01',
      to: '2024-03-07',
      trades: 3,
      shares: 11500,
      value: 70000,
      accessions: ['0000000002-24-000003', '0000000002-24-000002', '0000000002-24-000001'],
    });
    expect(cl('minInsiders=3').total).toBe(1);
    // Four owners, but the fund and its general partner are one insider.
    expect(cl('minInsiders=4').total).toBe(0);
  });

  it('keeps the window inclusive and narrows by date, value and role', () => {
    // 2024-03-01 to 2024-03-05 is 4 days apart.
    expect(cl('window=4').clusters.map((c) => [c.from, c.to, c.insiderCount])).toEqual([['2024-03-01', '2024-03-05', 2]]);
    expect(cl('window=3').clusters.map((c) => [c.from, c.to])).toEqual([['2024-03-05', '2024-03-07']]);
    expect(cl('from=2024-03-02').clusters.map((c) => [c.from, c.to, c.trades])).toEqual([['2024-03-05', '2024-03-07', 2]]);
    expect(cl('minValue=70000&maxValue=70000').total).toBe(1);
    expect(cl('minValue=70001').total).toBe(0);
    expect(cl('role=officer,director').clusters.map((c) => c.insiderCount)).toEqual([2]);
    expect(cl('role=director').total).toBe(0);
    expect(cl(`owner=${OWNERS.GP.cik}`).total).toBe(1);
    expect(cl(`owner=${OWNERS.CFO.cik}`).total).toBe(0);
    expect(cl('issuer=yyy').total).toBe(0);
  });

  it('has every fixture loaded', () => {
    expect(FIXTURES.length).toBe(7);
  });
});

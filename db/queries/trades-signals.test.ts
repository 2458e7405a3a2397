// The screener's signals on a real SQLite file: the filings of ./trades-test-filings, with stored
// figures set by hand where the store would compute them from filings this small set does not have
// (three years of trades before, a late filing, a suspect price).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '@/test/support/temp-db';
import { parseTradeParams } from '@/lib/trade-params';
import { MKT, OWNERS, loadFixtures } from './trades-test-filings';

let t: TempStore;
let trades: typeof import('./trades');

beforeAll(async () => {
  t = openTempStore();
  loadFixtures(t.store);
  // The CEO traded MKT in March of each of the three years before 2024 (bit 2 is March).
  const years = t.sqlite.prepare('INSERT OR REPLACE INTO insider_years (issuer_cik, owner_cik, year, months) VALUES (?, ?, ?, ?)');
  for (const year of [2021, 2022, 2023]) years.run(MKT.cik, OWNERS.CEO.cik, year, 1 << 2);
  // The director's trades (MKT, 2024) had three earlier years in different months: opportunistic.
  for (const [year, month] of [[2021, 1], [2022, 5], [2023, 9]] as const) years.run(MKT.cik, OWNERS.DIRECTOR.cik, year, 1 << (month - 1));
  t.sqlite.prepare("UPDATE filing_rows SET flags = 'price-outlier' WHERE accession LIKE '%-000003'").run();
  t.sqlite.prepare("UPDATE filing_rows SET days_late = 2 WHERE accession LIKE '%-000002'").run();
  process.env.DATABASE_PATH = t.file;
  trades = await import('./trades');
});
afterAll(() => t?.close());

const list = (query: string) => {
  const { params, ignored } = parseTradeParams(new URLSearchParams(query));
  expect(ignored).toEqual([]);
  return trades.listTrades(params, { today: '2024-03-08' });
};
const lines = (query: string) => list(query).rows.map((r) => `${r.accession.slice(-1)}:${r.code}${r.shares}`);

describe('the screener’s signals', () => {
  it('carries each row’s pattern with its reason, days late and flags', () => {
    const byLine = new Map(list('').rows.map((r) => [`${r.accession.slice(-1)}:${r.code}${r.shares}`, r]));
    expect(byLine.get('1:P1000')).toMatchObject({ pattern: 'routine', patternReason: 'traded in March in 2021, 2022 and 2023', daysLate: 0, flags: [] });
    expect(byLine.get('2:P500')).toMatchObject({ daysLate: 2, flags: [] });
    expect(byLine.get('3:P10000')).toMatchObject({ flags: ['price-outlier'] });
    // An option exercise is no open-market trade: no pattern.
    expect(byLine.get('6:M300')).toMatchObject({ pattern: null, patternReason: null });
  });

  it('filters on the pattern of the row’s insider that year', () => {
    expect(lines('pattern=routine')).toEqual(['1:P1000']);
    expect(lines('pattern=opportunistic')).toEqual(lines('owner=4000002&code=P,S'));
    expect(lines('pattern=opportunistic').length).toBeGreaterThan(0);
    // Counted among the newest rows of the rest of the view: all of them here, an exact total.
    expect(list('pattern=opportunistic')).toMatchObject({ total: lines('owner=4000002&code=P,S').length, totalIsCapped: false });
    expect(list('pattern=routine')).toMatchObject({ total: 1, totalIsCapped: false });
    // Purchases alone are counted off their own index, newest trades first: the same lines.
    expect(lines('code=P&pattern=opportunistic')).toEqual(lines('owner=4000002&code=P'));
    expect(lines('code=P&pattern=opportunistic').length).toBeGreaterThan(0);
    expect(list('code=P&pattern=opportunistic')).toMatchObject({ total: lines('owner=4000002&code=P').length, totalIsCapped: false });
    expect(list('code=P&pattern=routine')).toMatchObject({ total: 1, totalIsCapped: false });
    expect(lines('pattern=unclassified')).not.toContain('1:P1000');
    expect(lines('pattern=unclassified')).not.toContain('6:M300');
  });

  it('lists only lines filed late with late=1', () => {
    expect(lines('late=1')).toEqual(['2:P500']);
  });

  it('leaves flagged lines out of value, share and price rankings, and keeps them in date order', () => {
    expect(lines('')).toContain('3:P10000');
    for (const sort of ['value', 'shares', 'price']) {
      expect(lines(`sort=${sort}&derivative=include`)).not.toContain('3:P10000');
      expect(list(`sort=${sort}&derivative=include`).total).toBe(list('').total - 1);
    }
  });
});

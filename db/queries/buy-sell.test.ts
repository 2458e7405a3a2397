// The buy/sell windows at month ends, on a real SQLite file: each window runs from the day after the
// same day 3, 6 or 12 months before the issuer's latest filing, a month end kept a month end
// (31 May less 3 months is 28 February, so the window opens on 1 March).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFiling } from '@/lib/parser/index';
import { openTempStore, type TempStore } from '@/test/support/temp-db';
import { ownershipDocumentXml, type TestLine } from '@/test/support/ownership-xml';
import { getIssuerBuySellSummary } from './buy-sell';

/** Per latest filing date: each window's first day and the day before it, written out by hand. */
const CASES = [
  { end: '2023-05-31', windows: { 3: ['2023-03-01', '2023-02-28'], 6: ['2022-12-01', '2022-11-30'], 12: ['2022-06-01', '2022-05-31'] } },
  { end: '2023-03-31', windows: { 3: ['2023-01-01', '2022-12-31'], 6: ['2022-10-01', '2022-09-30'], 12: ['2022-04-01', '2022-03-31'] } },
  { end: '2024-02-29', windows: { 3: ['2023-11-30', '2023-11-29'], 6: ['2023-08-30', '2023-08-29'], 12: ['2023-03-01', '2023-02-28'] } },
  { end: '2023-12-31', windows: { 3: ['2023-10-01', '2023-09-30'], 6: ['2023-07-01', '2023-06-30'], 12: ['2023-01-01', '2022-12-31'] } },
] as const;

const buy = (date: string, shares: number): TestLine =>
  ({ kind: 'transaction', date, code: 'P', shares: String(shares), price: '1', ad: 'A', after: '1000' });

let t: TempStore;
beforeAll(() => {
  t = openTempStore();
  CASES.forEach(({ end, windows }, i) => {
    // One bare filing dated (period of report) on the window's last day. Shares are powers of two,
    // so a window's total names exactly the lines inside it.
    const xml = ownershipDocumentXml({
      form: '4',
      period: end,
      issuer: { cik: `88800${i}`, name: `Month End ${i} Inc`, ticker: `ME${i}` },
      owners: [{ cik: '888100', name: 'Buyer Bea', director: true }],
      lines: [
        buy(end, 1),
        buy(windows[3][0], 2), buy(windows[3][1], 4),
        buy(windows[6][0], 8), buy(windows[6][1], 16),
        buy(windows[12][0], 32), buy(windows[12][1], 64),
      ],
      footnotes: [],
      signature: { name: 'Buyer Bea', date: end },
    });
    t.store.storeFiling(parseFiling(xml), { document: xml });
  });
});
afterAll(() => t.close());

describe('buy/sell windows at month ends', () => {
  for (const [i, { end, windows }] of CASES.entries()) {
    it(`ending ${end}: open on the day after the same day 3, 6 and 12 months before`, () => {
      const summary = getIssuerBuySellSummary(`88800${i}`, t.db);
      expect(summary.anchor).toBe(end);
      expect(summary.windows.map((w) => [w.months, w.since])).toEqual([[3, windows[3][0]], [6, windows[6][0]], [12, windows[12][0]]]);
      // The last day and each window's first day are inside; the day before the first is not.
      expect(summary.windows.map((w) => [w.buys.count, w.buys.shares])).toEqual([[2, 1 + 2], [4, 1 + 2 + 4 + 8], [6, 1 + 2 + 4 + 8 + 16 + 32]]);
    });
  }
});

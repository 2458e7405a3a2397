// Buying and selling by industry over the corpus, stored through the ingest pipeline into a real
// SQLite file. The figures are the corpus submissions' own: their headers' SIC codes and their lines.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '@/ingest/files';
import { openAppDatabase, type TempStore } from '@/test/support/temp-db';
import { corpusDir, hasCorpus, warnIfNoCorpus } from '@/test/support/corpus';
import { parseTradeParams } from '@/lib/trade-params';

warnIfNoCorpus('db/queries/industries.test.ts (buying and selling by industry over the corpus)');

let t: TempStore;
let industries: typeof import('./industries');

describe.skipIf(!hasCorpus)('buying and selling by industry over the corpus', () => {
  beforeAll(async () => {
    t = openAppDatabase((store) => ingestPaths([path.join(corpusDir, 'xml'), path.join(corpusDir, 'submissions')], { store }));
    industries = await import('./industries');
  });
  afterAll(() => t?.close());

  const activity = (query: string) => industries.listIndustryActivity(parseTradeParams(new URLSearchParams(query)).params, { today: '2026-12-01' });

  it('sums each industry’s purchases and sales filed in the window, the most bought first, then the most sold', () => {
    const rows = activity('filedFrom=2024-01-01&filedTo=2025-12-31');
    expect(rows.map((r) => r.industry?.sic)).toEqual(['6022', '6798', '3711', '7990', '3720', '3841']);
    // Isabella Bank's director bought 275.634 shares at $18.14 (0000842517-24-000086).
    expect(rows[0]).toEqual({
      industry: { sic: '6022', title: 'STATE COMMERCIAL BANKS' },
      buys: { trades: 1, issuers: 1, value: expect.closeTo(5000, 2) },
      sells: { trades: 0, issuers: 0, value: 0 },
    });
    // InnSuites' 12,500 shares "at $22,625" (as filed; nothing here flags it: no other price of the issuer to compare).
    expect(rows[1]!.sells).toEqual({ trades: 1, issuers: 1, value: 282_812_500 });
    // Tesla: a director's 23 lots of sales in January 2025 (0000950170-25-003585).
    expect(rows[2]!.sells.trades).toBe(23);
    expect(rows[2]!.buys.trades).toBe(0);
  });

  it('counts the lines of issuers without a code apart, last', () => {
    // 2007: a closed-end fund's purchase (no SIC code in its header), and nothing else filed with a date.
    expect(activity('filedFrom=2007-01-01&filedTo=2007-12-31')).toEqual([
      { industry: null, buys: { trades: 1, issuers: 1, value: 3525 }, sells: { trades: 0, issuers: 0, value: 0 } },
    ]);
  });

  it('keeps the screener’s other filters: an issuer, an industry', () => {
    expect(activity('filedFrom=2024-01-01&filedTo=2025-12-31&issuer=TSLA').map((r) => r.industry?.sic)).toEqual(['3711']);
    expect(activity('filedFrom=2024-01-01&filedTo=2025-12-31&sic=37').map((r) => r.industry?.sic)).toEqual(['3711', '3720']);
    expect(activity('filedFrom=2030-01-01')).toEqual([]);
  });
});

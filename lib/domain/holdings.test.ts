// The holdings a filing reports, on real filings parsed by the parser (values read off their XML),
// and the ranking and totals rules on lines written here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFiling } from '@/lib/parser/index';
import { corpusDir, hasCorpus, warnIfNoCorpus } from '@/test/support/corpus';
import { holdingTotals, reportedHoldings, runningTotals, type HoldingLine, type ReportedHolding } from './holdings';

warnIfNoCorpus('lib/domain/holdings.test.ts (holdings of real filings)');

const holdingsOf = (file: string) => reportedHoldings(parseFiling(readFileSync(path.join(corpusDir, 'xml', file), 'utf8')).nonDerivative);
const amounts = (holdings: ReportedHolding[]) => holdings.map((h) => [h.directOrIndirect, h.natureFootnoteIds.join(','), h.sharesOwnedAfter]);

describe.skipIf(!hasCorpus)('the holdings of real filings', () => {
  it('keeps each fund apart: Keith Rabois sold his direct Affirm shares and holds through three funds', () => {
    const holdings = holdingsOf('4_Affirm-Holdings-Inc_0001628280-23-010740.xml');
    expect(holdings.map((h) => [h.directOrIndirect, h.natureOfOwnership, h.sharesOwnedAfter])).toEqual([
      ['D', null, 0],
      ['I', 'By FF Affirm Growth, LLC', 75000],
      ['I', 'By The Founders Fund Growth, LP', 1486909],
      ['I', 'By The Founders Fund Growth Principals Fund, LP', 60429],
    ]);
    expect(holdingTotals(holdings, 'Class A Common Stock')).toEqual({ direct: 0, indirect: 1622338, indirectHoldings: 3 });
  });

  it('tells "See Footnote" holdings apart by their footnote: Reid Hoffman at Aurora', () => {
    expect(amounts(holdingsOf('4_Aurora-Innovation-Inc_0000899243-21-043382.xml'))).toEqual([
      ['I', 'F1', 1000000],
      ['I', 'F2', 6883086],
      ['I', 'F5', 674719],
    ]);
  });

  it('takes each holding’s latest line: Peter Thiel’s fifteen Palantir holdings, one sold again two days later', () => {
    const holdings = holdingsOf('4_Palantir-Technologies-Inc_0001209191-20-053427.xml');
    expect(holdings).toHaveLength(15);
    // F18: 937 and 932 on September 30, then 24 on October 2.
    expect(holdings.find((h) => h.natureFootnoteIds[0] === 'F18')?.sharesOwnedAfter).toBe(24);
    // Three of them (F6, F16, F17) sold down to nothing: twelve still held.
    expect(holdingTotals(holdings, 'class a  common stock')).toEqual({ direct: null, indirect: 9399443, indirectHoldings: 12 });
  });

  it('counts a line filed without its footnote in the trust’s holding: Elon Musk’s thirty sales of November 10, 2021', () => {
    expect(amounts(holdingsOf('4_Tesla-Inc_0000899243-21-044241.xml'))).toEqual([['I', 'F1', 167346837]]);
  });

  it('adds a holding line to the transactions: Elon Musk’s September 2025 purchases by trust and his direct shares', () => {
    const holdings = holdingsOf('4_Tesla-Inc_a8b432198b.xml');
    expect(amounts(holdings)).toEqual([['I', 'F2', 413362808], ['D', '', 96000000]]);
    expect(holdingTotals(holdings, 'Common Stock')).toEqual({ direct: 96000000, indirect: 413362808, indirectHoldings: 1 });
  });
});

describe.skipIf(!hasCorpus)('the running totals of a real filing', () => {
  it('follows a fund’s total down its sales: Reid Hoffman’s three entities selling at Aurora over three days, three more held', () => {
    const rows = parseFiling(readFileSync(path.join(corpusDir, 'xml', '4_Aurora-Innovation-Inc_0001828108-24-000149.xml'), 'utf8')).nonDerivative;
    // Before: 2,250,000 + 1,063,260 sold, 125,000 + 59,070 twice, and 8,557,805 in the three held: 12,239,205.
    expect(runningTotals(rows)).toEqual([
      11175945, 11116875, 11057805, 9694200, 9618444, 9542688, 9140346, 9117994, 9095642,
      null, null, null, null,
    ]);
  });
});

describe('the rules on lines written here', () => {
  const line = (over: Partial<HoldingLine>): HoldingLine => ({
    securityTitle: 'Common Stock', transactionDate: '2024-03-01', sharesOwnedAfter: 100, directOrIndirect: 'D', natureOfOwnership: null, footnoteIds: {}, ...over,
  });

  it('takes the latest date, not the last line, when lines are filed out of order', () => {
    expect(amounts(reportedHoldings([line({ transactionDate: '2024-03-05', sharesOwnedAfter: 50 }), line({ transactionDate: '2024-03-01', sharesOwnedAfter: 80 })])))
      .toEqual([['D', '', 50]]);
  });

  it('counts a holding line, stated as of the report, after the dated lines of the same holding', () => {
    expect(amounts(reportedHoldings([line({ transactionDate: null, sharesOwnedAfter: 70 }), line({ sharesOwnedAfter: 90 })]))).toEqual([['D', '', 70]]);
  });

  it('leaves out lines with no amount owned after, and holdings of other securities from the totals', () => {
    const holdings = reportedHoldings([line({ sharesOwnedAfter: null }), line({ securityTitle: 'Class B Common Stock', sharesOwnedAfter: 5 })]);
    expect(holdings).toHaveLength(1);
    expect(holdingTotals(holdings, 'Common Stock')).toEqual({ direct: null, indirect: null, indirectHoldings: 0 });
  });

  it('adds up the numbers beside an amount filed as text, and gives the text when there is nothing to add', () => {
    const byTrust = line({ directOrIndirect: 'I', natureOfOwnership: 'By Trust', sharesOwnedAfter: 'See footnote' });
    const bySpouse = line({ directOrIndirect: 'I', natureOfOwnership: 'By Spouse', sharesOwnedAfter: 0.1 });
    const byChild = line({ directOrIndirect: 'I', natureOfOwnership: 'By Child', sharesOwnedAfter: 0.2 });
    expect(holdingTotals(reportedHoldings([byTrust, bySpouse, byChild]), 'Common Stock')).toEqual({ direct: null, indirect: 0.3, indirectHoldings: 3 });
    expect(holdingTotals(reportedHoldings([byTrust]), 'Common Stock').indirect).toBe('See footnote');
  });
});

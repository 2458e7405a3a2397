// A filing in one line on the home page: what a reader of insider trades looks for first.
import { describe, expect, it } from 'vitest';
import { summarizeLines } from './latest';

type Line = Parameters<typeof summarizeLines>[0][number];
const line = (over: Partial<Line>): Line => ({
  accession: 'a', table: 'N', kind: 'transaction', code: 'S', acquiredDisposed: 'D',
  shares: 100, pricePerShare: 10, value: 1000, sharesOwnedAfter: 5000, ...over,
});

describe('summarizeLines', () => {
  it('leads with the open-market sales and their totals when an option exercise is filed first', () => {
    const exercise = line({ code: 'M', acquiredDisposed: 'A', shares: 24000, pricePerShare: 62.46, value: 1_499_000 });
    // 23 sales of 1,000 shares at $1,790: $1,790,000 each.
    const sales = Array.from({ length: 23 }, () => line({ shares: 1000, pricePerShare: 1790, value: 1_790_000 }));
    expect(summarizeLines([exercise, ...sales])).toEqual({
      kind: 'transaction', code: 'S', acquiredDisposed: 'D',
      shares: 23000, pricePerShare: 1790, value: 41_170_000,
      lines: 23, otherLines: 1, also: [{ code: 'M', kind: 'transaction', lines: 1 }],
    });
  });

  it('counts an option exercise once though it is filed in both tables, and a grant of each kind apart', () => {
    const exercise = [line({ code: 'M', acquiredDisposed: 'A' }), line({ table: 'D', code: 'M', acquiredDisposed: 'D' })];
    const grants = [line({ code: 'A', acquiredDisposed: 'A' }), line({ table: 'D', code: 'A', acquiredDisposed: 'A' })];
    const sales = [line({}), line({})];
    expect(summarizeLines([...exercise, ...grants, ...sales]).also).toEqual([
      { code: 'M', kind: 'transaction', lines: 1 },
      { code: 'A', kind: 'transaction', lines: 2 },
    ]);
    // Led by the exercise: its Table II side is no other line.
    expect(summarizeLines(exercise)).toMatchObject({ code: 'M', lines: 1, also: [] });
  });

  it('puts the larger of purchases and sales first, and the other first among the rest', () => {
    const summary = summarizeLines([
      line({ code: 'F', shares: 10, value: 100 }),
      line({ code: 'P', acquiredDisposed: 'A', shares: 50, value: 500 }),
      line({ code: 'S', shares: 300, value: 3000 }),
      line({ code: 'F', shares: 20, value: 200 }),
    ]);
    expect(summary).toMatchObject({ code: 'S', shares: 300, value: 3000, lines: 1, otherLines: 3 });
    expect(summary.also).toEqual([
      { code: 'P', kind: 'transaction', lines: 1 },
      { code: 'F', kind: 'transaction', lines: 2 },
    ]);
  });

  it('without purchases or sales, leads with Table I, then Table II, then holdings', () => {
    const grant = line({ table: 'D', code: 'A', acquiredDisposed: 'A', shares: 500, pricePerShare: 0, value: 0 });
    const holding = line({ kind: 'holding', code: null, acquiredDisposed: null, shares: null, pricePerShare: null, value: null, sharesOwnedAfter: 7000 });
    const withholding = line({ code: 'F', shares: 40, pricePerShare: 25, value: 1000 });
    expect(summarizeLines([holding, grant, withholding])).toMatchObject({ code: 'F', shares: 40, lines: 1, otherLines: 2 });
    expect(summarizeLines([holding, grant])).toMatchObject({ code: 'A', shares: 500, otherLines: 1, also: [{ code: null, kind: 'holding', lines: 1 }] });
    // A Form 3: what is held.
    expect(summarizeLines([holding])).toMatchObject({ kind: 'holding', shares: 7000, lines: 1, otherLines: 0, also: [] });
  });

  it('does not sum lines filed as text; the first one stands for them', () => {
    const summary = summarizeLines([line({ shares: 'See footnote 1', value: null }), line({ shares: 200, value: 2000 })]);
    expect(summary).toMatchObject({ shares: 'See footnote 1', value: null, lines: 1, otherLines: 1, also: [{ code: 'S', lines: 1 }] });
  });

  it('says nothing of a filing without lines', () => {
    expect(summarizeLines([])).toMatchObject({ kind: null, code: null, lines: 0, otherLines: 0, also: [] });
  });
});

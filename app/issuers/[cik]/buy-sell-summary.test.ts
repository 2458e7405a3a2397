import { describe, expect, it } from 'vitest';
import { flaggedText } from './buy-sell-summary';

const totals = (flagged: number) => ({ count: 1, shares: 1, value: 1, insiders: 1, flagged });

describe('flaggedText', () => {
  it('says how many flagged purchases and sales each window left out', () => {
    expect(flaggedText([
      { months: 3, since: '2024-10-01', buys: totals(0), sells: totals(0) },
      { months: 6, since: '2024-07-01', buys: totals(1), sells: totals(0) },
      { months: 12, since: '2024-01-01', buys: totals(1), sells: totals(2) },
    ])).toBe('Left out of these totals for a suspect value (⚑ in the table below): 6 months: 1 purchase; 12 months: 1 purchase and 2 sales.');
  });

  it('says nothing when no line was left out', () => {
    expect(flaggedText([{ months: 3, since: '2024-10-01', buys: totals(0), sells: totals(0) }])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { filedDayOf, filingIndexOf } from './generate';
import { issuerSicOf, RARE_SIC } from './identities';
import { ownershipXml, submissionText } from '../../test/support/ownership-xml';
import { parseFiling } from '../../lib/parser/index';
import { geometricMean, middle } from '../stats';

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('filedDayOf', () => {
  it('spreads the filings up to --filings over EDGAR’s XML era, more in later years', () => {
    expect(iso(filedDayOf(0))).toBe('2003-07-01');
    expect(iso(filedDayOf(0.25))).toBe('2014-12-30');
    expect(iso(filedDayOf(1))).toBe('2026-06-30');
  });

  it('goes on dating the filings past --filings at the last pace, newest last', () => {
    expect(iso(filedDayOf(1.5))).toBe('2032-03-30');
    expect(iso(filedDayOf(2))).toBe('2037-12-29');
    expect(filedDayOf(1.0001)).toBeLessThan(filedDayOf(1.04));
  });
});

describe('middle', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(middle([3, 1, 2])).toBe(2);
    expect(middle([4, 1, 3, 2])).toBe(2.5);
    expect(middle([])).toBeNaN();
  });

  it('takes the geometric mean of ratios', () => {
    expect(geometricMean([2, 8])).toBeCloseTo(4, 10);
  });
});

describe('filingIndexOf', () => {
  it('reads the index back from an accession (agent prefix and sequence)', () => {
    // Index 423 = sequence 2 of agent 1 (211 agents).
    expect(filingIndexOf('1000007919-26-000002')).toBe(423);
    expect(filingIndexOf('1000000000-03-000000')).toBe(0);
  });

  it('knows no other accession', () => {
    expect(filingIndexOf('0000320193-24-000123')).toBeNull();
    expect(filingIndexOf('1000000001-24-000123')).toBeNull();
  });
});

describe('issuerSicOf', () => {
  it('gives an issuer a code its made-up submissions carry in the header as EDGAR writes it, and four small issuers a rare one', () => {
    const industry = issuerSicOf(7);
    const text = submissionText({ accession: '0001000007-24-000001', filed: '20240102', accepted: '20240102170000', formType: '4', xml: ownershipXml(), issuerSic: industry });
    expect(parseFiling(text).issuerIndustry).toEqual({ sic: industry.code, title: `BENCH INDUSTRY ${industry.code}` });
    const ranks = Array.from({ length: 20_000 }, (_, rank) => rank);
    expect(ranks.filter((rank) => issuerSicOf(rank).code === RARE_SIC)).toEqual([4999, 9999, 14999, 19999]);
    expect(new Set(ranks.map((rank) => issuerSicOf(rank).code)).size).toBe(21);
  });
});

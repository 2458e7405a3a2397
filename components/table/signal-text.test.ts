import { describe, expect, it } from 'vitest';
import { flagsText, lateLabel, lateShareText, lateText, patternText } from './signal-text';

describe('signal texts', () => {
  it('counts days late in the singular and the plural', () => {
    expect(lateLabel(1)).toBe('1 day late');
    expect(lateLabel(3)).toBe('3 days late');
    expect(lateText(2)).toBe('Filed 2 business days after its due date');
  });

  it('says why a row is flagged, each flag in words, and nothing for no flags', () => {
    expect(flagsText('price-outlier,negative-shares')).toBe(
      'Suspect value, kept as filed and left out of value rankings and totals: the price is far from the issuer\'s other prices in the same days (often a total typed as a price); the number of shares is negative',
    );
    expect(flagsText(undefined)).toBeNull();
    expect(flagsText('')).toBeNull();
  });

  it('gives the pattern its reason', () => {
    expect(patternText('routine', 'traded in March in 2021, 2022 and 2023')).toBe('Routine: traded in March in 2021, 2022 and 2023');
  });

  it('gives the share of late filings among those with a known due date', () => {
    expect(lateShareText({ late: 41, known: 340 })).toBe('12% of 340 filings with a known due date were filed late');
    expect(lateShareText({ late: 1, known: 1000 })).toBe('<1% of 1,000 filings with a known due date were filed late');
    expect(lateShareText({ late: 0, known: 1 })).toBe('0% of 1 filing with a known due date was filed late');
    expect(lateShareText({ late: 0, known: 0 })).toBeNull();
  });
});

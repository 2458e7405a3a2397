import { describe, expect, test } from 'vitest';
import { edgarFilingUrl, formatDollars, formatLongDate, formatPrice, formatShares, formatShortDate } from './format';

describe('formatting values as filed', () => {
  test('shares get thousands separators and keep fractions', () => {
    expect(formatShares(12759)).toBe('12,759');
    expect(formatShares(1234.5)).toBe('1,234.5');
    expect(formatShares(0.0005)).toBe('0.0005');
    expect(formatShares(0)).toBe('0');
    expect(formatShares(999)).toBe('999');
    expect(formatShares(1000)).toBe('1,000');
    expect(formatShares(410816613)).toBe('410,816,613');
    expect(formatShares(-1234567)).toBe('-1,234,567');
    expect(formatShares(1e21)).toBe('1,000,000,000,000,000,000,000');
    expect(formatShares(1234)).toBe('1,234');
    expect(formatShares(100000)).toBe('100,000');
    expect(formatShares(-999)).toBe('-999');
    expect(formatShares(-1000)).toBe('-1,000');
    expect(formatShares(Number.MAX_SAFE_INTEGER)).toBe('9,007,199,254,740,991');
  });

  test('an amount formatted again reads as the first time, zero of either sign its own', () => {
    for (let round = 0; round < 2; round++) {
      expect(formatPrice(-0)).toBe('-$0.00');
      expect(formatPrice(0)).toBe('$0.00');
      expect(formatPrice(12.3456)).toBe('$12.3456');
      expect(formatShares(1234.5)).toBe('1,234.5');
      expect(formatDollars(-1234.6)).toBe('-$1,235');
      expect(formatLongDate('2013-05-21')).toBe('May 21, 2013');
    }
  });

  test('text that was not a number is shown as filed, null as nothing', () => {
    expect(formatShares('See footnote 2')).toBe('See footnote 2');
    expect(formatPrice(null)).toBe('');
  });

  test('prices show cents and up to four decimals', () => {
    expect(formatPrice(7)).toBe('$7.00');
    expect(formatPrice(12.3456)).toBe('$12.3456');
    expect(formatPrice(1_250_000)).toBe('$1,250,000.00');
  });

  test('dollar totals round to the dollar', () => {
    expect(formatDollars(5495.4)).toBe('$5,495');
    expect(formatDollars(8381510)).toBe('$8,381,510');
    expect(formatDollars(-13)).toBe('-$13');
    expect(formatDollars(-1234.6)).toBe('-$1,235');
    expect(formatDollars('n/a')).toBe('n/a');
  });

  test('dates read as words, other text as filed', () => {
    expect(formatLongDate('2013-05-21')).toBe('May 21, 2013');
    expect(formatLongDate('unknown')).toBe('unknown');
    expect(formatShortDate('2013-05-21')).toBe('May 21, 2013');
    expect(formatShortDate('2013-05-21')).toBe('May 21, 2013');
    expect(formatShortDate('2013-13-45')).toBe('2013-13-45');
  });

  test('EDGAR links only for real accession numbers', () => {
    expect(edgarFilingUrl('0001240569-13-000005', '46129')).toBe(
      'https://www.sec.gov/Archives/edgar/data/46129/000124056913000005/0001240569-13-000005-index.htm',
    );
    expect(edgarFilingUrl('x1234567890abcdef1234', '46129')).toBeNull();
  });
});

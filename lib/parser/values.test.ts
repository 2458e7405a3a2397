import { describe, expect, it } from 'vitest';
import { cikOf, filedBoolean, filedDate, filedNumber, filedText } from './values';

describe('filedNumber', () => {
  it('turns plain decimals into numbers, exactly', () => {
    expect(filedNumber('785')).toBe(785);
    expect(filedNumber(' 7.00 ')).toBe(7);
    expect(filedNumber('0.0001')).toBe(0.0001);
    expect(filedNumber('106150.00')).toBe(106150);
    expect(filedNumber('1,204,500')).toBe(1204500);
    expect(filedNumber('12,759.125')).toBe(12759.125);
    expect(filedNumber('-2.5')).toBe(-2.5);
    expect(filedNumber('.25')).toBe(0.25);
    expect(filedNumber('5.')).toBe(5);
    expect(filedNumber('1234567890.1234')).toBe(1234567890.1234);
    expect(filedNumber('0')).toBe(0);
  });

  it('keeps anything else as the trimmed text, never 0', () => {
    expect(filedNumber('See Footnote (2)')).toBe('See Footnote (2)');
    expect(filedNumber(' $7.00 ')).toBe('$7.00');
    expect(filedNumber('1,2345')).toBe('1,2345');
    expect(filedNumber('12,34,567')).toBe('12,34,567');
    expect(filedNumber(',100')).toBe(',100');
    expect(filedNumber('1e5')).toBe('1e5');
    expect(filedNumber('-')).toBe('-');
    expect(filedNumber('.')).toBe('.');
    expect(filedNumber('N/A')).toBe('N/A');
  });

  it('is null for nothing', () => {
    expect(filedNumber(null)).toBeNull();
    expect(filedNumber('')).toBeNull();
    expect(filedNumber(' \n ')).toBeNull();
  });
});

describe('filedDate', () => {
  it('keeps YYYY-MM-DD and drops a trailing time zone', () => {
    expect(filedDate('2013-05-21')).toBe('2013-05-21');
    expect(filedDate(' 2013-05-21\n')).toBe('2013-05-21');
    expect(filedDate('2013-05-21-05:00')).toBe('2013-05-21');
    expect(filedDate('2013-05-21+01:00')).toBe('2013-05-21');
    expect(filedDate('2013-05-21Z')).toBe('2013-05-21');
  });

  it('keeps other text as filed', () => {
    expect(filedDate('Various')).toBe('Various');
    expect(filedDate('05/21/2013')).toBe('05/21/2013');
    expect(filedDate('2013-05-21 and 2013-05-22')).toBe('2013-05-21 and 2013-05-22');
    expect(filedDate('')).toBeNull();
    expect(filedDate(null)).toBeNull();
  });
});

describe('filedBoolean', () => {
  it('reads 1, 0, true and false in any case', () => {
    expect(['1', 'true', 'TRUE', 'True', ' 1 '].map(filedBoolean)).toEqual([true, true, true, true, true]);
    expect(['0', 'false', 'FALSE', 'False'].map(filedBoolean)).toEqual([false, false, false, false]);
  });

  it('is null for absent, empty or other text', () => {
    expect([null, '', 'yes', 'X'].map(filedBoolean)).toEqual([null, null, null, null]);
  });
});

describe('cikOf and filedText', () => {
  it('drops leading zeros from CIKs', () => {
    expect(cikOf('0000046129')).toBe('46129');
    expect(cikOf(' 46129 ')).toBe('46129');
    expect(cikOf('0000000000')).toBe('0');
    expect(cikOf('')).toBeNull();
  });

  it('trims text and makes empty text null', () => {
    expect(filedText('  Federico  Richard D ')).toBe('Federico  Richard D');
    expect(filedText('\n\t')).toBeNull();
  });
});

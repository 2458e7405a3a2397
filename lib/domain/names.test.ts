import { describe, expect, test } from 'vitest';
import { readableName, titleCaseCapitals, titleCaseWord } from './names';

describe('readableName', () => {
  test('turns EDGAR\'s "LAST FIRST MIDDLE" into "First M. Last"', () => {
    expect(readableName('FEDERICO RICHARD D')).toBe('Richard D. Federico');
    expect(readableName('Federico Richard D')).toBe('Richard D. Federico');
  });

  test('keeps suffixes at the end and handles commas', () => {
    expect(readableName('SMITH JOHN A JR')).toBe('John A. Smith Jr.');
    expect(readableName('Smith, John A.')).toBe('John A. Smith');
    expect(readableName('GATES WILLIAM H III')).toBe('William H. Gates III');
  });

  test('capitalises Mc and hyphenated names and keeps mixed case as filed', () => {
    expect(readableName('MCDONALD MARY-ANN')).toBe('Mary-Ann McDonald');
    expect(readableName('DeVries Jan')).toBe('Jan DeVries');
  });

  test('leaves entities in their own order', () => {
    expect(readableName('BERKSHIRE HATHAWAY INC')).toBe('Berkshire Hathaway Inc');
    expect(readableName('Sequoia Capital Fund LP')).toBe('Sequoia Capital Fund LP');
    expect(readableName('PEAK CAPITAL PARTNERS LP')).toBe('Peak Capital Partners LP');
  });

  test('copes with one word and nothing', () => {
    expect(readableName('CHER')).toBe('Cher');
    expect(readableName(null)).toBe('');
    expect(readableName('   ')).toBe('');
  });
});

describe('title case for text filed in capitals', () => {
  test('capitalises each word, after hyphens, apostrophes, ampersands and dots, and Mc', () => {
    expect(titleCaseWord('MOTION')).toBe('Motion');
    expect(titleCaseWord("O'NEIL")).toBe("O'Neil");
    expect(titleCaseWord('AT&T')).toBe('At&T');
    expect(titleCaseWord('MCKESSON')).toBe('McKesson');
    expect(titleCaseWord('DeVries')).toBe('DeVries');
  });

  test('lowers small words after the first, keeps initialisms, and treats a slash as a word break', () => {
    expect(titleCaseCapitals('BANK OF AMERICA')).toBe('Bank of America');
    expect(titleCaseCapitals('THE PTC GROUP')).toBe('The PTC Group');
    expect(titleCaseCapitals('CULLEN/FROST BANKERS')).toBe('Cullen/Frost Bankers');
    expect(titleCaseCapitals('CLASS A COMMON STOCK')).toBe('Class A Common Stock');
  });

  test('entity names keep their legal-form capitals', () => {
    expect(readableName('J.P. MORGAN SECURITIES LLC')).toBe('J.P. Morgan Securities LLC');
    expect(readableName('M&T BANK CORP')).toBe('M&T Bank Corp');
  });
});

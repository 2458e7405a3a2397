import { describe, expect, test } from 'vitest';
import { readableName } from './names';

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

import { describe, expect, test } from 'vitest';
import { familyNameFromEvidence, readableName, titleCaseCapitals, titleCaseWord, type NameEvidence } from './names';

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
    expect(titleCaseWord('JOHNSON&JOHNSON')).toBe('Johnson&Johnson');
    // Initials joined by an ampersand stay an initialism (AT&T Inc., BB&T Corp), not "At&T", "Bb&T".
    expect(titleCaseWord('AT&T')).toBe('AT&T');
    expect(titleCaseCapitals('BB&T CORP')).toBe('BB&T Corp');
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

describe('entities keep their filed form', () => {
  test('Roman numerals, numbered series and legal forms stay as filed when title-casing capitals', () => {
    expect(readableName('SOFTBANK VISION FUND II-2 L.P.')).toBe('Softbank Vision Fund II-2 L.P.');
    expect(readableName('MITHRIL II LP')).toBe('Mithril II LP');
    expect(readableName('ACME FUND IV LLC')).toBe('Acme Fund IV LLC');
  });

  test('EDGAR\'s state tag is dropped: it tells apart names in EDGAR\'s index and is no part of the name', () => {
    expect(readableName('FARNAM STREET PARTNERS LP /MN')).toBe('Farnam Street Partners LP');
    expect(readableName('ACME HOLDINGS CORP /DE/')).toBe('Acme Holdings Corp');
    expect(readableName('Cullen/Frost Capital LP')).toBe('Cullen/Frost Capital LP');
  });

  test('a name filed in mixed case is kept as filed', () => {
    expect(readableName('SVF II Holdings (DE) LLC')).toBe('SVF II Holdings (DE) LLC');
    expect(readableName('Silver Brick Management PTE. LTD.')).toBe('Silver Brick Management PTE. LTD.');
  });

  test('a signature line that writes the name in mixed case gives its casing', () => {
    const signatures = ['SoftBank Vision Fund II-2 L.P., By : /s/ SB Global Advisers Limited, its Manager'];
    expect(readableName('SOFTBANK VISION FUND II-2 L.P.', { filed: [], signatures })).toBe('SoftBank Vision Fund II-2 L.P.');
    // Only the whole name: "SoftBank Vision Fund II-20 L.P." is another fund.
    expect(readableName('SOFTBANK VISION FUND II', { filed: [], signatures })).toBe('Softbank Vision Fund II');
  });
});

describe('a person\'s name order, decided from their filings', () => {
  const evidence = (filed: string[], signatures: string[]): NameEvidence => ({ filed, signatures });

  test('a signature naming the person in reading order says which word is the family name', () => {
    const brin = evidence(['Sergey Brin'], ['/s/ Valentina Margulis, as Attorney-in-Fact for Sergey Brin']);
    expect(familyNameFromEvidence(brin)).toBe('BRIN');
    expect(readableName('Sergey Brin', brin)).toBe('Sergey Brin');
    const musk = evidence(['Musk Elon'], ['By: Aaron Beckman, Power of Attorney For: Elon R. Musk']);
    expect(familyNameFromEvidence(musk)).toBe('MUSK');
    expect(readableName('Musk Elon', musk)).toBe('Elon Musk');
  });

  test('an attorney-in-fact\'s own name is no evidence, even when it shares a word', () => {
    const sacks = evidence(['Sacks David O'], ['/s/ Sergey Milyukov, as Attorney-in-Fact', '/s/ David Brown, attorney-in-fact']);
    expect(familyNameFromEvidence(sacks)).toBeNull();
    expect(readableName('Sacks David O', sacks)).toBe('David O. Sacks');
  });

  test('without signatures, a comma in any filed form, then the order filed most often, decides', () => {
    expect(readableName('Sergey Brin', evidence(['Sergey Brin', 'Brin, Sergey'], []))).toBe('Sergey Brin');
    expect(readableName('Sergey Brin', evidence(['Sergey Brin', 'BRIN SERGEY', 'BRIN SERGEY'], []))).toBe('Sergey Brin');
    // Mostly filed "Lee Morgan": every form reads as EDGAR's order of that one ("Morgan Lee").
    const lee = evidence(['Lee Morgan', 'Lee Morgan', 'MORGAN LEE'], []);
    expect(readableName('MORGAN LEE', lee)).toBe('Morgan Lee');
    expect(readableName('Lee Morgan', lee)).toBe('Morgan Lee');
  });

  test('a signature that repeats the filed name says nothing of its order', () => {
    expect(familyNameFromEvidence(evidence(['DOE JANE Q'], ['DOE JANE Q', '/s/ Doe Jane Q']))).toBeNull();
    expect(readableName('DOE JANE Q', evidence(['DOE JANE Q'], ['DOE JANE Q']))).toBe('Jane Q. Doe');
  });

  test('evidence that disagrees with itself falls back to EDGAR\'s family-name-first order', () => {
    const split = evidence(['Lee Morgan'], ['by power of attorney for Lee Morgan', '/s/ Morgan Lee']);
    expect(familyNameFromEvidence(split)).toBeNull();
    expect(readableName('Lee Morgan', split)).toBe('Morgan Lee');
  });

  test('suffixes, initials and family-name particles', () => {
    expect(readableName('Sergey Brin Jr', evidence(['Sergey Brin Jr'], ['/s/ Sergey Brin']))).toBe('Sergey Brin Jr.');
    expect(readableName('DODGE R STANTON')).toBe('R. Stanton Dodge');
    expect(readableName('DE LA CRUZ NICHOLAS')).toBe('Nicholas De La Cruz');
    expect(readableName('Nicholas de la Cruz', evidence(['Nicholas de la Cruz'], ['/s/ Jo Roe, attorney-in-fact for Nicholas de la Cruz']))).toBe('Nicholas de la Cruz');
    expect(readableName('SMITH JOHN V')).toBe('John V. Smith');
  });
});

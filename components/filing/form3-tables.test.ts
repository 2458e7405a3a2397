// Which filings the page shows in the Form 3's own layout: a Form 3 or 3/A whose every line fits it.
// One that does not (a line it has no column for) keeps the Form 4's, where every field has a column.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFiling } from '@/lib/parser/index';
import { corpusFiles, fixturesDir, hasCorpus, warnIfNoCorpus } from '@/test/support/corpus';
import { showsAsForm3 } from './form3-tables';

warnIfNoCorpus('the corpus Forms 3 and 4 in components/filing/form3-tables.test.ts');

// A new officer's Form 3/A restating holdings in both tables, a footnote on an exercisable date.
const amended = parseFiling(readFileSync(path.join(fixturesDir, 'form3a-amended-holdings.xml'), 'utf8'));

describe('showsAsForm3', () => {
  it('takes a Form 3/A of holdings in both tables', () => {
    expect(amended.formType).toBe('3/A');
    expect([amended.nonDerivative.length, amended.derivative.length].every((n) => n > 0)).toBe(true);
    expect(showsAsForm3(amended)).toBe(true);
  });

  it.skipIf(!hasCorpus)('takes every Form 3 and 3/A of the corpus, and no other form', () => {
    const parsed = corpusFiles('xml').map((file) => parseFiling(readFileSync(file, 'utf8')));
    const initial = parsed.filter((f) => /^3/.test(f.formType));
    expect(initial.length).toBeGreaterThan(20);
    expect(initial.filter((f) => !showsAsForm3(f)).map((f) => f.issuer.name)).toEqual([]);
    expect(parsed.filter((f) => !/^3/.test(f.formType) && showsAsForm3(f)).map((f) => f.formType)).toEqual([]);
  });

  it('keeps the Form 4 layout for a Form 3 with a line that layout alone has a column for', () => {
    const [holding] = amended.nonDerivative;
    const [option] = amended.derivative;
    const withTables = (nonDerivative = amended.nonDerivative, derivative = amended.derivative) => ({ ...amended, nonDerivative, derivative });
    expect(showsAsForm3(withTables([{ ...holding!, kind: 'transaction', code: 'P', transactionDate: '2021-02-24' }]))).toBe(false);
    // A price given only in a footnote is still a price.
    expect(showsAsForm3(withTables([{ ...holding!, footnoteIds: { pricePerShare: ['F1'] } }]))).toBe(false);
    // The Form 3 counts a derivative holding by its underlying shares: no column for a number owned.
    expect(showsAsForm3(withTables(undefined, [{ ...option!, sharesOwnedAfter: 5_000 }]))).toBe(false);
    expect(showsAsForm3({ ...amended, formType: '4' })).toBe(false);
  });
});

// The rule that says a data set's copy and a bare XML are the same filing. Fixtures: the usual small
// Form 4 (one director selling, test/support/ownership-xml.ts), parsed, and the copy as the data set
// holds it written out by hand (numbers to the cent, transactions before holdings).
import { describe, expect, it } from 'vitest';
import { parseFiling } from '../parser/index';
import type { ParsedFiling } from '../parser/types';
import { ownershipDocumentXml, ownershipXml, type OwnershipDocument } from '../../test/support/ownership-xml';
import { equalToTheCent, isSameFilingToTheCent } from './same-filing';

describe('equalToTheCent', () => {
  it('takes a number rounded to the cent as the same', () => {
    expect(equalToTheCent(19.825, 19.83)).toBe(true);
    expect(equalToTheCent(1.005, 1.01)).toBe(true);
    expect(equalToTheCent(100.004, 100)).toBe(true);
    expect(equalToTheCent(-2.345, -2.35)).toBe(true);
    expect(equalToTheCent(1234567.885, 1234567.89)).toBe(true);
  });

  it('takes a difference of more than half a cent as another number', () => {
    expect(equalToTheCent(100, 100.02)).toBe(false);
    expect(equalToTheCent(100.006, 100)).toBe(false);
    expect(equalToTheCent(0, 0.01)).toBe(false);
  });

  it('takes text filed where a number goes as what the copy cannot hold (null), and nothing else', () => {
    expect(equalToTheCent('See footnote 1', null)).toBe(true);
    expect(equalToTheCent('See footnote 1', 0)).toBe(false);
    expect(equalToTheCent(null, null)).toBe(true);
    expect(equalToTheCent(5, null)).toBe(false);
    expect(equalToTheCent(null, 0)).toBe(false);
  });
});

const base: OwnershipDocument = {
  form: '4',
  period: '2024-03-01',
  issuer: { cik: '0009990900', name: 'Test Issuer Inc', ticker: 'TSTI' },
  owners: [{ cik: '0009990901', name: 'Doe Jane', director: true }, { cik: '0009990902', name: 'Doe Trust' }],
  lines: [
    { kind: 'holding', shares: '5000', di: 'I' },
    { kind: 'transaction', date: '2024-03-01', code: 'S', shares: '100.004', price: '19.825', ad: 'D', after: '900' },
    { kind: 'transaction', date: '2024-03-01', code: 'S', shares: '50', price: 'See footnote 1', priceFootnote: 'F1', ad: 'D', after: '850' },
  ],
  footnotes: ['Weighted average price.'],
  signature: { name: 'Doe Jane', date: '2024-03-04' },
};
const parse = (d: OwnershipDocument): ParsedFiling => parseFiling(ownershipDocumentXml(d));
const original = parse(base);

/** The copy as the data set has it: numbers to the cent, transactions first, owners in another order. */
const copyDocument: OwnershipDocument = {
  ...base,
  issuer: { ...base.issuer, cik: '9990900' },
  owners: [base.owners[1]!, base.owners[0]!],
  lines: [
    { kind: 'transaction', date: '2024-03-01', code: 's', shares: '100', price: '19.83', ad: 'D', after: '900' },
    { kind: 'transaction', date: '2024-03-01', code: 'S', shares: '50', price: '', ad: 'D', after: '850' },
    { kind: 'holding', shares: '5000.00', di: 'I' },
  ],
  footnotes: ['Another text: footnotes are not compared.'],
};
const copy = parse(copyDocument);

describe('isSameFilingToTheCent', () => {
  it('finds the copy the same filing: numbers to the cent, lines and owners in another order, text where a number goes', () => {
    expect(copy.nonDerivative[1]!.pricePerShare).toBeNull();
    expect(isSameFilingToTheCent(original, copy)).toBe(true);
  });

  it('finds another filing where one share count differs by more than a cent', () => {
    const lines = [...copyDocument.lines];
    lines[0] = { ...(lines[0] as Extract<typeof lines[0], { kind: 'transaction' }>), shares: '100.02' };
    expect(isSameFilingToTheCent(original, parse({ ...copyDocument, lines }))).toBe(false);
  });

  it('finds another filing where the issuer, form, period, an owner, a date, a code or a line differs', () => {
    const t = copyDocument.lines[0] as Extract<OwnershipDocument['lines'][0], { kind: 'transaction' }>;
    const variants: OwnershipDocument[] = [
      { ...copyDocument, issuer: { ...copyDocument.issuer, cik: '9990999' } },
      { ...copyDocument, form: '4/A' },
      { ...copyDocument, period: '2024-03-02' },
      { ...copyDocument, owners: [base.owners[0]!] },
      { ...copyDocument, owners: [base.owners[0]!, { cik: '0009990903', name: 'Roe Richard' }] },
      { ...copyDocument, lines: [{ ...t, date: '2024-02-29' }, ...copyDocument.lines.slice(1)] },
      { ...copyDocument, lines: [{ ...t, code: 'P' }, ...copyDocument.lines.slice(1)] },
      { ...copyDocument, lines: [{ ...t, ad: 'A' }, ...copyDocument.lines.slice(1)] },
      { ...copyDocument, lines: [{ ...t, di: 'I' }, ...copyDocument.lines.slice(1)] },
      { ...copyDocument, lines: copyDocument.lines.slice(1) },
      { ...copyDocument, lines: [...copyDocument.lines, { kind: 'holding', shares: '5000', di: 'I' }] },
      { ...copyDocument, lines: copyDocument.lines.map((l) => ({ ...l, table: 'D' as const })) },
    ];
    expect(variants.map((v) => isSameFilingToTheCent(original, parse(v)))).toEqual(variants.map(() => false));
  });

  it('takes a filing as the same as itself, and the usual small filing as another than this one', () => {
    expect(isSameFilingToTheCent(original, original)).toBe(true);
    expect(isSameFilingToTheCent(original, parseFiling(ownershipXml()))).toBe(false);
  });
});

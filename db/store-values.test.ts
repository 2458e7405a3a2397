// Values as stored and read back: numbers as numbers, text as text, shares × price exact.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../test/support/corpus';
import { ownershipXml } from '../test/support/ownership-xml';
import { storeShorthands, tempStorePerTest } from '../test/support/temp-store-helpers';
import { getFilingJson } from './queries/filing-json';

const t = tempStorePerTest();
const { store } = storeShorthands(() => t);

describe('values', () => {
  it('keeps numbers as numbers and text as text (the values-as-text fixture)', () => {
    const text = readFileSync(`${fixturesDir}/form4-values-as-text.xml`, 'utf8');
    const { accession } = store(text);
    const json = getFilingJson(accession, t.db)!;
    const pick = (r: (typeof json.nonDerivative)[number]) => ({
      transactionDate: r.transactionDate, shares: r.shares, totalValue: r.totalValue, pricePerShare: r.pricePerShare,
      sharesOwnedAfter: r.sharesOwnedAfter, valueOwnedAfter: r.valueOwnedAfter, footnoteIds: r.footnoteIds, value: r.value,
    });
    // As filed: "1,204,500" shares sold at "See Footnote (2)"; a partnership interest on "Various" dates by total value,
    // with footnotes on the amounts and the amounts after as a whole (shown on the value filed there).
    expect(json.nonDerivative.map(pick)).toEqual([
      { transactionDate: '2013-05-21', shares: 1204500, totalValue: null, pricePerShare: 'See Footnote (2)', sharesOwnedAfter: 0.5, valueOwnedAfter: null, footnoteIds: { pricePerShare: ['F2'] }, value: null },
      { transactionDate: 'Various', shares: null, totalValue: 2500000, pricePerShare: null, sharesOwnedAfter: null, valueOwnedAfter: 7250000, footnoteIds: { transactionDate: ['F1'], pricePerShare: ['F3'], totalValue: ['F3'], valueOwnedAfter: ['F1'] }, value: 2500000 },
    ]);
    expect(json.derivative).toEqual([]);
    // In SQLite too: the number as a number, the text as text, never 0.
    expect(t.sqlite.prepare('SELECT typeof(shares) AS shares, typeof(price_per_share) AS price, price_per_share AS priceText, typeof(shares_owned_after) AS after FROM filing_rows WHERE accession = ? ORDER BY position').all(accession))
      .toEqual([
        { shares: 'integer', price: 'text', priceText: 'See Footnote (2)', after: 'real' },
        { shares: 'null', price: 'null', priceText: null, after: 'null' },
      ]);
  });

  it('stores value as shares × price without binary noise', () => {
    // 100 × 1.10 is 110.00000000000001 in floating point.
    const { accession } = store(ownershipXml({ shares: '100', price: '1.10' }), { accession: '0009990901-24-000001' });
    expect(getFilingJson(accession, t.db)?.nonDerivative[0]?.value).toBe(110);
    expect(t.sqlite.prepare('SELECT value FROM filing_rows WHERE accession = ?').pluck().get(accession)).toBe(110);
  });

  it('reads an accession written without dashes', () => {
    store(ownershipXml(), { accession: '0009990901-24-000001' });
    expect(getFilingJson('000999090124000001', t.db)?.accession).toBe('0009990901-24-000001');
    expect(getFilingJson('not an accession', t.db)).toBeNull();
    expect(getFilingJson('0009990901-24-999999', t.db)).toBeNull();
  });
});

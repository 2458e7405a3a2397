import { describe, expect, it } from 'vitest';
import { toTableRows, unpackRow, unpackRows, type PackedRow, type TableRows, type TransactionLine } from './table-rows';

function row(over: Partial<TransactionLine>): TransactionLine {
  return {
    id: 1, accession: '0000950170-25-003585', formType: '4', filedAt: '2025-01-08',
    issuerCik: '1318605', issuerName: 'Tesla, Inc.', issuerTicker: 'TSLA',
    ownerCik: '1494730', ownerName: 'Musk Elon', ownerCount: 1,
    isDirector: true, isOfficer: true, isTenPercentOwner: false, isOther: false, officerTitle: 'CEO', otherText: null,
    table: 'N', kind: 'transaction', securityTitle: 'Common Stock', transactionDate: '2025-01-06', code: 'S',
    acquiredDisposed: 'D', shares: 100, pricePerShare: 'See footnote', value: null, sharesOwnedAfter: 0,
    directOrIndirect: 'D',
    ...over,
  };
}

/** The packed rows as the island parses them. */
const packed = ({ rows }: TableRows) => JSON.parse(rows) as PackedRow[];

describe('toTableRows', () => {
  it('sends what a filing’s rows share once, and each row only the fields the table shows', () => {
    const sent = toTableRows([
      row({ id: 1 }),
      row({ id: 2, table: 'D', kind: 'holding', code: null }),
      row({ id: 3, accession: '0001790565-23-000009', ownerCik: '1790565', ownerName: 'Baglino Andrew D', ownerCount: 2, isDirector: false, officerTitle: null }),
    ], 'issuer');
    const { filings } = sent;
    const rows = packed(sent);
    expect(filings).toEqual([
      { accession: '0000950170-25-003585', formType: '4', filedAt: '2025-01-08', ownerCik: '1494730', ownerName: 'Musk Elon', isDirector: true, isOfficer: true, officerTitle: 'CEO' },
      { accession: '0001790565-23-000009', formType: '4', filedAt: '2025-01-08', ownerCik: '1790565', ownerName: 'Baglino Andrew D', ownerCount: 2, isOfficer: true },
    ]);
    expect(rows.map((r) => unpackRow(r).filing)).toEqual([0, 0, 1]);
    // A row is its values in a fixed order, trailing empty ones cut: no field names on every row.
    expect(rows[0]).toEqual([1, 0, 100, 'See footnote', null, 0, '2025-01-06', 'Common Stock', 'S', 'D', 'D']);
    // Nulls and falses are left out; a filed zero and text filed for a number stay.
    expect(unpackRow(rows[0]!)).toEqual({
      id: 1, filing: 0, securityTitle: 'Common Stock', transactionDate: '2025-01-06', code: 'S', acquiredDisposed: 'D',
      shares: 100, pricePerShare: 'See footnote', sharesOwnedAfter: 0, directOrIndirect: 'D',
    });
    expect(unpackRow(rows[1]!)).toMatchObject({ derivative: true, holding: true });
    expect(unpackRow(rows[1]!)).not.toHaveProperty('code');
  });

  it('sends a text the row above has (date, security, code, A/D, D/I) as 0 or, at the end, not at all, and reads it back as that row’s', () => {
    const sent = toTableRows([
      row({ id: 1, value: 2759990.574 }),
      row({ id: 2, shares: 200, value: -12.5 }),
      row({ id: 3, transactionDate: '2025-01-07', code: 'M', acquiredDisposed: 'A' }),
    ], 'issuer');
    const rows = packed(sent);
    expect(rows[0]).toEqual([1, 0, 100, 'See footnote', 2759991, 0, '2025-01-06', 'Common Stock', 'S', 'D', 'D']);
    expect(rows[1]).toEqual([2, 0, 200, 'See footnote', -13, 0]);
    expect(rows[2]).toEqual([3, 0, 100, 'See footnote', null, 0, '2025-01-07', 0, 'M', 'A']);
    const unpacked = unpackRows(sent);
    expect(unpacked.map((r) => [r.transactionDate, r.securityTitle, r.code, r.acquiredDisposed, r.directOrIndirect, r.value])).toEqual([
      ['2025-01-06', 'Common Stock', 'S', 'D', 'D', 2759991],
      ['2025-01-06', 'Common Stock', 'S', 'D', 'D', -13],
      ['2025-01-07', 'Common Stock', 'M', 'A', 'D', undefined],
    ]);
    expect(unpacked.map((r) => r.f)).toEqual([sent.filings[0], sent.filings[0], sent.filings[0]]);
  });

  it('sends a repeated text a row lacks and the row above has as null, and one both lack as the same', () => {
    const sent = toTableRows([row({ id: 1 }), row({ id: 2, code: null }), row({ id: 3, code: null })], 'issuer');
    expect(packed(sent).slice(1)).toEqual([[2, 0, 100, 'See footnote', null, 0, 0, 0, null], [3, 0, 100, 'See footnote', null, 0]]);
    expect(unpackRows(sent).map((r) => [r.code, r.acquiredDisposed, r.directOrIndirect])).toEqual([['S', 'D', 'D'], [undefined, 'D', 'D'], [undefined, 'D', 'D']]);
  });

  it('packs an array of rows once per variant: a page’s kept rows come back as the same array until the data changes', () => {
    const kept = [row({ id: 1 })];
    expect(toTableRows(kept, 'issuer')).toBe(toTableRows(kept, 'issuer'));
    expect(toTableRows(kept, 'person')).not.toBe(toTableRows(kept, 'issuer'));
    const changed = [row({ id: 1, shares: 7 })];
    expect(packed(toTableRows(changed, 'issuer'))[0]![2]).toBe(7);
  });

  it('names the issuer instead of the owner on a person’s rows', () => {
    const { filings } = toTableRows([row({})], 'person');
    expect(filings[0]).toMatchObject({ issuerCik: '1318605', issuerName: 'Tesla, Inc.', issuerTicker: 'TSLA' });
    expect(filings[0]).not.toHaveProperty('ownerCik');
  });

  it('keeps rows of one filing apart when they show different owners', () => {
    const sent = toTableRows([row({ id: 1 }), row({ id: 2, ownerCik: '1331680', ownerName: 'Wilson-Thompson Kathleen' })], 'issuer');
    expect(sent.filings).toHaveLength(2);
    expect(unpackRows(sent).map((r) => r.filing)).toEqual([0, 1]);
  });
});

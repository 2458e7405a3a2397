// The issuer aliases the store keeps as it writes filings (search reads them): each name and ticker
// an issuer filed under, trimmed as SQL trims, a blank one left out, kept when a batch is undone only
// if its filing was.
import { expect, it } from 'vitest';
import { parseFiling } from '../lib/parser/index';
import { ownershipDocumentXml } from '../test/support/ownership-xml';
import { tempStorePerTest } from '../test/support/temp-store-helpers';

const t = tempStorePerTest();

function filing(accession: string, name: string, ticker: string) {
  const xml = ownershipDocumentXml({
    form: '4', period: '2024-03-01', issuer: { cik: '888001', name, ticker },
    owners: [{ cik: '888101', name: 'Owner One', director: true }], lines: [], footnotes: [],
    signature: { name: 'Owner One', date: '2024-03-01' },
  });
  return { parsed: { ...parseFiling(xml), accession, filedAt: '2024-03-04', issuer: { cik: '888001', name, ticker } }, options: { document: xml, source: accession } };
}

const aliases = () => t.sqlite.prepare('SELECT kind, value, cik FROM issuer_aliases ORDER BY kind, value').raw().all();

it('keeps every name and ticker filed, once, trimmed of spaces, tickers upper-cased; a blank one is none', () => {
  t.store.storeFilings([
    filing('0000888001-24-000001', '  Old Name Corp ', 'oldn'),
    filing('0000888001-24-000002', 'New Name Inc', 'NEWN'),
    filing('0000888001-24-000003', 'New Name Inc', '   '),
  ]);
  const alone = filing('0000888001-24-000004', 'Old Name Corp', 'NEWN');
  t.store.storeFiling(alone.parsed, alone.options);
  expect(aliases()).toEqual([
    ['name', 'New Name Inc', '888001'],
    ['name', 'Old Name Corp', '888001'],
    ['ticker', 'NEWN', '888001'],
    ['ticker', 'OLDN', '888001'],
  ]);
  expect(t.sqlite.prepare("SELECT name FROM issuer_name_search WHERE issuer_name_search MATCH 'old' ").pluck().all()).toEqual(['Old Name Corp']);
});

it('writes a name again after the batch that first wrote it was rolled back', () => {
  expect(() => t.store.batch(() => {
    t.store.storeFilingsOrThrow([filing('0000888001-24-000011', 'Undone Corp', 'UNDN')]);
    throw new Error('rolled back');
  })).toThrow('rolled back');
  expect(aliases()).toEqual([]);
  t.store.batch(() => t.store.storeFilingsOrThrow([filing('0000888001-24-000012', 'Undone Corp', 'UNDN')]));
  expect(aliases()).toEqual([['name', 'Undone Corp', '888001'], ['ticker', 'UNDN', '888001']]);
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFiling } from '../../lib/parser/index';
import { seedFixture } from '../../test/support/corpus';
import { ownershipXml } from '../../test/support/ownership-xml';
import { openTempStore, type TempStore } from '../../test/support/temp-db';
import { searchNames, toFtsQuery } from './search';

let t: TempStore;
const seedOwner = { kind: 'owner', cik: '1240569', name: 'Federico Richard D', ticker: null, match: 'name' };

beforeAll(() => {
  t = openTempStore();
  const seed = readFileSync(seedFixture, 'utf8');
  t.store.storeFiling(parseFiling(seed), { document: seed });
  // Look-alikes that must not crowd out or match wrongly.
  for (const [i, ownerName, issuerName] of [
    [1, 'Richards Mary', 'Federal Signal Corp'],
    [2, 'Müller Jürgen', 'Société Générale Holdings'],
    [3, 'AND OR NOT NEAR', 'Example "Quoted" Corp (The)'],
  ] as const) {
    const xml = ownershipXml({ ownerCik: `999100${i}`, ownerName, issuerCik: `999200${i}`, issuerName, ticker: `TK${i}` });
    t.store.storeFiling(parseFiling(xml), { document: xml, accession: `0009991000-24-00000${i}` });
  }
});
afterAll(() => t.close());

const search = (q: string, limit = 20) => searchNames(q, limit, t.sqlite);
const names = (q: string) => search(q).map((m) => m.name);

describe('searchNames', () => {
  it.each(['Richard Federico', 'federico', 'Federico Richard', 'FEDERICO RICHARD D', 'fed', 'rich fed', 'Richard D. Federico'])(
    'finds "Federico Richard D" by %j',
    (query) => {
      expect(search(query)).toContainEqual(seedOwner);
    },
  );

  it('needs every word: "Richard Smith" does not find Federico', () => {
    expect(names('Richard Smith')).toEqual([]);
  });

  it('ignores case and diacritics', () => {
    expect(names('muller')).toEqual(['Müller Jürgen']);
    expect(names('JÜRGEN')).toEqual(['Müller Jürgen']);
    expect(names('societe generale')).toEqual(['Société Générale Holdings']);
  });

  it('finds issuers with their ticker', () => {
    expect(search('federal')).toEqual([{ kind: 'issuer', cik: '9992001', name: 'Federal Signal Corp', ticker: 'TK1', match: 'name' }]);
  });

  it('matches a ticker exactly, in any case, before names', () => {
    expect(search('amot')[0]).toEqual({ kind: 'issuer', cik: '46129', name: 'ALLIED MOTION TECHNOLOGIES INC', ticker: 'AMOT', match: 'ticker' });
    expect(search('AMO').some((m) => m.match === 'ticker')).toBe(false);
  });

  it('matches a CIK exactly, with or without leading zeros, owners and issuers', () => {
    expect(search('0000046129')).toEqual([{ kind: 'issuer', cik: '46129', name: 'ALLIED MOTION TECHNOLOGIES INC', ticker: 'AMOT', match: 'cik' }]);
    expect(search('1240569')).toEqual([{ ...seedOwner, match: 'cik' }]);
    expect(search('124056')).toEqual([]);
  });

  it('treats FTS syntax typed by a user as words, never as an error', () => {
    for (const query of ['"', '*', 'AND', 'OR', 'NOT', '(', ')', 'NEAR(', 'name:', 'fed*', '"fed', 'a AND', '^', '-fed', '+', '{name}:x', "O'Brien", '\u0000', '%', '_', '\\', '   ', '', 'x'.repeat(5000), '🙂']) {
      expect(() => search(query), JSON.stringify(query)).not.toThrow();
    }
    expect(names('AND OR')).toEqual(['AND OR NOT NEAR']);
    expect(names('"Quoted"')).toEqual(['Example "Quoted" Corp (The)']);
    expect(names('(The)')).toEqual(['Example "Quoted" Corp (The)']);
    expect(names('fed*')).toContain('Federico Richard D');
  });

  it('honours the limit', () => {
    expect(search('fed')).toHaveLength(2);
    expect(search('fed', 1)).toHaveLength(1);
    expect(search('fed', 0)).toHaveLength(2); // a nonsense limit falls back to the default
  });

  it('follows a renamed owner: the newest filing names it', () => {
    const xml = ownershipXml({ ownerCik: '9991001', ownerName: 'Richards-Lee Mary', periodOfReport: '2025-01-02' });
    t.store.storeFiling(parseFiling(xml), { document: xml, accession: '0009991000-25-000001' });
    expect(names('Richards-Lee')).toEqual(['Richards-Lee Mary']);
    expect(search('Richards Mary').filter((m) => m.cik === '9991001').map((m) => m.name)).toEqual(['Richards-Lee Mary']);
    expect((t.sqlite.prepare("SELECT count(*) AS n FROM name_search WHERE cik = '9991001'").get() as { n: number }).n).toBe(1);
  });
});

describe('toFtsQuery', () => {
  it('quotes each word as a prefix', () => {
    expect(toFtsQuery('Richard  Federico')).toBe('"Richard"* "Federico"*');
    expect(toFtsQuery('"AND" (xy)*')).toBe('"AND"* "xy"*');
    expect(toFtsQuery('  "*()  ')).toBeNull();
  });

  it('matches a single letter as a whole word, not as a prefix of every name', () => {
    expect(toFtsQuery('Richard D')).toBe('"Richard"* "D"');
    expect(names('federico d')).toEqual(['Federico Richard D']);
    expect(names('r')).toEqual([]);
  });
});

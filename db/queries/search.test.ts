import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFiling } from '../../lib/parser/index';
import { seedFixture } from '../../test/support/corpus';
import { ownershipXml } from '../../test/support/ownership-xml';
import { openTempStore, type TempStore } from '../../test/support/temp-db';
import { parseAccession, searchEverything, searchNames, toFtsQuery } from './search';

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

describe('former names, former tickers, accession numbers and who a person is', () => {
  let s: TempStore;
  beforeAll(() => {
    s = openTempStore();
    // Tesla filed as Tesla Motors under TSLA, then as Tesla, Inc.; an issuer renamed with a new ticker.
    const filings = [
      { accession: '0000000001-17-000001', issuerCik: '1318605', issuerName: 'Tesla Motors, Inc.', ticker: 'TSLA', ownerCik: '1494730', ownerName: 'Musk Elon', periodOfReport: '2016-05-01' },
      { accession: '0000000001-21-000001', issuerCik: '1318605', issuerName: 'Tesla, Inc.', ticker: 'TSLA', ownerCik: '1494730', ownerName: 'Musk Elon', periodOfReport: '2021-05-01' },
      { accession: '0000000001-20-000001', issuerCik: '1828108', issuerName: 'Reinvent Technology Partners Y', ticker: 'RTPY', ownerCik: '9993001', ownerName: 'Smith John', periodOfReport: '2020-12-01' },
      { accession: '0000000001-22-000001', issuerCik: '1828108', issuerName: 'Aurora Innovation, Inc.', ticker: 'AUR', ownerCik: '9993001', ownerName: 'Smith John', periodOfReport: '2022-02-01' },
      { accession: '0000000001-22-000002', issuerCik: '9993100', issuerName: 'Other Widgets Corp', ticker: 'OWC', ownerCik: '9993002', ownerName: 'Smith John', periodOfReport: '2022-03-01' },
    ];
    for (const { accession, ...f } of filings) {
      const xml = ownershipXml(f);
      s.store.storeFiling(parseFiling(xml), { document: xml, accession });
    }
  });
  afterAll(() => s.close());

  it('finds an issuer by a name it filed under before, and says so', () => {
    expect(searchNames('Tesla Motors', 20, s.sqlite)).toEqual([
      { kind: 'issuer', cik: '1318605', name: 'Tesla, Inc.', ticker: 'TSLA', match: 'former-name', formerly: 'Tesla Motors, Inc.' },
    ]);
    expect(searchEverything('Reinvent Technology Partners Y', 50, s.sqlite).issuers.map((r) => [r.label, r.formerly])).toEqual([
      ['Aurora Innovation, Inc.', 'Reinvent Technology Partners Y'],
    ]);
    // The current name found once, not again as a former one.
    expect(searchNames('tesla', 20, s.sqlite).map((m) => [m.cik, m.match])).toEqual([['1318605', 'name']]);
  });

  it('finds an issuer by a ticker it filed under before', () => {
    expect(searchNames('rtpy', 20, s.sqlite)).toEqual([
      { kind: 'issuer', cik: '1828108', name: 'Aurora Innovation, Inc.', ticker: 'AUR', match: 'former-ticker', formerly: 'RTPY' },
    ]);
    expect(searchEverything('AUR', 50, s.sqlite).exact).toMatchObject({ cik: '1828108', match: 'ticker' });
  });

  it('opens a pasted accession number of a stored filing, with or without dashes', () => {
    expect(searchEverything(' 0000000001-21-000001 ', 50, s.sqlite).accession).toBe('0000000001-21-000001');
    expect(searchEverything('000000000121000001', 50, s.sqlite).accession).toBe('0000000001-21-000001');
    expect(searchEverything('0000000001-21-999999', 50, s.sqlite).accession).toBeNull();
    expect(parseAccession('0000000001-21-00000')).toBeNull();
  });

  it('tells namesakes apart by the company and role of their latest filing', () => {
    const people = searchEverything('John Smith', 50, s.sqlite).people;
    expect(people.map((p) => [p.cik, p.label, p.context]).sort()).toEqual([
      ['9993001', 'John Smith', 'Director at Aurora Innovation, Inc.'],
      ['9993002', 'John Smith', 'Director at Other Widgets Corp'],
    ]);
  });
});

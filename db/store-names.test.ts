// The names and tickers kept for issuers and owners: the newest filing's, whatever the load order.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseFiling } from '../lib/parser/index';
import { ownershipXml } from '../test/support/ownership-xml';
import { storeShorthands, tempStorePerTest, withBrokenLastRow } from '../test/support/temp-store-helpers';
import { getFilingJson } from './queries/filing-json';

const t = tempStorePerTest();
const { store } = storeShorthands(() => t);

describe('issuers and owners', () => {
  it('keep the name and ticker of the newest filing, whatever the load order', () => {
    store(ownershipXml({ periodOfReport: '2024-05-01', issuerName: 'Newer Name Inc', ticker: 'NEWR', ownerName: 'Doe Jane Q' }), { accession: '0009990901-24-000002' });
    store(ownershipXml({ periodOfReport: '2020-01-02', issuerName: 'Older Name Inc', ticker: 'OLDR', ownerName: 'Doe Jane' }), { accession: '0009990901-20-000001' });
    expect(t.sqlite.prepare('SELECT name, ticker FROM issuers').all()).toEqual([{ name: 'Newer Name Inc', ticker: 'NEWR' }]);
    expect(t.sqlite.prepare('SELECT name FROM owners').all()).toEqual([{ name: 'Doe Jane Q' }]);
    // Each filing still shows the names as filed on it.
    expect(getFilingJson('0009990901-20-000001', t.db)?.issuer).toEqual({ cik: '9990900', name: 'Older Name Inc', ticker: 'OLDR' });
    expect(getFilingJson('0009990901-20-000001', t.db)?.reportingOwners[0]?.name).toBe('Doe Jane');
  });

  it('take a newer filing\'s names over ones an older filing brought after it', () => {
    store(ownershipXml({ periodOfReport: '2020-01-02', issuerName: 'First Name Inc', ownerName: 'Doe Jane' }), { accession: '0009990901-20-000001' });
    store(ownershipXml({ periodOfReport: '2024-05-01', issuerName: 'First Name Inc', ownerName: 'Doe Jane' }), { accession: '0009990901-24-000001' });
    // Older than the 2024 filing, which kept the stored names as they were.
    store(ownershipXml({ periodOfReport: '2022-01-03', issuerName: 'Middle Name Inc', ownerName: 'Doe Jane M' }), { accession: '0009990901-22-000001' });
    store(ownershipXml({ periodOfReport: '2025-01-02', issuerName: 'Last Name Inc', ownerName: 'Doe Jane Q' }), { accession: '0009990901-25-000001' });
    expect(t.sqlite.prepare('SELECT name FROM issuers').pluck().all()).toEqual(['Last Name Inc']);
    expect(t.sqlite.prepare('SELECT name FROM owners').pluck().all()).toEqual(['Doe Jane Q']);
  });

  it('are stored for a filing whose batch rolled back once with the same owner in it', () => {
    const good = parseFiling(ownershipXml({ ownerCik: '9990914', ownerName: 'Roe Richard' }));
    const broken = withBrokenLastRow(parseFiling(ownershipXml({ ownerCik: '9990914', ownerName: 'Roe Richard' })));
    // The fast path stores `good` (noting its owner), fails on `broken` and rolls back; the retry
    // must write the owner again.
    const outcomes = t.store.storeFilings([
      { parsed: good, options: { document: good.ownershipXml, accession: '0009990914-24-000001' } },
      { parsed: broken, options: { document: broken.ownershipXml, accession: '0009990914-24-000002' } },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['loaded', 'failed']);
    expect(t.sqlite.prepare("SELECT name FROM owners WHERE cik = '9990914'").pluck().all()).toEqual(['Roe Richard']);
    expect(t.sqlite.prepare("SELECT name FROM issuers WHERE cik = '9990900'").pluck().all()).toEqual(['Test Issuer Inc']);
  });

  it('follow a rename committed by another connection', () => {
    store(ownershipXml({ periodOfReport: '2024-01-02', issuerName: 'Kept Name Inc' }), { accession: '0009990901-24-000001' });
    const other = new Database(t.file);
    other.prepare("UPDATE issuers SET name = 'Renamed Elsewhere Inc' WHERE cik = '9990900'").run();
    other.close();
    // Same names as this connection stored, but no longer what the database holds: written again.
    store(ownershipXml({ periodOfReport: '2024-02-01', issuerName: 'Kept Name Inc' }), { accession: '0009990901-24-000002' });
    expect(t.sqlite.prepare('SELECT name FROM issuers').pluck().all()).toEqual(['Kept Name Inc']);
  });
});

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFiling } from '../lib/parser/index';
import type { ParsedFiling } from '../lib/parser/types';
import { fixturesDir, seedContentHash, seedDerivedAccession, seedFixture } from '../test/support/corpus';
import { ownershipXml } from '../test/support/ownership-xml';
import { openTempStore, type TempStore } from '../test/support/temp-db';
import { packDocument, unpackDocument } from './document';
import { getFilingDocument } from '../ingest/filing-document';
import { getFilingJson } from './queries/filing-json';

let t: TempStore;
beforeEach(() => {
  t = openTempStore();
});
afterEach(() => t.close());

const count = (table: string, where = '1 = 1', ...params: unknown[]) =>
  (t.sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(...params) as { n: number }).n;

function store(text: string, options: { accession?: string | null; source?: string; force?: boolean } = {}) {
  return t.store.storeFiling(parseFiling(text), { document: text, source: options.source ?? 'test', ...options });
}

describe('the seed filing (Allied Motion Technologies, 2013-05-21 Form 4)', () => {
  const seed = readFileSync(seedFixture, 'utf8');

  it('comes back exactly as filed', () => {
    const { status, accession } = store(seed, { accession: '0001240569-13-000005' });
    expect(status).toBe('loaded');
    expect(getFilingJson(accession, t.db)).toEqual({
      accession: '0001240569-13-000005',
      formType: '4',
      periodOfReport: '2013-05-21',
      filedAt: null,
      issuer: { cik: '46129', name: 'ALLIED MOTION TECHNOLOGIES INC', ticker: 'AMOT' },
      reportingOwners: [{
        cik: '1240569', name: 'Federico Richard D', isDirector: true, isOfficer: false, isTenPercentOwner: false,
        isOther: false, officerTitle: null, otherText: null, street1: 'C/O ALLIED MOTION TECHNOLOGIES INC.',
        street2: '23 INVERNESS WAY EAST, STE. 150', city: 'ENGLEWOOD', state: 'CO', zipCode: '80112', stateDescription: null,
      }],
      nonDerivative: [{
        kind: 'transaction', securityTitle: 'Common Stock', transactionDate: '2013-05-21', deemedExecutionDate: null,
        code: 'P', shares: 785, pricePerShare: 7, acquiredDisposed: 'A', sharesOwnedAfter: 12759, directOrIndirect: 'D',
        natureOfOwnership: null, footnoteIds: { shares: ['F1'] }, formType: '4', equitySwapInvolved: false,
        timeliness: null, totalValue: null, valueOwnedAfter: null, value: 5495,
      }],
      derivative: [],
      footnotes: [{
        id: 'F1',
        text: "These shares were purchased by the Reporting Person pursuant to the Company's Non-Employee Director Stock in Lieu of Cash Retainer Plan.",
      }],
      remarks: null,
      signatures: [{ name: 'Susan M. Chiarmonete, attorney-in-fact for Richard D. Federico', date: '2013-05-21' }],
      aff10b5One: null,
      amends: null,
      amendedBy: [],
      schemaVersion: 'X0306',
      dateOfOriginalSubmission: null,
      acceptedAt: null,
      notSubjectToSection16: false,
      noSecuritiesOwned: false,
      daysLate: null,
      source: 'document',
    });
  });

  it('keeps the original document and its source, so it can be parsed again', () => {
    const { accession } = store(seed, { source: seedFixture });
    const row = t.sqlite.prepare('SELECT document, source, content_hash FROM filings WHERE accession = ?').get(accession) as {
      document: Buffer; source: string; content_hash: string;
    };
    // Stored compressed, at a fraction of the size, and back exactly.
    expect(Buffer.isBuffer(row.document)).toBe(true);
    expect(row.document.length).toBeLessThan(seed.length / 2);
    expect(unpackDocument(row.document)).toBe(seed);
    expect(getFilingDocument(accession, t.db)).toEqual({ text: seed, source: seedFixture });
    expect(getFilingDocument('0000000000-00-000000', t.db)).toBeNull();
    expect(unpackDocument('<plain/>')).toBe('<plain/>'); // a row stored before compression
    expect(row.source).toBe(seedFixture);
    expect(row.content_hash).toBe(seedContentHash);
  });

  it('shows the rows as stored, without footnotes, when its document no longer parses', () => {
    const { accession } = store(seed, { accession: '0001240569-13-000006' });
    t.sqlite.prepare('UPDATE filings SET document = ? WHERE accession = ?').run(packDocument('<html>no longer a filing</html>'), accession);
    const json = getFilingJson(accession, t.db)!;
    expect(json.nonDerivative).toEqual([{
      kind: 'transaction', securityTitle: 'Common Stock', transactionDate: '2013-05-21', deemedExecutionDate: null,
      code: 'P', shares: 785, pricePerShare: 7, acquiredDisposed: 'A', sharesOwnedAfter: 12759, directOrIndirect: 'D',
      natureOfOwnership: null, footnoteIds: {}, formType: null, equitySwapInvolved: null,
      timeliness: null, totalValue: null, valueOwnedAfter: null, value: 5495,
    }]);
    expect([json.footnotes, json.remarks, json.reportingOwners[0]?.name]).toEqual([[], null, 'Federico Richard D']);
  });

  it('is keyed by an id derived from its content when no accession is known', () => {
    const { accession } = store(seed);
    expect(accession).toBe(seedDerivedAccession);
    expect(getFilingJson(accession, t.db)?.issuer.ticker).toBe('AMOT');
  });
});

describe('loading again', () => {
  const xml = ownershipXml();

  it('skips the same filing under the same accession and makes no duplicates', () => {
    expect(store(xml, { accession: '0009990901-24-000001' }).status).toBe('loaded');
    const before = ['filings', 'filing_rows', 'filing_owners', 'owners', 'issuers'].map((n) => count(n));
    expect(store(xml, { accession: '0009990901-24-000001' })).toEqual({ status: 'skipped', accession: '0009990901-24-000001' });
    const after = ['filings', 'filing_rows', 'filing_owners', 'owners', 'issuers'].map((n) => count(n));
    expect(after).toEqual(before);
    expect(before).toEqual([1, 1, 1, 1, 1]);
  });

  it('replaces changed content atomically, leaving nothing of the old version', () => {
    store(xml, { accession: '0009990901-24-000001' });
    const changed = ownershipXml({ shares: '250', footnote: 'Corrected price.' });
    expect(store(changed, { accession: '0009990901-24-000001' }).status).toBe('replaced');
    const json = getFilingJson('0009990901-24-000001', t.db)!;
    expect(json.nonDerivative).toHaveLength(1);
    expect(json.nonDerivative[0]!.shares).toBe(250);
    expect(json.footnotes).toEqual([{ id: 'F1', text: 'Corrected price.' }]);
    expect([count('filings'), count('filing_rows'), count('filing_owners')]).toEqual([1, 1, 1]);
  });

  it('replaces with --force even when the content is the same', () => {
    store(xml, { accession: '0009990901-24-000001' });
    expect(store(xml, { accession: '0009990901-24-000001', force: true }).status).toBe('replaced');
    expect(count('filing_rows')).toBe(1);
  });

  it('makes one filing of a bare XML without accession loaded twice', () => {
    const first = store(xml);
    const second = store(xml);
    expect(first.status).toBe('loaded');
    expect(second).toEqual({ status: 'skipped', accession: first.accession });
    expect(count('filings')).toBe(1);
  });

  it('replaces the derived id when the same XML arrives with its real accession, and skips it afterwards', () => {
    const bare = store(xml);
    expect(bare.accession.startsWith('x')).toBe(true);
    expect(store(xml, { accession: '0009990901-24-000007' })).toEqual({ status: 'replaced', accession: '0009990901-24-000007' });
    expect(count('filings')).toBe(1);
    expect(getFilingJson(bare.accession, t.db)).toBeNull();
    // The bare file again: already stored under its real accession.
    expect(store(xml)).toEqual({ status: 'skipped', accession: '0009990901-24-000007' });
    expect(count('filings')).toBe(1);
  });

  it('stores a filing under its accession unhashed while no bare XML is stored, and hashes it when a bare copy arrives', () => {
    const storedHash = () => t.sqlite.prepare('SELECT content_hash FROM filings WHERE accession = ?').pluck().get('0009990901-24-000008');
    expect(store(xml, { accession: '0009990901-24-000008' }).status).toBe('loaded');
    expect(storedHash()).toBe('');
    // The same file again, and another file with the same ownership XML (as a submission and its bare XML are).
    expect(store(xml, { accession: '0009990901-24-000008' }).status).toBe('skipped');
    expect(store(`${xml}\n\n`, { accession: '0009990901-24-000008' }).status).toBe('skipped');
    expect(storedHash()).toBe('');
    // A bare copy without accession is found by its content, which hashes the stored one.
    expect(store(xml)).toEqual({ status: 'skipped', accession: '0009990901-24-000008' });
    expect(storedHash()).toBe(createHash('sha256').update(xml.trimEnd()).digest('hex'));
    expect(count('filings')).toBe(1);
  });

  it('takes the filing date and acceptance time from a submission of an XML stored bare', () => {
    store(xml, { accession: '0009990901-24-000001' });
    const parsed = parseFiling(xml);
    const withHeader: ParsedFiling = { ...parsed, accession: '0009990901-24-000001', filedAt: '2024-03-05', acceptedAt: '2024-03-05T16:02:11' };
    expect(t.store.storeFiling(withHeader, { document: xml }).status).toBe('replaced');
    expect(getFilingJson('0009990901-24-000001', t.db)).toMatchObject({ filedAt: '2024-03-05', acceptedAt: '2024-03-05T16:02:11' });
    // The bare XML once more adds nothing: skipped, and the header stays.
    expect(store(xml, { accession: '0009990901-24-000001' }).status).toBe('skipped');
    expect(getFilingJson('0009990901-24-000001', t.db)?.filedAt).toBe('2024-03-05');
  });

  it('keeps the filing date and acceptance time when a different copy of the XML replaces its submission', () => {
    // The corpus holds such pairs: 0000002488-24-000005 as a submission and, re-serialised, as a bare XML.
    const parsed = parseFiling(xml);
    const submission: ParsedFiling = { ...parsed, accession: '0009990901-24-000002', filedAt: '2024-03-06', acceptedAt: '2024-03-06T09:15:00' };
    expect(t.store.storeFiling(submission, { document: xml }).status).toBe('loaded');
    const copy = xml.replace('</ownershipDocument>', '<!-- re-serialised -->\n</ownershipDocument>');
    expect(store(copy, { accession: '0009990901-24-000002' }).status).toBe('replaced');
    expect(getFilingJson('0009990901-24-000002', t.db)).toMatchObject({ filedAt: '2024-03-06', acceptedAt: '2024-03-06T09:15:00' });
  });
});

/** A filing whose last row has no kind: it fails NOT NULL after the filing, its owners and first rows are written. */
function withBrokenLastRow(parsed: ParsedFiling): ParsedFiling {
  const rows = [...parsed.nonDerivative, { ...parsed.nonDerivative[0]!, kind: null as unknown as 'transaction' }];
  return { ...parsed, nonDerivative: rows };
}

describe('a batch', () => {
  it('storeFilings keeps the good filings when one fails half-way, and nothing of the failed one', () => {
    const items = ['9990921', '9990922', '9990923', '9990924'].map((ownerCik, i) => {
      const parsed = parseFiling(ownershipXml({ ownerCik }));
      // The third: a last row without a kind violates NOT NULL after its filing, owners and first rows are written.
      const broken = i === 2 ? withBrokenLastRow(parsed) : parsed;
      return { parsed: broken, options: { document: parsed.ownershipXml, accession: `0009990920-24-00000${i}` } };
    });
    const outcomes = t.store.storeFilings(items);
    expect(outcomes.map((o) => o.status)).toEqual(['loaded', 'loaded', 'failed', 'loaded']);
    expect(String((outcomes[2] as { error: unknown }).error)).toMatch(/NOT NULL constraint failed: filing_rows.kind/);
    expect(t.store.countFilings()).toBe(3);
    expect(count('filing_rows', 'accession = ?', '0009990920-24-000002')).toBe(0);
    expect(count('owners', 'cik = ?', '9990923')).toBe(0);
    expect(count('filing_rows')).toBe(3);
    // All good: one pass, everything stored.
    expect(t.store.storeFilings(items.filter((_, i) => i !== 2)).map((o) => o.status)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(t.store.storeFilings([])).toEqual([]);
  });

  it('storeFilings inside a batch (as the ingest runs it) keeps the good filings and the batch before it', () => {
    const items = ['9990931', '9990932', '9990933'].map((ownerCik, i) => {
      const parsed = parseFiling(ownershipXml({ ownerCik }));
      return { parsed: i === 1 ? withBrokenLastRow(parsed) : parsed, options: { document: parsed.ownershipXml, accession: `0009990930-24-00000${i}` } };
    });
    const earlier = parseFiling(ownershipXml({ ownerCik: '9990930' }));
    const outcomes = t.store.batch(() => {
      t.store.storeFiling(earlier, { document: earlier.ownershipXml, accession: '0009990930-24-000009' });
      return t.store.storeFilings(items);
    });
    expect(outcomes.map((o) => o.status)).toEqual(['loaded', 'failed', 'loaded']);
    expect(['0009990930-24-000009', '0009990930-24-000000', '0009990930-24-000001', '0009990930-24-000002'].map((a) => t.store.hasFiling(a)))
      .toEqual([true, true, false, true]);
    expect(count('filing_rows', 'accession = ?', '0009990930-24-000001')).toBe(0);
  });

  it('keeps the good filings when one fails half-way, and nothing of the failed one', () => {
    const good1 = parseFiling(ownershipXml({ ownerCik: '9990911' }));
    const good2 = parseFiling(ownershipXml({ ownerCik: '9990912' }));
    const bad = parseFiling(ownershipXml({ ownerCik: '9990913' }));
    const broken = withBrokenLastRow(bad);
    const outcomes = t.store.batch(() => [good1, broken, good2].map((parsed, i) => {
      try {
        return t.store.storeFiling(parsed, { document: parsed.ownershipXml, accession: `0009990900-24-00000${i}` }).status;
      } catch (error) {
        return `failed: ${(error as Error).message}`;
      }
    }));
    expect(outcomes[0]).toBe('loaded');
    expect(outcomes[1]).toMatch(/^failed: NOT NULL constraint failed: filing_rows.kind/);
    expect(outcomes[2]).toBe('loaded');
    expect(t.store.countFilings()).toBe(2);
    expect(t.store.hasFiling('0009990900-24-000001')).toBe(false);
    expect(count('filing_rows', 'accession = ?', '0009990900-24-000001')).toBe(0);
    expect(count('filing_owners', 'accession = ?', '0009990900-24-000001')).toBe(0);
    expect(count('owners', 'cik = ?', '9990913')).toBe(0);
  });
});

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

describe('deleting', () => {
  it('removes a filing and everything under it', () => {
    store(ownershipXml(), { accession: '0009990901-24-000001' });
    expect(t.store.deleteFiling('0009990901-24-000001')).toBe(true);
    expect(t.store.deleteFiling('0009990901-24-000001')).toBe(false);
    expect([count('filings'), count('filing_rows'), count('filing_owners')]).toEqual([0, 0, 0]);
  });
});

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFiling } from '../lib/parser/index';
import type { ParsedFiling } from '../lib/parser/types';
import { seedContentHash, seedDerivedAccession, seedFixture } from '../test/support/corpus';
import { ownershipXml } from '../test/support/ownership-xml';
import { storeShorthands, tempStorePerTest } from '../test/support/temp-store-helpers';
import { packDocument, unpackDocument } from './document';
import { getFilingDocument } from '../ingest/filing-document';
import { getFilingJson } from './queries/filing-json';

const t = tempStorePerTest();
const { count, store } = storeShorthands(() => t);

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
      issuerIndustry: null,
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

  it('takes the filing date, acceptance time and industry from a submission of an XML stored bare', () => {
    store(xml, { accession: '0009990901-24-000001' });
    expect(getFilingJson('0009990901-24-000001', t.db)?.issuerIndustry).toBeNull();
    const parsed = parseFiling(xml);
    const issuerIndustry = { sic: '3621', title: 'MOTORS & GENERATORS' };
    const withHeader: ParsedFiling = { ...parsed, accession: '0009990901-24-000001', filedAt: '2024-03-05', acceptedAt: '2024-03-05T16:02:11', issuerIndustry };
    expect(t.store.storeFiling(withHeader, { document: xml }).status).toBe('replaced');
    expect(getFilingJson('0009990901-24-000001', t.db)).toMatchObject({ filedAt: '2024-03-05', acceptedAt: '2024-03-05T16:02:11', issuerIndustry });
    // The bare XML once more adds nothing: skipped, and the header stays.
    expect(store(xml, { accession: '0009990901-24-000001' }).status).toBe('skipped');
    expect(getFilingJson('0009990901-24-000001', t.db)).toMatchObject({ filedAt: '2024-03-05', issuerIndustry });
    // A header that only adds the industry (EDGAR gave the company a code since) is worth the reload.
    const recoded = { sic: '3620', title: 'ELECTRICAL INDUSTRIAL APPARATUS' };
    expect(t.store.storeFiling({ ...withHeader, issuerIndustry: recoded }, { document: xml }).status).toBe('replaced');
    expect(getFilingJson('0009990901-24-000001', t.db)?.issuerIndustry).toEqual(recoded);
  });

  it('keeps the filing date and acceptance time when a different copy of the XML replaces its submission', () => {
    // The corpus holds such pairs: 0000002488-24-000005 as a submission and, re-serialised, as a bare XML.
    const parsed = parseFiling(xml);
    const issuerIndustry = { sic: '3674', title: null };
    const submission: ParsedFiling = { ...parsed, accession: '0009990901-24-000002', filedAt: '2024-03-06', acceptedAt: '2024-03-06T09:15:00', issuerIndustry };
    expect(t.store.storeFiling(submission, { document: xml }).status).toBe('loaded');
    const copy = xml.replace('</ownershipDocument>', '<!-- re-serialised -->\n</ownershipDocument>');
    expect(store(copy, { accession: '0009990901-24-000002' }).status).toBe('replaced');
    expect(getFilingJson('0009990901-24-000002', t.db)).toMatchObject({ filedAt: '2024-03-06', acceptedAt: '2024-03-06T09:15:00', issuerIndustry });
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

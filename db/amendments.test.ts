// Amendment links. The corpus has a single 4/A whose original is not in it, so the cases are built
// here: an insider files a Form 4, then a 4/A correcting it (a wrong price, a missed row), naming
// the original's filing date in dateOfOriginalSubmission. Loads come in any order (a bulk load of
// a folder, an EDGAR fetch of only the newest filings), and the link must not depend on it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFiling } from '../lib/parser/index';
import { corpusDir, fixturesDir, hasCorpus, warnIfNoCorpus } from '../test/support/corpus';
import { ownershipXml, type OwnershipXmlOptions } from '../test/support/ownership-xml';
import { openTempStore } from '../test/support/temp-db';
import { tempStorePerTest } from '../test/support/temp-store-helpers';
import { chooseAmendedFiling } from './amendments';
import { getFilingJson } from './queries/filing-json';

const t = tempStorePerTest();

/** Stores a built filing as EDGAR would deliver it: with accession and filing date. */
function file(accession: string, filedAt: string | null, options: OwnershipXmlOptions) {
  const xml = ownershipXml(options);
  const parsed = { ...parseFiling(xml), accession, filedAt };
  return t.store.storeFiling(parsed, { document: xml, source: accession });
}

const amends = (accession: string) => getFilingJson(accession, t.db)?.amends;
const original = { formType: '4', periodOfReport: '2024-03-01' } as const;
const amendment = { formType: '4/A', periodOfReport: '2024-03-01', dateOfOriginalSubmission: '2024-03-04', price: '10.55' } as const;

describe('an amendment', () => {
  it('links to its original when the original was stored first', () => {
    file('0009990901-24-000001', '2024-03-04', original);
    file('0009990901-24-000002', '2024-03-20', amendment);
    expect(amends('0009990901-24-000002')).toBe('0009990901-24-000001');
    expect(getFilingJson('0009990901-24-000001', t.db)?.amendedBy).toEqual(['0009990901-24-000002']);
    expect(amends('0009990901-24-000001')).toBeNull();
  });

  it('links to its original when the amendment was stored first', () => {
    file('0009990901-24-000002', '2024-03-20', amendment);
    expect(amends('0009990901-24-000002')).toBeNull();
    file('0009990901-24-000001', '2024-03-04', original);
    expect(amends('0009990901-24-000002')).toBe('0009990901-24-000001');
  });

  it('prefers the original filed on its dateOfOriginalSubmission over a later one', () => {
    // Two Form 4s for the same period by the same insider (a second one filed a day later).
    file('0009990901-24-000001', '2024-03-04', original);
    file('0009990901-24-000003', '2024-03-05', { ...original, shares: '50' });
    file('0009990901-24-000002', '2024-03-20', amendment);
    expect(amends('0009990901-24-000002')).toBe('0009990901-24-000001');
  });

  it('gets the same link in every load order', () => {
    const filings: [string, string, OwnershipXmlOptions][] = [
      ['0009990901-24-000001', '2024-03-04', original],
      ['0009990901-24-000003', '2024-03-05', { ...original, shares: '50' }],
      ['0009990901-24-000002', '2024-03-20', amendment],
    ];
    for (const order of [[0, 1, 2], [2, 1, 0], [1, 2, 0], [2, 0, 1]]) {
      t.close();
      Object.assign(t, openTempStore());
      for (const i of order) file(...filings[i]!);
      expect(amends('0009990901-24-000002'), `order ${order.join(',')}`).toBe('0009990901-24-000001');
    }
  });

  it('falls back to the latest original filed before it when no filing date matches', () => {
    file('0009990901-24-000001', '2024-03-04', original);
    file('0009990901-24-000003', '2024-03-06', { ...original, shares: '50' });
    file('0009990901-24-000009', '2024-04-30', { ...original, shares: '70' }); // filed after the amendment
    file('0009990901-24-000002', '2024-03-20', { ...amendment, dateOfOriginalSubmission: '2024-03-05' });
    expect(amends('0009990901-24-000002')).toBe('0009990901-24-000003');
  });

  it('is not linked to another insider, issuer, period or form', () => {
    file('0009990901-24-000011', '2024-03-04', { ...original, ownerCik: '9990999' });
    file('0009990901-24-000012', '2024-03-04', { ...original, issuerCik: '9990998' });
    file('0009990901-24-000013', '2024-03-04', { ...original, periodOfReport: '2024-02-29' });
    file('0009990901-24-000014', '2024-03-04', { ...original, formType: '5' });
    file('0009990901-24-000002', '2024-03-20', amendment);
    expect(amends('0009990901-24-000002')).toBeNull();
  });

  it('links bare XMLs (no filing date) by their signature dates', () => {
    const xmlOriginal = ownershipXml({ ...original, signatureDate: '2024-03-04' });
    const xmlAmendment = ownershipXml({ ...amendment, signatureDate: '2024-03-20' });
    const a = t.store.storeFiling(parseFiling(xmlAmendment), { document: xmlAmendment });
    const o = t.store.storeFiling(parseFiling(xmlOriginal), { document: xmlOriginal });
    expect(amends(a.accession)).toBe(o.accession);
  });

  it('keeps its link when the original is loaded again with changes, and loses it when the original is deleted', () => {
    file('0009990901-24-000001', '2024-03-04', original);
    file('0009990901-24-000002', '2024-03-20', amendment);
    expect(file('0009990901-24-000001', '2024-03-04', { ...original, shares: '101' }).status).toBe('replaced');
    expect(amends('0009990901-24-000002')).toBe('0009990901-24-000001');
    t.store.deleteFiling('0009990901-24-000001');
    expect(amends('0009990901-24-000002')).toBeNull();
  });

  it('follows its original from a derived id to the real accession', () => {
    const xmlOriginal = ownershipXml({ ...original, signatureDate: '2024-03-04' });
    const bare = t.store.storeFiling(parseFiling(xmlOriginal), { document: xmlOriginal });
    file('0009990901-24-000002', '2024-03-20', amendment);
    expect(amends('0009990901-24-000002')).toBe(bare.accession);
    t.store.storeFiling(parseFiling(xmlOriginal), { document: xmlOriginal, accession: '0009990901-24-000001' });
    expect(amends('0009990901-24-000002')).toBe('0009990901-24-000001');
  });

  it('links the 3/A and 5/A fixtures to originals filed on their dateOfOriginalSubmission', () => {
    for (const [name, base] of [['form3a-amended-holdings.xml', '3'], ['form5a-amended-annual.xml', '5']] as const) {
      const text = readFileSync(`${fixturesDir}/${name}`, 'utf8');
      const parsed = parseFiling(text);
      expect(parsed.dateOfOriginalSubmission).not.toBeNull();
      // The original: the same document as first filed, under the base form type.
      const originalXml = text.replace(/<documentType>[^<]*<\/documentType>/, `<documentType>${base}</documentType>`)
        .replace(/\s*<dateOfOriginalSubmission>[^<]*<\/dateOfOriginalSubmission>/, '');
      const amendmentResult = t.store.storeFiling({ ...parsed, accession: `0009990000-23-00000${base}` }, { document: text });
      const originalParsed = { ...parseFiling(originalXml), accession: `0009990000-23-00001${base}`, filedAt: parsed.dateOfOriginalSubmission };
      t.store.storeFiling(originalParsed, { document: originalXml });
      expect(amends(amendmentResult.accession), name).toBe(`0009990000-23-00001${base}`);
    }
  });
});

describe.skipIf(!hasCorpus)('the corpus 4/A (Lam Research, 2025-01-21)', () => {
  warnIfNoCorpus('the corpus 4/A amendment test');
  it('links to an original with the same key loaded after it', () => {
    const text = readFileSync(`${corpusDir}/submissions/0000707549-25-000004.txt`, 'utf8');
    const parsed = parseFiling(text);
    expect(parsed.formType).toBe('4/A');
    t.store.storeFiling(parsed, { document: text });
    expect(amends('0000707549-25-000004')).toBeNull();
    // Its original is not in the corpus: stand one in, filed on the date the amendment names.
    const originalParsed = { ...parsed, formType: '4' as const, accession: '0000707549-24-999999', filedAt: parsed.dateOfOriginalSubmission, dateOfOriginalSubmission: null, ownershipXml: `${parsed.ownershipXml}<!-- original -->` };
    t.store.storeFiling(originalParsed, { document: text });
    expect(amends('0000707549-25-000004')).toBe('0000707549-24-999999');
  });
});

describe('chooseAmendedFiling', () => {
  const c = (accession: string, filedAt: string | null, effectiveDate = filedAt) => ({ accession, filedAt, effectiveDate });
  it('prefers the filing date named, then the latest before, and breaks ties by accession', () => {
    expect(chooseAmendedFiling({ dateOfOriginalSubmission: '2024-01-02', effectiveDate: '2024-02-01' }, [c('a', '2024-01-01'), c('b', '2024-01-02'), c('c', '2024-01-03')])).toBe('b');
    expect(chooseAmendedFiling({ dateOfOriginalSubmission: null, effectiveDate: '2024-02-01' }, [c('a', '2024-01-01'), c('c', '2024-03-03')])).toBe('a');
    expect(chooseAmendedFiling({ dateOfOriginalSubmission: null, effectiveDate: '2024-02-01' }, [c('b', '2024-01-01'), c('a', '2024-01-01')])).toBe('b');
    expect(chooseAmendedFiling({ dateOfOriginalSubmission: null, effectiveDate: '2024-02-01' }, [c('c', '2024-03-03')])).toBeNull();
    expect(chooseAmendedFiling({ dateOfOriginalSubmission: '2024-01-02', effectiveDate: null }, [])).toBeNull();
    expect(chooseAmendedFiling({ dateOfOriginalSubmission: '2024-01-02', effectiveDate: null }, [c('a', null, '2024-01-02'), c('b', null, '2024-01-05')])).toBe('a');
  });
});

// Every real filing of the corpus, stored through the ingest pipeline into a real SQLite file and
// read back. The expectations come from outside the code: the corpus MANIFEST.tsv (form, schema,
// issuer, period, rows by kind, footnotes), the raw text read with plain regular expressions
// (test/support/xml-counts.ts: element counts, each row's fields, the submission header's dates),
// and, for a handful of named filings, values written out here by hand from the filed XML.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../ingest/files';
import type { IngestSummary } from '../ingest/pipeline';
import { corpusDir, corpusFiles, hasCorpus, manifestCounts, readManifest, warnIfNoCorpus, type ManifestRow } from '../test/support/corpus';
import { openTempStore, type TempStore } from '../test/support/temp-db';
import { rawCounts, rawHeaderDates, rawRows } from '../test/support/xml-counts';
import { accessionFromPath } from './accession';
import { unpackDocument } from './document';
import { getFilingJson } from './queries/filing-json';
import { getIssuerByCik } from './queries/issuers';
import type { FilingJson } from '../lib/domain/filing-json';

warnIfNoCorpus('db/corpus.test.ts (every corpus filing stored and read back)');

const files = [...corpusFiles('xml'), ...corpusFiles('submissions')];
const manifest = readManifest();
const manifestByAccession = new Map([...manifest.values()].map((m) => [m.accession, m]));

/** The MANIFEST row of a corpus file: by name for xml/, by accession for a submission (each is also in xml/). */
function manifestRowOf(file: string): ManifestRow | undefined {
  const name = path.basename(file);
  return manifest.get(name) ?? manifestByAccession.get(name.replace(/\.(txt|nc)$/, ''));
}

describe.skipIf(!hasCorpus)('the corpus, stored and read back', () => {
  let t: TempStore;
  let summary: IngestSummary;
  const accessionOf = new Map<string, string>();
  const filing = (accession: string): FilingJson => {
    const json = getFilingJson(accession, t.db);
    if (json === null) throw new Error(`${accession} is not stored`);
    return json;
  };
  const storedRows = (accession: string) =>
    t.sqlite.prepare(`
      SELECT "table", kind, security_title AS securityTitle, transaction_date AS transactionDate, code, shares,
        price_per_share AS pricePerShare, acquired_disposed AS acquiredDisposed, shares_owned_after AS sharesOwnedAfter,
        direct_or_indirect AS directOrIndirect, conversion_or_exercise_price AS conversionOrExercisePrice,
        underlying_shares AS underlyingShares, value
      FROM filing_rows WHERE accession = ? ORDER BY "table" DESC, position`).all(accession) as Array<Record<string, unknown>>;

  beforeAll(() => {
    t = openTempStore();
    summary = ingestPaths([path.join(corpusDir, 'xml'), path.join(corpusDir, 'submissions')], {
      store: t.store,
      onOutcome: (outcome) => {
        if (outcome.status !== 'failed') accessionOf.set(outcome.source, outcome.accession);
      },
    });
  });
  afterAll(() => t.close());

  it('loads every file, and each submission replaces the bare XML of the same accession', () => {
    expect(files.length).toBe(451);
    expect(summary.failures).toEqual([]);
    // All 22 submissions are also in xml/ as bare XML: the submission adds the filing date.
    expect({ loaded: summary.loaded, replaced: summary.replaced, skipped: summary.skipped }).toEqual({ loaded: 429, replaced: 22, skipped: 0 });
    expect(t.store.countFilings()).toBe(429);
  });

  it('keys each file by the accession in its name, or by content when its name has none', () => {
    for (const file of files) {
      const fromName = accessionFromPath(file);
      const stored = accessionOf.get(file);
      if (fromName) expect(stored, file).toBe(fromName);
      else expect(stored, file).toMatch(/^x[0-9a-f]{20}$/);
    }
  });

  it.each(files.map((file) => [path.basename(file), file]))('%s keeps what its MANIFEST row and its XML say', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const accession = accessionOf.get(file)!;
    const json = filing(accession);
    const row = t.sqlite.prepare('SELECT document, source FROM filings WHERE accession = ?').get(accession) as { document: Buffer; source: string };
    if (row.source !== file) {
      // A bare XML whose submission (same accession, same filing) was loaded after it.
      expect(path.dirname(file)).toBe(path.join(corpusDir, 'xml'));
      expect(path.basename(row.source)).toMatch(new RegExp(`^${accession}\\.(txt|nc)$`));
    } else {
      expect(unpackDocument(row.document)).toBe(text);
    }

    const m = manifestRowOf(file);
    expect(m, `MANIFEST row for ${file}`).toBeDefined();
    const counts = manifestCounts(m!);
    expect({ formType: json.formType, schemaVersion: json.schemaVersion, issuerCik: json.issuer.cik, periodOfReport: json.periodOfReport })
      .toEqual({ formType: m!.form_type, schemaVersion: m!.schema_version, issuerCik: m!.issuer_cik.replace(/^0+/, ''), periodOfReport: m!.period });
    const rows = storedRows(accession);
    const byKind = (table: 'N' | 'D', kind: string) => rows.filter((r) => r.table === table && r.kind === kind).length;
    expect({
      nonDerivative: { transaction: byKind('N', 'transaction'), holding: byKind('N', 'holding') },
      derivative: { transaction: byKind('D', 'transaction'), holding: byKind('D', 'holding') },
      footnotes: json.footnotes.length,
    }).toEqual(counts);

    // Every row's fields as the raw text has them, Table I then Table II, in the order filed.
    expect(rows.map(({ value: _value, ...r }) => r)).toEqual(rawRows(text));
    expect(rawCounts(text)).toEqual({
      reportingOwners: json.reportingOwners.length,
      nonDerivative: json.nonDerivative.length,
      derivative: json.derivative.length,
      footnotes: json.footnotes.length,
      signatures: json.signatures.length,
    });
  });

  it('takes the filing date and acceptance time from each submission’s header', () => {
    for (const file of corpusFiles('submissions')) {
      const json = filing(accessionOf.get(file)!);
      const header = rawHeaderDates(readFileSync(file, 'utf8'));
      expect(header.filedAt, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // An .nc feed file's header has no acceptance time.
      if (file.endsWith('.txt')) expect(header.acceptedAt, file).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
      else expect(header.acceptedAt, file).toBeNull();
      expect({ filedAt: json.filedAt, acceptedAt: json.acceptedAt }, file).toEqual(header);
    }
  });

  it("names an issuer's industry from its submissions' headers, and none from bare XML alone", () => {
    // Tesla: three .txt submissions (one with indented header lines) and many bare XMLs.
    expect(getIssuerByCik('1318605', t.db)?.industry).toEqual({ sic: '3711', title: 'MOTOR VEHICLES & PASSENGER CAR BODIES' });
    // AMD: an .nc feed file, which gives the code alone.
    expect(getIssuerByCik('2488', t.db)?.industry).toEqual({ sic: '3674', title: null });
    // Palantir: bare XMLs only.
    expect(getIssuerByCik('1321655', t.db)?.industry).toBeNull();
    // Every filing's own header, in its JSON.
    expect(filing('0001018724-24-000077').issuerIndustry).toEqual({ sic: '5961', title: 'RETAIL-CATALOG & MAIL-ORDER HOUSES' });
  });

  it('stores each row with its issuer and filing date, and a value of shares × price', () => {
    const bad = t.sqlite.prepare(`
      SELECT count(*) AS n FROM filing_rows r JOIN filings f ON f.accession = r.accession
      WHERE r.issuer_cik <> f.issuer_cik OR r.filed_at IS NOT f.filed_at
        OR (typeof(r.shares) IN ('integer', 'real') AND typeof(r.price_per_share) IN ('integer', 'real')
            AND (r.value IS NULL OR abs(r.value - r.shares * r.price_per_share) > 0.01 * max(1, abs(r.value))))
        OR (typeof(r.price_per_share) = 'text' AND r.value IS NOT NULL)`).get() as { n: number };
    expect(bad.n).toBe(0);
  });

  it('passes SQLite integrity and foreign key checks', () => {
    expect(t.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(t.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  describe('named filings, as filed', () => {
    it('Lam Research 4/A (a submission): a director’s gift to her trust, both lines at price 0', () => {
      const json = filing('0000707549-25-000004');
      expect(json).toMatchObject({
        formType: '4/A', periodOfReport: '2024-11-04', dateOfOriginalSubmission: '2024-11-04', schemaVersion: 'X0508',
        filedAt: '2025-01-21', acceptedAt: '2025-01-21T13:23:57', aff10b5One: false, notSubjectToSection16: false,
        issuer: { cik: '707549', name: 'LAM RESEARCH CORP', ticker: 'LRCX' },
        remarks: "Adjusted to reflect a ten-for-one forward split of the Issuer's common stock effective after market close on October 2, 2024.",
        signatures: [{ name: 'Marta Woods by Power of Attorney', date: '2024-12-10' }],
      });
      expect(json.reportingOwners).toEqual([expect.objectContaining({
        cik: '1779037', name: 'Ahmed Sohail U', isDirector: true, isOfficer: false, isTenPercentOwner: false, isOther: false,
        street1: 'C/O LAM RESEARCH CORPORATION', street2: '4650 CUSHING PARKWAY', city: 'FREMONT', state: 'CA', zipCode: '94538',
      })]);
      expect(json.nonDerivative).toEqual([
        expect.objectContaining({ kind: 'transaction', securityTitle: 'Common Stock', transactionDate: '2024-11-04', code: 'G', shares: 3690, pricePerShare: 0, acquiredDisposed: 'D', sharesOwnedAfter: 0, directOrIndirect: 'D', natureOfOwnership: null, footnoteIds: { directOrIndirect: ['F1'] }, value: 0 }),
        expect.objectContaining({ kind: 'transaction', code: 'G', shares: 3690, pricePerShare: 0, acquiredDisposed: 'A', sharesOwnedAfter: 30630, directOrIndirect: 'I', natureOfOwnership: 'by trust', footnoteIds: { directOrIndirect: ['F1'] }, value: 0 }),
      ]);
      expect(json.derivative).toEqual([]);
      expect(json.footnotes.map((f) => f.id)).toEqual(['F1']);
      expect(json.footnotes[0]!.text).toMatch(/^On November 04, 2024, the reporting person transferred 3,690 shares of LRCX common stock to the Sohail Family Trust/);
    });

    it('Better Home & Finance (a submission): eight 10% owners filing jointly, a conversion with its price only in a footnote', () => {
      const json = filing('0001493152-25-009612');
      expect(json).toMatchObject({
        formType: '4', periodOfReport: '2024-12-09', filedAt: '2025-03-07', acceptedAt: '2025-03-07T21:00:08',
        issuer: { cik: '1835856', name: 'Better Home & Finance Holding Co', ticker: 'BETR' },
      });
      expect(json.reportingOwners.map((o) => [o.cik, o.name, o.isTenPercentOwner, o.isDirector])).toEqual([
        ['1065521', 'SOFTBANK GROUP CORP.', true, false],
        ['1883884', 'SB Global Advisers Ltd', true, false],
        ['1787613', 'SOFTBANK VISION FUND II-2 L.P.', true, false],
        ['1883559', 'SVF II Aggregator (Jersey) L.P.', true, false],
        ['1883900', 'SVF II Holdings (DE) LLC', true, false],
        ['1990707', 'SVF II Beaver (DE) LLC', true, false],
        ['1991269', 'Silver Brick Management PTE. LTD.', true, false],
        ['1818296', 'SB Management Ltd', true, false],
      ]);
      expect(json.nonDerivative).toEqual([expect.objectContaining({
        kind: 'transaction', securityTitle: 'Class A Common Stock', transactionDate: '2024-12-09', code: 'C', shares: 628553,
        pricePerShare: null, acquiredDisposed: 'A', sharesOwnedAfter: 628553, directOrIndirect: 'I', natureOfOwnership: 'By SVF II Beaver (DE) LLC',
        footnoteIds: { shares: ['F1'], pricePerShare: ['F2'], sharesOwnedAfter: ['F1'], natureOfOwnership: ['F3'] }, value: null,
      })]);
      expect(json.derivative).toEqual([expect.objectContaining({
        kind: 'transaction', securityTitle: 'Class B Common Stock', conversionOrExercisePrice: null, code: 'C', shares: 628553, pricePerShare: 0,
        acquiredDisposed: 'D', exerciseDate: null, expirationDate: null, underlyingTitle: 'Class A Common Stock', underlyingShares: 628553,
        sharesOwnedAfter: 137545, directOrIndirect: 'I', value: 0,
        footnoteIds: { conversionOrExercisePrice: ['F2'], shares: ['F1'], exerciseDate: ['F2'], expirationDate: ['F2'], underlyingShares: ['F1'], sharesOwnedAfter: ['F1'], natureOfOwnership: ['F3'] },
      })]);
      expect(json.footnotes.map((f) => f.id)).toEqual(['F1', 'F2', 'F3']);
    });

    it('Arrow Electronics (an .nc feed file): an award and a tax withholding at $106.82, footnotes on the security title', () => {
      const json = filing('0001127602-25-004598');
      expect(json).toMatchObject({ formType: '4', periodOfReport: '2025-02-12', filedAt: '2025-02-13', acceptedAt: null, issuer: { cik: '7536', name: 'ARROW ELECTRONICS, INC.', ticker: 'ARW' } });
      expect(json.reportingOwners.map((o) => [o.cik, o.name, o.isOfficer, o.officerTitle])).toEqual([['1870985', 'Jean-Claude Carine Lamercie', true, 'SVP, CLO & Secretary']]);
      expect(json.nonDerivative.map((r) => [r.code, r.shares, r.pricePerShare, r.acquiredDisposed, r.sharesOwnedAfter, r.value, r.footnoteIds])).toEqual([
        ['A', 2193, 106.82, 'A', 21878, 234256.26, { securityTitle: ['F1'] }],
        ['F', 1009, 106.82, 'D', 20869, 107781.38, { securityTitle: ['F2'] }],
      ]);
    });

    it('AbCellera (bare XML): a purchase at $20, conversions priced in footnotes, notes filed as total values', () => {
      const json = filing('0000899243-20-034355');
      expect(json.reportingOwners.map((o) => [o.cik, o.name, o.isDirector])).toEqual([['1211060', 'THIEL PETER', true]]);
      expect(json.filedAt).toBeNull();
      expect(json.nonDerivative).toHaveLength(8);
      expect(json.nonDerivative[0]).toMatchObject({ code: 'C', shares: 3811260, pricePerShare: null, sharesOwnedAfter: 4702780, value: null, footnoteIds: { pricePerShare: ['F2'], natureOfOwnership: ['F1'] } });
      expect(json.nonDerivative[2]).toMatchObject({ code: 'P', shares: 3000000, pricePerShare: 20, sharesOwnedAfter: 10179880, directOrIndirect: 'I', value: 60000000 });
      expect(json.derivative).toHaveLength(10);
      // A convertible note: no shares, a total value of $30,430,000 filed instead, and as the price.
      expect(json.derivative[0]).toMatchObject({
        securityTitle: 'Convertible Note', transactionDate: '2020-12-11', code: 'A', shares: null, totalValue: 30430000, pricePerShare: 30430000,
        valueOwnedAfter: 30430000, sharesOwnedAfter: null, underlyingShares: 2477100, value: 30430000,
        footnoteIds: { conversionOrExercisePrice: ['F6'], exerciseDate: ['F6'], expirationDate: ['F6'], natureOfOwnership: ['F1'] },
      });
      expect(json.derivative[3]).toMatchObject({ securityTitle: 'Series A2 Preferred Shares', code: 'C', shares: 381126, pricePerShare: 0, acquiredDisposed: 'D', underlyingShares: 3811260, value: 0 });
      expect(json.footnotes).toHaveLength(11);
    });

    it('Palantir, May 2021 (bare XML): two conversions and eighteen holdings, thirty footnotes', () => {
      const json = filing('0000899243-21-019441');
      expect(json.issuer).toEqual({ cik: '1321655', name: 'Palantir Technologies Inc.', ticker: 'PLTR' });
      expect(json.reportingOwners.map((o) => [o.name, o.isDirector, o.isTenPercentOwner])).toEqual([['THIEL PETER', true, true]]);
      expect(json.nonDerivative.slice(0, 2).map((r) => [r.kind, r.code, r.shares, r.pricePerShare, r.sharesOwnedAfter, r.footnoteIds])).toEqual([
        ['transaction', 'C', 391269, null, 0, { code: ['F1'], pricePerShare: ['F2'], sharesOwnedAfter: ['F3'], natureOfOwnership: ['F4'] }],
        ['transaction', 'C', 125599, null, 0, { code: ['F1'], pricePerShare: ['F2'], sharesOwnedAfter: ['F3'], natureOfOwnership: ['F5'] }],
      ]);
      expect(json.nonDerivative[2]).toMatchObject({ kind: 'holding', sharesOwnedAfter: 5413781, directOrIndirect: 'D', footnoteIds: { sharesOwnedAfter: ['F3'] } });
      expect(json.nonDerivative[13]).toMatchObject({ kind: 'holding', sharesOwnedAfter: 77851188, directOrIndirect: 'I', footnoteIds: { sharesOwnedAfter: ['F13'], natureOfOwnership: ['F17'] } });
      expect(json.nonDerivative.filter((r) => r.kind === 'holding')).toHaveLength(18);
      // Table II as filed: a holding between the second and third transaction.
      const [T, H] = ['transaction', 'holding'];
      expect(json.derivative.map((r) => r.kind)).toEqual([T, T, H, T, T, T, T, T, T, H, H, H, H, H]);
      expect(json.footnotes.map((f) => f.id)).toEqual(Array.from({ length: 30 }, (_, i) => `F${i + 1}`));
    });

    it('Endeavor Form 3 (bare XML): a director with no securities owned and no rows', () => {
      const json = filing('0000899243-21-017509');
      expect(json).toMatchObject({
        formType: '3', periodOfReport: '2021-04-29', noSecuritiesOwned: true, nonDerivative: [], derivative: [], footnotes: [],
        issuer: { cik: '1766363', name: 'Endeavor Group Holdings, Inc.', ticker: 'EDR' },
      });
      expect(json.reportingOwners.map((o) => [o.cik, o.name, o.isDirector])).toEqual([['1494730', 'Musk Elon', true]]);
      expect(json.remarks).not.toBeNull();
      expect(storedRows('0000899243-21-017509')).toEqual([]);
    });
  });
});

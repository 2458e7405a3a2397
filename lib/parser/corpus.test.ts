// The parser against every real filing in ../shared/corpus. Expected values come from sources
// independent of the parser: plain regular expressions over the raw text, the corpus MANIFEST
// (written by whoever gathered the corpus) and the file names.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir as corpusRoot, corpusFiles, hasCorpus, manifestCounts, readManifest, warnIfNoCorpus } from '../../test/support/corpus';
import { catchParseError, catchParseErrorOrNull } from '../../test/support/parse-error';
import { parseFiling, type ParsedFiling } from './index';

warnIfNoCorpus('lib/parser/corpus.test.ts (the parser on every corpus filing)');
const corpusDir = `${corpusRoot}${path.sep}`;
const xmlFiles = corpusFiles('xml').map((f) => path.basename(f));
const submissionFiles = corpusFiles('submissions').map((f) => path.basename(f));

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** The ownership XML of a submission, found independently of the parser: the one `<XML>` block. */
function rawXml(text: string): string {
  const m = /<XML>([\s\S]*?)<\/XML>/.exec(text);
  return m?.[1] ?? text;
}

/** All `<value>`s of an element in document order, as numbers ("1,000" → 1000), null when empty. */
function rawValues(xml: string, element: string): (number | string | null)[] {
  const re = new RegExp(`<${element}>\\s*(?:<value>([^<]*)</value>)?`, 'g');
  return [...xml.matchAll(re)].map((m) => {
    const v = (m[1] ?? '').trim();
    if (v === '') return null;
    const n = Number(v.replaceAll(',', ''));
    return Number.isNaN(n) ? v : n;
  });
}

/** What the file holds, counted with regular expressions over the raw text. */
function expectMatchesRawText(filing: ParsedFiling, raw: string): void {
  const xml = rawXml(raw);
  expect(filing.reportingOwners).toHaveLength(count(xml, /<reportingOwner>/g));
  const kinds = (rows: { kind: string }[]) => rows.map((r) => r.kind);
  const rawKinds = (re: RegExp) => [...xml.matchAll(re)].map((m) => (m[1] === 'Transaction' ? 'transaction' : 'holding'));
  // Transactions and holdings, interleaved in the order filed.
  expect(kinds(filing.nonDerivative)).toEqual(rawKinds(/<nonDerivative(Transaction|Holding)>/g));
  expect(kinds(filing.derivative)).toEqual(rawKinds(/<derivative(Transaction|Holding)>/g));
  expect(filing.footnotes).toHaveLength(count(xml, /<footnote\s/g));
  expect(filing.signatures).toHaveLength(count(xml, /<ownerSignature>/g));
  // Every footnote reference survives, on some field of some row.
  const refs = [...filing.nonDerivative, ...filing.derivative].flatMap((r) => Object.values(r.footnoteIds).flat());
  expect(refs).toHaveLength(count(xml, /<footnoteId\s/g));
  // Values, in document order (Table I precedes Table II in every schema version). Rows without
  // the element (a total value filed instead of shares, say) are compared by leaving nulls out.
  const rows = [...filing.nonDerivative, ...filing.derivative];
  const filed = (values: unknown[]) => values.filter((v) => v !== null);
  const pairs: [keyof (typeof rows)[number] | 'conversionOrExercisePrice' | 'underlyingShares', string][] = [
    ['shares', 'transactionShares'],
    ['pricePerShare', 'transactionPricePerShare'],
    ['totalValue', 'transactionTotalValue'],
    ['sharesOwnedAfter', 'sharesOwnedFollowingTransaction'],
    ['valueOwnedAfter', 'valueOwnedFollowingTransaction'],
    ['conversionOrExercisePrice', 'conversionOrExercisePrice'],
    ['underlyingShares', 'underlyingSecurityShares'],
  ];
  for (const [field, element] of pairs) {
    const parsed = rows.map((r) => (r as unknown as Record<string, unknown>)[field] ?? null);
    expect(filed(parsed), field).toEqual(filed(rawValues(xml, element)));
  }
  // The ownership XML is handed back exactly as it appears in the input.
  expect(raw.includes(filing.ownershipXml)).toBe(true);
  expect(filing.ownershipXml.trimEnd().endsWith('</ownershipDocument>')).toBe(true);
}

/** Footnote ids referenced by rows but missing from the footnotes. */
function missingFootnotes(filing: ParsedFiling): string[] {
  const ids = new Set(filing.footnotes.map((f) => f.id));
  return [...filing.nonDerivative, ...filing.derivative]
    .flatMap((r) => Object.values(r.footnoteIds).flat())
    .filter((id) => !ids.has(id));
}

describe.skipIf(!hasCorpus)('the corpus of real filings', () => {
  const manifest = readManifest();

  it('has the files the tests expect', () => {
    expect(xmlFiles).toHaveLength(429);
    expect(submissionFiles).toHaveLength(22);
  });

  describe.each(xmlFiles)('xml/%s', (name) => {
    const raw = readFileSync(`${corpusDir}xml/${name}`, 'utf8');
    const filing = parseFiling(raw);

    it('holds the owners, rows, footnotes and values in the raw text', () => {
      expectMatchesRawText(filing, raw);
      expect(filing.accession).toBeNull();
      expect(filing.filedAt).toBeNull();
      expect(filing.acceptedAt).toBeNull();
    });

    it('agrees with its MANIFEST row and file name', () => {
      const prefix = name.slice(0, name.indexOf('_')).replace('-', '/');
      expect(filing.formType).toBe(prefix);
      const m = manifest.get(name);
      expect(m, `MANIFEST row for ${name}`).toBeDefined();
      if (m === undefined) return;
      expect(filing.formType).toBe(m.form_type);
      expect(filing.schemaVersion).toBe(m.schema_version);
      expect(filing.issuer.cik).toBe(m.issuer_cik.replace(/^0+/, ''));
      expect(filing.periodOfReport).toBe(m.period);
      const byKind = (rows: { kind: string }[], kind: string) => rows.filter((r) => r.kind === kind).length;
      expect({
        nonDerivative: { transaction: byKind(filing.nonDerivative, 'transaction'), holding: byKind(filing.nonDerivative, 'holding') },
        derivative: { transaction: byKind(filing.derivative, 'transaction'), holding: byKind(filing.derivative, 'holding') },
        footnotes: filing.footnotes.length,
      }).toEqual(manifestCounts(m));
    });

    it('references only footnotes it has', () => {
      // Real filings could reference a footnote they lack; none in this corpus does, so any
      // missing id here is a parser bug (an id put on the wrong filing or mangled).
      expect(missingFootnotes(filing)).toEqual([]);
    });
  });

  describe.each(submissionFiles)('submissions/%s', (name) => {
    const raw = readFileSync(`${corpusDir}submissions/${name}`, 'utf8');
    const filing = parseFiling(raw);

    it('takes accession, filing date and acceptance time from the header', () => {
      expect(filing.accession).toBe(name.replace(/\.(txt|nc)$/, ''));
      const filed = /(?:FILED AS OF DATE:\s*|<FILING-DATE>)(\d{4})(\d\d)(\d\d)/.exec(raw);
      expect(filing.filedAt).toBe(`${filed?.[1]}-${filed?.[2]}-${filed?.[3]}`);
      const accepted = /<ACCEPTANCE-DATETIME>(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)/.exec(raw);
      if (name.endsWith('.nc')) expect(filing.acceptedAt).toBeNull();
      else expect(filing.acceptedAt).toBe(accepted?.slice(1, 4).join('-') + 'T' + accepted?.slice(4, 7).join(':'));
    });

    it('holds the owners, rows, footnotes and values in the raw text', () => {
      expectMatchesRawText(filing, raw);
      expect(missingFootnotes(filing)).toEqual([]);
      const type = /CONFORMED SUBMISSION TYPE:\s*(\S+)|<TYPE>([^<\r\n]+)/.exec(raw);
      expect(filing.formType).toBe((type?.[1] ?? type?.[2])?.trim());
    });
  });

  it('reads known submissions exactly', () => {
    const read = (name: string) => parseFiling(readFileSync(`${corpusDir}submissions/${name}`, 'utf8'));
    const apple = read('0000320193-22-000061.txt');
    expect(apple.acceptedAt).toBe('2022-05-06T18:30:57');
    expect(apple.filedAt).toBe('2022-05-06');
    // 2007, inside a PRIVACY-ENHANCED MESSAGE envelope.
    const genProbe = read('0001179110-07-016964.txt');
    expect(genProbe).toMatchObject({
      accession: '0001179110-07-016964',
      filedAt: '2007-08-17',
      acceptedAt: '2007-08-17T12:41:55',
      schemaVersion: 'X0202',
      issuer: { cik: '820237' },
    });
    expect(genProbe.reportingOwners.map((o) => o.name)).toEqual(['HULL CARL']);
    // Two documents: the Form 4 and a power of attorney (EX-24).
    expect(read('0001127602-25-001055.txt').formType).toBe('4');
    expect(read('0000707549-25-000004.txt').formType).toBe('4/A');
    // A one-line .nc feed file.
    const arrow = read('0001127602-25-004598.nc');
    expect(arrow).toMatchObject({ accession: '0001127602-25-004598', filedAt: '2025-02-13', acceptedAt: null });
    expect(arrow.reportingOwners[0]?.officerTitle).toBe('SVP, CLO & Secretary');
    expect(arrow.nonDerivative.map((r) => [r.code, r.shares, r.pricePerShare, r.sharesOwnedAfter])).toEqual([
      ['A', 2193, 106.82, 21878],
      ['F', 1009, 106.82, 20869],
    ]);
    expect(arrow.footnotes[0]?.text).toContain('Performance Stock Unit ("PSU") grant');
  });

  it('rejects the SEC sample documents as malformed, where WELLFORMEDNESS.txt says', () => {
    const dir = `${corpusDir}sec_spec/sec_sample_docs/`;
    const expected = readFileSync(`${dir}WELLFORMEDNESS.txt`, 'utf8')
      .split('\n')
      .map((l) => /(doc\w+\.xml) MALFORMED: mismatched tag: line (\d+), column (\d+)/.exec(l))
      .filter((m) => m !== null);
    expect(expected).toHaveLength(6);
    for (const m of expected) {
      const err = catchParseError(readFileSync(dir + m[1], 'utf8'));
      expect(err.code, m[1]).toBe('malformed-xml');
      expect(err.message, m[1]).toMatch(/^mismatched tag: expected <\/\w+>, found <\/\w+> \(line \d+, column \d+\)$/);
      expect([err.line, err.column], m[1]).toEqual([Number(m[2]), Number(m[3])]);
    }
    const doc3 = catchParseError(readFileSync(`${dir}doc3.xml`, 'utf8'));
    expect(doc3.message).toBe('mismatched tag: expected </rptOwnerCounrty>, found </rptOwnerState> (line 47, column 33)');
  });

  it('rejects a corpus submission cut short anywhere as truncated', () => {
    for (const name of ['0001179110-07-016964.txt', '0001127602-25-001055.txt', '0001562180-25-000280.nc']) {
      const raw = readFileSync(`${corpusDir}submissions/${name}`, 'utf8');
      const end = raw.lastIndexOf('</ownershipDocument>');
      for (let cut = 60; cut < end; cut += 11) {
        const err = catchParseErrorOrNull(raw.slice(0, cut));
        expect(err?.code, `${name} cut at ${cut}: ${err?.message}`).toBe('malformed-xml');
        expect(err?.message, `${name} cut at ${cut}`).toMatch(/input ends|unclosed|truncated/);
      }
      // Cut after the XML (inside the EX-24 or the closing tags), the filing is complete.
      expect(parseFiling(raw.slice(0, raw.indexOf('</XML>'))).accession).toBe(name.slice(0, 20));
    }
  });

  it('rejects a corpus filing cut short anywhere', () => {
    const raw = readFileSync(`${corpusDir}xml/${xmlFiles[0]}`, 'utf8');
    const end = raw.lastIndexOf('</ownershipDocument>');
    for (let cut = 1; cut < end; cut += 7) {
      const err = catchParseError(raw.slice(0, cut));
      expect(err.code, `cut at ${cut}`).toBe('malformed-xml');
      expect(err.message, `cut at ${cut}`).toMatch(/input ends|unclosed|no root element/);
    }
  });
});

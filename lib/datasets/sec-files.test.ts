// The reader on the SEC's own files: the partial 2024 Q3 quarter of ../shared/corpus (SUBMISSION,
// DERIV_TRANS, DERIV_HOLDING, NONDERIV_HOLDING, OWNER_SIGNATURE as the SEC wrote them), with the
// three tables it lacks hand-written in fixtures/datasets/2024q3-missing-tables (see its README).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { corpusDir, fixturesDir } from '../../test/support/corpus';
import { parseFiling } from '../parser/index';
import type { DerivativeRow, ParsedFiling } from '../parser/types';
import { readDataset, type DatasetEntry } from './index';

const secDir = path.join(corpusDir, 'datasets', '2024q3_form345_partial');
const fixtureDir = path.join(fixturesDir, 'datasets', '2024q3-missing-tables');
const hasSec = existsSync(path.join(secDir, 'SUBMISSION.tsv'));
if (!hasSec) console.warn(`SKIPPED the SEC data-set file tests: ${secDir} is missing`);

const SEC_TABLES = ['SUBMISSION', 'DERIV_TRANS', 'DERIV_HOLDING', 'NONDERIV_HOLDING', 'OWNER_SIGNATURE'];
const FIXTURE_TABLES = ['REPORTINGOWNER', 'NONDERIV_TRANS', 'FOOTNOTES'];

const secFile = (table: string) => readFileSync(path.join(secDir, `${table}.tsv`));

/** The SEC's lines of a table, split on tabs (these five tables hold no quoted field with a tab). */
function secRows(table: string): Record<string, string>[] {
  const [header, ...lines] = secFile(table).toString('utf8').trimEnd().split('\n');
  const cols = header!.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [cols[i]!, v])));
}

function loadAll(extra: Record<string, Uint8Array>): { ok: Map<string, ParsedFiling>; failed: DatasetEntry[]; problems: string[] } {
  const files: Record<string, Uint8Array> = { ...extra };
  for (const t of SEC_TABLES) files[`${t}.tsv`] = secFile(t);
  const dataset = readDataset(zipSync(files));
  const ok = new Map<string, ParsedFiling>();
  const failed: DatasetEntry[] = [];
  for (const entry of dataset.entries()) {
    if (entry.ok) ok.set(entry.accession, entry.parsed);
    else failed.push(entry);
  }
  return { ok, failed, problems: dataset.problems.map((p) => p.message) };
}

/** What the document written for a filing parses back to, without what only the data set knows. */
function reparsed(filing: ParsedFiling): unknown {
  const { accession, filedAt, ...rest } = parseFiling(filing.ownershipXml);
  return rest;
}

function withoutHeader(filing: ParsedFiling): unknown {
  const { accession, filedAt, ...rest } = filing;
  return rest;
}

describe.skipIf(!hasSec)('the SEC 2024 Q3 files with the three hand-written tables', () => {
  const fixtures = Object.fromEntries(FIXTURE_TABLES.map((t) => [`${t}.tsv`, new Uint8Array(readFileSync(path.join(fixtureDir, `${t}.tsv`)))]));
  const { ok, failed, problems } = hasSec ? loadAll(fixtures) : { ok: new Map<string, ParsedFiling>(), failed: [], problems: [] };

  it('loads the five filings that have owners, names every other filing as lacking one, and reports nothing else', () => {
    expect(problems).toEqual([]);
    expect([...ok.keys()].sort()).toEqual([
      '0000950170-24-088602', '0000950170-24-110527', '0001493152-24-038908', '0001731122-24-001167', '0001967680-24-000113',
    ].sort());
    expect(failed).toHaveLength(36_075 - 5);
    const first = failed[0]!;
    expect(first.ok).toBe(false);
    if (!first.ok) {
      expect(first.error.code).toBe('invalid-filing');
      expect(first.error.message).toMatch(/^SUBMISSION\.tsv line \d+: filing \S+ has no row in REPORTINGOWNER$/);
    }
  });

  it('reads the SEC submission row: dates, zero-padded CIK, flags as filed ("0", "false"), no AFF10B5ONE column', () => {
    const veralto = ok.get('0001967680-24-000113')!;
    expect(veralto).toMatchObject({
      accession: '0001967680-24-000113', filedAt: '2024-07-31', acceptedAt: null, formType: '4', periodOfReport: '2024-07-29',
      dateOfOriginalSubmission: null, notSubjectToSection16: false, noSecuritiesOwned: false, aff10b5One: null,
      issuer: { cik: '1967680', name: 'Veralto Corp', ticker: 'VLTO' }, remarks: null, schemaVersion: null,
      signatures: [{ name: '/s/ James Tanaka, as attorney-in-fact', date: '2024-07-31' }],
    });
    const amendment = ok.get('0001731122-24-001167')!;
    expect(amendment.formType).toBe('4/A');
    expect(amendment.dateOfOriginalSubmission).toBe('2024-04-02');
    // A quoted remark, its quotes doubled in the file.
    expect(ok.get('0000950170-24-088602')!.remarks).toMatch(/^The reporting persons may be deemed members of a "group" \(as such term/);
  });

  it('reads owners: relationships, officer title, other text, a non-US address', () => {
    expect(ok.get('0000950170-24-088602')!.reportingOwners).toEqual([
      { cik: '9990002', name: 'Sample Holdings Co., Ltd.', street1: '1 Example-ro', street2: null, city: 'SEOUL', state: 'M5', zipCode: '04520',
        stateDescription: 'KOREA, REPUBLIC OF', isDirector: false, isOfficer: false, isTenPercentOwner: true, isOther: false, officerTitle: null, otherText: null },
      { cik: '9990003', name: 'Sample Holdings USA Corp.', street1: '2 Example Avenue', street2: 'Suite 100', city: 'WILMINGTON', state: 'DE', zipCode: '19801',
        stateDescription: null, isDirector: true, isOfficer: false, isTenPercentOwner: true, isOther: false, officerTitle: null, otherText: null },
    ]);
    expect(ok.get('0001731122-24-001167')!.reportingOwners[0]).toMatchObject({ isOther: true, otherText: 'Former 10% owner' });
    expect(ok.get('0001967680-24-000113')!.reportingOwners[0]).toMatchObject({ isOfficer: true, officerTitle: 'SVP and Chief Financial Officer' });
  });

  it('puts Table I lines in the order their surrogate keys give, with footnotes on the exact field', () => {
    const [exercise, sale] = ok.get('0001967680-24-000113')!.nonDerivative;
    expect(exercise).toMatchObject({ code: 'M', shares: 1250, pricePerShare: 42.5, equitySwapInvolved: false, footnoteIds: {} });
    expect(sale).toMatchObject({
      kind: 'transaction', securityTitle: 'Common Stock', transactionDate: '2024-07-29', formType: '4', code: 'S', equitySwapInvolved: false,
      shares: 1250, pricePerShare: 101.47, acquiredDisposed: 'D', sharesOwnedAfter: 8765.43, directOrIndirect: 'D',
      footnoteIds: { pricePerShare: ['F1'], code: ['F2'] },
    });
    expect(ok.get('0001731122-24-001167')!.nonDerivative[0]).toMatchObject({
      securityTitle: 'Common Stock, par value $0.001 ("Shares")', deemedExecutionDate: '2024-03-29', timeliness: 'L',
      sharesOwnedAfter: 4300, directOrIndirect: 'I', natureOfOwnership: 'By trust',
      footnoteIds: { deemedExecutionDate: ['F1'], timeliness: ['F1'], sharesOwnedAfter: ['F1', 'F2'], natureOfOwnership: ['F2'] },
    });
  });

  it('reads the SEC derivative lines, field by field, as the file has them', () => {
    // 0001493152-24-038908 in DERIV_TRANS: "Option (Right to Buy)  4.0  27-SEP-2024 ... 4 A 0 ... 250000.0 ... 0.0 A ... F1 27-SEP-2034 Common Stock 250000.0 ... 250000.0 ... D"
    const [option] = ok.get('0001493152-24-038908')!.derivative as DerivativeRow[];
    expect(option).toEqual({
      kind: 'transaction', securityTitle: 'Option (Right to Buy)', transactionDate: '2024-09-27', deemedExecutionDate: null, formType: '4',
      code: 'A', equitySwapInvolved: false, timeliness: null, shares: 250000, totalValue: null, pricePerShare: 0, acquiredDisposed: 'A',
      sharesOwnedAfter: 250000, valueOwnedAfter: null, directOrIndirect: 'D', natureOfOwnership: null, footnoteIds: { exerciseDate: ['F1'] },
      conversionOrExercisePrice: 4, exerciseDate: null, expirationDate: '2034-09-27', underlyingTitle: 'Common Stock', underlyingShares: 250000,
      underlyingValue: null,
    });
    const form3 = ok.get('0000950170-24-110527')!;
    expect(form3.derivative.map((r) => r.securityTitle)).toEqual([
      'Employee Stock Option (right to buy)', 'Employee Stock Option (right to buy)', 'Employee Stock Option (right to buy)',
      'Performance Share Units (2021)', 'Performance Share Units (2022)', 'Performance Share Units (2023)', 'Performance Share Units (2024)',
    ]);
    expect(form3.derivative.map((r) => r.conversionOrExercisePrice)).toEqual([7.85, 48.75, 56.25, null, null, null, null]);
    expect(form3.derivative.at(-1)).toMatchObject({
      kind: 'holding', underlyingShares: 1176,
      footnoteIds: { conversionOrExercisePrice: ['F4'], exerciseDate: ['F7'], expirationDate: ['F7'], underlyingShares: ['F8'] },
    });
    expect(form3.nonDerivative).toEqual([expect.objectContaining({ kind: 'holding', sharesOwnedAfter: 15702, footnoteIds: { sharesOwnedAfter: ['F1'] } })]);
    expect(form3.footnotes.map((f) => f.id)).toEqual(['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8']);
  });

  it('writes each filing as a document that parses back to the same filing', () => {
    for (const filing of ok.values()) expect(reparsed(filing)).toEqual(withoutHeader(filing));
  });
});

describe.skipIf(!hasSec)('every row of the SEC 2024 Q3 files', () => {
  // An owner for every filing, so that each builds: what is checked here is the SEC's own rows.
  const accessions = hasSec ? secRows('SUBMISSION').map((r) => r.ACCESSION_NUMBER!) : [];
  const owners = `ACCESSION_NUMBER\tRPTOWNERCIK\tRPTOWNERNAME\tRPTOWNER_RELATIONSHIP\n${accessions.map((a) => `${a}\t0009990009\tSample Owner\tDirector\n`).join('')}`;
  const { ok, failed, problems } = hasSec ? loadAll({ 'REPORTINGOWNER.tsv': new TextEncoder().encode(owners) }) : { ok: new Map<string, ParsedFiling>(), failed: [], problems: [] };

  it('builds all 36,075 filings, naming only the two tables still missing', () => {
    expect(failed).toEqual([]);
    expect(ok.size).toBe(36_075);
    expect(problems).toEqual([
      'NONDERIV_TRANS.tsv: missing from the zip: its filings are loaded without what it holds',
      'FOOTNOTES.tsv: missing from the zip: its filings are loaded without what it holds',
    ]);
  });

  it('keeps every line, every number to the cent and every footnote id of the SEC files', () => {
    const filings = [...ok.values()];
    const derivative = filings.flatMap((f) => f.derivative as DerivativeRow[]);
    const nonDerivative = filings.flatMap((f) => f.nonDerivative);
    const trans = secRows('DERIV_TRANS');
    const holdings = secRows('DERIV_HOLDING');
    const nonHoldings = secRows('NONDERIV_HOLDING');
    expect(derivative.filter((r) => r.kind === 'transaction')).toHaveLength(trans.length);
    expect(derivative.filter((r) => r.kind === 'holding')).toHaveLength(holdings.length);
    expect(nonDerivative).toHaveLength(nonHoldings.length);
    expect(filings.flatMap((f) => f.signatures)).toHaveLength(secRows('OWNER_SIGNATURE').length);

    const cents = (values: unknown[]) => values.reduce<bigint>((n, v) => n + (typeof v === 'number' ? BigInt(Math.round(v * 100)) : 0n), 0n);
    const fileCents = (rows: Record<string, string>[], column: string) => cents(rows.map((r) => (r[column] ? Number(r[column]) : null)));
    const all = [...trans, ...holdings];
    expect(cents(derivative.map((r) => r.shares))).toBe(fileCents(all, 'TRANS_SHARES'));
    expect(cents(derivative.map((r) => r.pricePerShare))).toBe(fileCents(all, 'TRANS_PRICEPERSHARE'));
    expect(cents(derivative.map((r) => r.conversionOrExercisePrice))).toBe(fileCents(all, 'CONV_EXERCISE_PRICE'));
    expect(cents(derivative.map((r) => r.underlyingShares))).toBe(fileCents(all, 'UNDLYNG_SEC_SHARES'));
    expect(cents(derivative.map((r) => r.sharesOwnedAfter))).toBe(fileCents(all, 'SHRS_OWND_FOLWNG_TRANS'));
    expect(cents(nonDerivative.map((r) => r.sharesOwnedAfter))).toBe(fileCents(nonHoldings, 'SHRS_OWND_FOLWNG_TRANS'));

    const idCount = (rows: Record<string, string>[]) =>
      rows.reduce((n, r) => n + Object.entries(r).filter(([c, v]) => c.endsWith('_FN') && v !== '').reduce((m, [, v]) => m + v.split(',').length, 0), 0);
    const rowIds = (rows: { footnoteIds: Record<string, string[] | undefined> }[]) =>
      rows.reduce((n, r) => n + Object.values(r.footnoteIds).reduce((m, ids) => m + (ids?.length ?? 0), 0), 0);
    expect(rowIds([...derivative, ...nonDerivative])).toBe(idCount([...all, ...nonHoldings]));
  });

  it('writes documents that parse back to the same filings (every fifth checked)', () => {
    let checked = 0;
    const wrong: string[] = [];
    [...ok.values()].forEach((filing, i) => {
      if (i % 5 !== 0) return;
      checked++;
      if (!isDeepStrictEqual(reparsed(filing), withoutHeader(filing))) wrong.push(filing.accession!);
    });
    expect(checked).toBeGreaterThan(7000);
    expect(wrong).toEqual([]);
  });
});

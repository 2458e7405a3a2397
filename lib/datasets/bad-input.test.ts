// Bad data sets: each problem named with its table and line, and everything else still read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { datasetTables, zipFiles, type DatasetFilingInput } from '../../test/support/dataset-writer';
import { seedFixture } from '../../test/support/corpus';
import { parseFiling } from '../parser/index';
import { DatasetError, readDataset, type Dataset } from './index';

// Three filings made from the seed fixture (a real 2013 Form 4 of Allied Motion): the same
// document under three accessions, the second and third as later filings of the same owner.
const seed = parseFiling(readFileSync(seedFixture, 'utf8'));
const filings: DatasetFilingInput[] = ['0001240569-13-000001', '0001240569-13-000002', '0001240569-13-000003']
  .map((accession, i) => ({ accession, filedAt: `2013-05-2${1 + i}`, parsed: seed }));

function entries(dataset: Dataset) {
  const all = [...dataset.entries()];
  return {
    loaded: all.flatMap((e) => (e.ok ? [e.accession] : [])),
    failed: all.flatMap((e) => (e.ok ? [] : [`${e.accession}: ${e.error.message}`])),
  };
}

/** The tables zipped and read: which filings loaded, and which failed with what message. */
const readEntries = (tables: Record<string, string>) => entries(readDataset(zipFiles(tables)));

/** The tables with one line of one table replaced (lines counted as an editor does: the header is 1). */
function withLine(table: string, line: number, edit: (text: string) => string): Record<string, string> {
  const tables = datasetTables(filings);
  const lines = tables[table]!.split('\n');
  lines[line - 1] = edit(lines[line - 1]!);
  return { ...tables, [table]: lines.join('\n') };
}

describe('a data set with bad input', () => {
  it('rejects bytes that are not a zip, and a zip without the tables, as not a data set', () => {
    const notZip = () => readDataset(strToU8('ACCESSION_NUMBER\tFILING_DATE\n'));
    expect(notZip).toThrow(DatasetError);
    expect(notZip).toThrow(/^not a zip file/);
    const readmeOnly = zipSync({ 'FORM_345_readme.htm': strToU8('<html></html>') });
    expect(() => readDataset(readmeOnly)).toThrow(/not an Insider Transactions Data Set: none of its tables/);
    try {
      readDataset(readmeOnly);
    } catch (error) {
      expect((error as DatasetError).code).toBe('not-a-dataset');
    }
  });

  it('loads the filings of a zip missing FOOTNOTES without their footnotes, and names the table', () => {
    const dataset = readDataset(zipFiles(Object.fromEntries(Object.entries(datasetTables(filings)).filter(([name]) => name !== 'FOOTNOTES.tsv'))));
    expect(dataset.problems.map((p) => [p.code, p.message])).toEqual([
      ['missing-table', 'FOOTNOTES.tsv: missing from the zip: its filings are loaded without what it holds'],
    ]);
    const all = [...dataset.entries()];
    expect(all.map((e) => e.ok)).toEqual([true, true, true]);
    expect(all[0]!.ok && all[0]!.parsed.footnotes).toEqual([]);
  });

  it('loads nothing from a zip missing REPORTINGOWNER, and says why', () => {
    const dataset = readDataset(zipFiles(Object.fromEntries(Object.entries(datasetTables(filings)).filter(([name]) => name !== 'REPORTINGOWNER.tsv'))));
    expect(dataset.problems.map((p) => p.message)).toEqual(['REPORTINGOWNER.tsv: missing from the zip: no filing can be loaded without it']);
    expect(dataset.count).toBe(0);
    expect([...dataset.entries()]).toEqual([]);
  });

  it('names a row whose filing is not in SUBMISSION with its table and line, and loads the rest', () => {
    const tables = withLine('NONDERIV_TRANS.tsv', 3, (line) => line.replace('0001240569-13-000002', '0001240569-13-000099'));
    const dataset = readDataset(zipFiles(tables));
    expect(dataset.problems.map((p) => [p.code, p.message])).toEqual([
      ['orphan-row', "NONDERIV_TRANS.tsv line 3: filing '0001240569-13-000099' is not in SUBMISSION"],
    ]);
    // The filing that lost the row still loads, one line short: the data set says no more.
    expect(entries(dataset).loaded).toEqual(['0001240569-13-000001', '0001240569-13-000002', '0001240569-13-000003']);
  });

  it('fails the filing of a line with a field missing, naming the table and line, and loads the others', () => {
    const tables = withLine('NONDERIV_TRANS.tsv', 3, (line) => line.split('\t').slice(0, -1).join('\t'));
    const { loaded, failed } = readEntries(tables);
    expect(loaded).toEqual(['0001240569-13-000001', '0001240569-13-000003']);
    expect(failed).toEqual(['0001240569-13-000002: NONDERIV_TRANS.tsv line 3: 27 fields where the header has 28']);
  });

  it('fails the filing of a line with a date, number or relationship that is not one', () => {
    const badDate = withLine('NONDERIV_TRANS.tsv', 2, (line) => line.replace('21-MAY-2013', '2013/05/21'));
    expect(readEntries(badDate).failed).toEqual([
      "0001240569-13-000001: NONDERIV_TRANS.tsv line 2: TRANS_DATE '2013/05/21' is not a date (DD-MON-YYYY)",
    ]);
    const badNumber = withLine('NONDERIV_TRANS.tsv', 4, (line) => line.replace('\t785.0\t', '\t785 shares\t'));
    expect(readEntries(badNumber).failed).toEqual([
      "0001240569-13-000003: NONDERIV_TRANS.tsv line 4: TRANS_SHARES '785 shares' is not a number",
    ]);
    const badRole = withLine('REPORTINGOWNER.tsv', 2, (line) => line.replace('\tDirector\t', '\tDirector,Chairman\t'));
    expect(readEntries(badRole).failed).toEqual([
      "0001240569-13-000001: REPORTINGOWNER.tsv line 2: RPTOWNER_RELATIONSHIP 'Director,Chairman': 'Chairman' is not Director, Officer, TenPercentOwner or Other",
    ]);
  });

  it('fails a filing whose quoted field is never closed, and one listed twice in SUBMISSION', () => {
    const unclosed = withLine('SUBMISSION.tsv', 3, (line) => line.replace('ALLIED MOTION TECHNOLOGIES INC', '"ALLIED MOTION'));
    const { loaded, failed } = readEntries(unclosed);
    expect(loaded).toEqual(['0001240569-13-000001']);
    expect(failed[0]).toMatch(/^0001240569-13-000002: SUBMISSION\.tsv line 3: /);

    const tables = datasetTables(filings);
    const twice = { ...tables, 'SUBMISSION.tsv': tables['SUBMISSION.tsv']! + tables['SUBMISSION.tsv']!.split('\n')[1]! + '\n' };
    expect(readEntries(twice).failed).toEqual([
      '0001240569-13-000001: SUBMISSION.tsv line 5: filing 0001240569-13-000001 is in SUBMISSION twice (first on line 2)',
    ]);
  });

  it('gives the entries in parts, from one to before another, as it gives them whole (a line twice among them)', () => {
    const tables = datasetTables(filings);
    const dataset = readDataset(zipFiles({ ...tables, 'SUBMISSION.tsv': tables['SUBMISSION.tsv']! + tables['SUBMISSION.tsv']!.split('\n')[1]! + '\n' }));
    const ids = (list: Iterable<{ ok: boolean; accession: string | null }>) => [...list].map((e) => `${e.accession} ${e.ok}`);
    const whole = ids(dataset.entries());
    expect(whole).toHaveLength(4);
    expect([0, 1, 3].flatMap((from, i, starts) => ids(dataset.entries(from, starts[i + 1])))).toEqual(whole);
    expect(ids(dataset.entries(2))).toEqual(whole.slice(2));
    expect(ids(dataset.entries(4, 9))).toEqual([]);
  });

  it('fails a filing without an owner or of an unknown form, and names a header lacking a needed column', () => {
    const noOwner = withLine('REPORTINGOWNER.tsv', 3, () => '');
    expect(readEntries(noOwner).failed).toEqual([
      '0001240569-13-000002: SUBMISSION.tsv line 3: filing 0001240569-13-000002 has no row in REPORTINGOWNER',
    ]);
    const form10k = withLine('SUBMISSION.tsv', 2, (line) => line.replace('\t4\t', '\t10-K\t'));
    expect(readEntries(form10k).failed).toEqual([
      "0001240569-13-000001: SUBMISSION.tsv line 2: DOCUMENT_TYPE '10-K' is not 3, 3/A, 4, 4/A, 5 or 5/A",
    ]);
    const noCik = withLine('REPORTINGOWNER.tsv', 1, (line) => line.replace('RPTOWNERCIK', 'OWNER_ID'));
    const dataset = readDataset(zipFiles(noCik));
    expect(dataset.problems.map((p) => p.message)).toContain('REPORTINGOWNER.tsv line 1: the header has no RPTOWNERCIK column');
    expect(dataset.count).toBe(0);
  });
});

describe('a data set read by header names', () => {
  it('takes AFF10B5ONE when the quarter has it, and leaves it unknown (null) when the quarter predates it', () => {
    const flagged = filings.map((f, i) => ({ ...f, parsed: { ...f.parsed, aff10b5One: i === 0 ? true : i === 1 ? false : null } }));
    const newer = [...readDataset(zipFiles(datasetTables(flagged, { aff10b5One: true }))).entries()];
    expect(newer.map((e) => e.ok && e.parsed.aff10b5One)).toEqual([true, false, null]);
    const older = [...readDataset(zipFiles(datasetTables(flagged))).entries()];
    expect(older.map((e) => e.ok && e.parsed.aff10b5One)).toEqual([null, null, null]);
  });

  it('reads columns in any order, CRLF line ends and a folder inside the zip', () => {
    const tables = datasetTables(filings);
    const sub = tables['SUBMISSION.tsv']!.split('\n').slice(0, -1).map((line) => line.split('\t').reverse().join('\t'));
    const files = Object.fromEntries(Object.entries({ ...tables, 'SUBMISSION.tsv': `${sub.join('\n')}\n` })
      .map(([name, text]) => [`2013q2_form345/${name}`, text.replace(/\n/g, '\r\n')]));
    const all = [...readDataset(zipFiles(files)).entries()];
    expect(all.map((e) => e.ok && [e.parsed.issuer.name, e.parsed.filedAt, e.parsed.nonDerivative[0]!.securityTitle])).toEqual([
      ['ALLIED MOTION TECHNOLOGIES INC', '2013-05-21', 'Common Stock'],
      ['ALLIED MOTION TECHNOLOGIES INC', '2013-05-22', 'Common Stock'],
      ['ALLIED MOTION TECHNOLOGIES INC', '2013-05-23', 'Common Stock'],
    ]);
  });

  it('reads a table with a byte-order mark, and one in Latin-1 (not UTF-8) as Latin-1', () => {
    const tables = datasetTables(filings);
    const files = Object.fromEntries(Object.entries(tables).map(([name, text]) => [name, strToU8(name === 'SUBMISSION.tsv' ? `\ufeff${text.replaceAll('ALLIED MOTION', 'ALLIÉD MOTION')}` : text)]));
    const owners = tables['REPORTINGOWNER.tsv']!.split('\n');
    const name = owners[1]!.split('\t')[2]!;
    files['REPORTINGOWNER.tsv'] = Buffer.from(tables['REPORTINGOWNER.tsv']!.replaceAll(name, `${name} Müller`), 'latin1');
    const all = [...readDataset(zipSync(files)).entries()];
    expect(all.map((e) => e.ok && [e.parsed.issuer.name, e.parsed.reportingOwners[0]!.name])).toEqual(filings.map(() => ['ALLIÉD MOTION TECHNOLOGIES INC', `${name} Müller`]));
  });
});

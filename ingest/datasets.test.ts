// Loading data sets into the store: the original is better than the copy, bad input is named by
// table and line with everything else loaded, and `npm run ingest` takes a zip or a folder of them.
// The same whether the zip is read in this thread or by a worker thread (ingest/dataset-worker.ts).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { getFilingJson } from '../db/queries/filing-json';
import { parseFiling } from '../lib/parser/index';
import { runCliSync } from '../test/support/cli';
import { seedFixture } from '../test/support/corpus';
import { datasetTables, writeDatasetZip, zipFiles, type DatasetFilingInput } from '../test/support/dataset-writer';
import { makeTempDir, openTempStore } from '../test/support/temp-db';
import { datasetWorkerWanted, ingestDatasetZip as ingestZip } from './datasets';
import { ingestDocuments } from './pipeline';
import { reparseStored } from './reparse';

// The seed fixture stands for a real filing (Allied Motion's Form 4 of 2013-05-21); under its own
// accession, and under two more as later filings, it makes a small quarter.
const seedText = readFileSync(seedFixture, 'utf8');
const seed = parseFiling(seedText);
const ACCESSIONS = ['0001240569-13-000001', '0001240569-13-000002', '0001240569-13-000003'];
const quarter: DatasetFilingInput[] = ACCESSIONS.map((accession, i) => ({ accession, filedAt: `2013-05-2${2 + i}`, parsed: seed }));

const stores: ReturnType<typeof openTempStore>[] = [];
function freshStore() {
  const s = openTempStore();
  stores.push(s);
  return s;
}
afterAll(() => stores.forEach((s) => s.close()));

const originalOf = (accession: string) => ({ source: `${accession}.xml`, text: seedText, accession });

/** Each test twice: the zip read in this thread, and by a worker thread, which must read every filing of it. */
describe.each([{ workers: 0, how: 'read in this thread' }, { workers: 1, how: 'read by a worker thread' }])('a data set $how', ({ workers }) => {
  const ingestDatasetZip = (store: Parameters<typeof ingestZip>[0], zip: Uint8Array, source: string) => {
    let counts: { byWorker: number; here: number } | undefined;
    const summary = ingestZip(store, zip, source, { workers, writerHelps: false, onDecoded: (c) => (counts = c) });
    if (counts) expect(workers > 0 ? counts.here : counts.byWorker).toBe(0);
    if (counts) expect(counts.byWorker + counts.here).toBeGreaterThan(0);
    return summary;
  };

  describe('the original and the data set copy', () => {
    it('keeps a filing stored from its original document when a data set brings a copy', () => {
      const { store, db } = freshStore();
      expect(ingestDocuments(store, [originalOf(ACCESSIONS[0]!)]).loaded).toBe(1);
      const summary = ingestDatasetZip(store, writeDatasetZip(quarter), '2013q2_form345.zip');
      expect(summary).toMatchObject({ total: 3, loaded: 2, skipped: 1, replaced: 0, failed: 0 });
      const json = getFilingJson(ACCESSIONS[0]!, db)!;
      expect(json.source).toBe('document');
      expect(json.filedAt).toBeNull();
      expect(getFilingJson(ACCESSIONS[1]!, db)).toMatchObject({ source: 'dataset', filedAt: '2013-05-23', acceptedAt: null, schemaVersion: null });
    });

    it('replaces a data set copy with the original loaded later, keeping the filing date the data set gave', () => {
      const { store, db } = freshStore();
      ingestDatasetZip(store, writeDatasetZip(quarter), '2013q2_form345.zip');
      expect(getFilingJson(ACCESSIONS[2]!, db)!.source).toBe('dataset');
      expect(ingestDocuments(store, [originalOf(ACCESSIONS[2]!)]).replaced).toBe(1);
      expect(getFilingJson(ACCESSIONS[2]!, db)).toMatchObject({ source: 'document', filedAt: '2013-05-24', schemaVersion: 'X0306' });
    });

    it('skips a data set loaded again, and keeps each filing a copy through a re-parse', () => {
      const { store, db } = freshStore();
      ingestDatasetZip(store, writeDatasetZip(quarter), 'q.zip');
      expect(ingestDatasetZip(store, writeDatasetZip(quarter), 'q.zip')).toMatchObject({ total: 3, skipped: 3, loaded: 0, replaced: 0 });
      expect(reparseStored(db, store).replaced).toBe(3);
      expect(ACCESSIONS.map((a) => getFilingJson(a, db)!.source)).toEqual(['dataset', 'dataset', 'dataset']);
    });
  });

  describe('a bad data set, loaded', () => {
    it('names each problem with the zip, table and line, loads the rest and counts the problems as failures', () => {
      const { store } = freshStore();
      const tables = datasetTables(quarter);
      const lines = tables['NONDERIV_TRANS.tsv']!.split('\n').slice(0, -1);
      lines[2] = lines[2]!.split('\t').slice(0, 5).join('\t'); // the second filing's line, cut short
      lines.push(lines[1]!.replace(ACCESSIONS[0]!, '0001240569-13-000099')); // a row of no filing
      const { FOOTNOTES: _dropped, ...rest } = Object.fromEntries(Object.entries({ ...tables, 'NONDERIV_TRANS.tsv': `${lines.join('\n')}\n` })
        .map(([name, text]) => [name.replace('.tsv', ''), text]));
      const zip = zipFiles(Object.fromEntries(Object.entries(rest).map(([name, text]) => [`${name}.tsv`, text])));
      const summary = ingestDatasetZip(store, zip, 'bad.zip');
      expect(summary).toMatchObject({ total: 5, loaded: 2, failed: 3 });
      expect(summary.failures).toEqual([
        { source: 'bad.zip', reason: 'FOOTNOTES.tsv: missing from the zip: its filings are loaded without what it holds' },
        { source: 'bad.zip', reason: "NONDERIV_TRANS.tsv line 5: filing '0001240569-13-000099' is not in SUBMISSION" },
        { source: `bad.zip#${ACCESSIONS[1]}`, reason: 'NONDERIV_TRANS.tsv line 3: 5 fields where the header has 28' },
      ]);
    });

    it('loads a zip read from a file, leaving the caller its bytes', () => {
      const { store, dir } = freshStore();
      const file = path.join(dir, '2013q2_form345.zip');
      writeFileSync(file, writeDatasetZip(quarter));
      const bytes = readFileSync(file);
      expect(ingestDatasetZip(store, bytes, file)).toMatchObject({ total: 3, loaded: 3, failed: 0 });
      expect(bytes.equals(readFileSync(file))).toBe(true);
    });

    it('names a file that is not a data set', () => {
      const { store } = freshStore();
      const summary = ingestDatasetZip(store, new TextEncoder().encode('not a zip'), 'notes.zip');
      expect(summary).toMatchObject({ total: 1, failed: 1, loaded: 0 });
      expect(summary.failures[0]!.reason).toMatch(/^not a zip file/);
    });
  });
});

describe('npm run ingest with data sets', () => {
  const dir = makeTempDir('section16-datasets-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const db = path.join(dir, 'cli.db');
  const folder = path.join(dir, 'quarters');
  mkdirSync(folder);
  writeFileSync(path.join(folder, '2013q2_form345.zip'), writeDatasetZip(quarter));
  const quartersNoted = () => {
    const sqlite = new Database(db, { readonly: true });
    try {
      return sqlite.prepare<[], { quarter: string; filings: number }>('SELECT quarter, filings FROM dataset_quarters_loaded ORDER BY quarter').all();
    } finally {
      sqlite.close();
    }
  };

  it('loads a folder holding zips, and says so in the summary', () => {
    const result = runCliSync('ingest', [folder, '--db', db, '--quiet']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('loaded 3, replaced 0, skipped 0, failed 0');
    // Named as the SEC names it: noted as loaded, for a market --follow to go on from the day after.
    expect(quartersNoted()).toEqual([{ quarter: '2013q2', filings: 3 }]);
  });

  it('loads a zip named directly, and exits 1 naming the table and line of what it could not load', () => {
    const tables = datasetTables(quarter.map((f) => ({ ...f, accession: f.accession.replace('-13-', '-14-') })));
    const bad = path.join(dir, '2014q2_form345.zip');
    writeFileSync(bad, zipFiles({ ...tables, 'SUBMISSION.tsv': tables['SUBMISSION.tsv']!.replace('21-MAY-2013', '2013-5-21') }));
    const result = runCliSync('ingest', [bad, '--db', db, '--quiet']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('loaded 2, replaced 0, skipped 0, failed 1');
    expect(result.stdout).toContain(`${bad}#0001240569-14-000001: SUBMISSION.tsv line 2: PERIOD_OF_REPORT '2013-5-21' is not a date (DD-MON-YYYY)`);
    // Loaded through, its bad line reported: the days after it are what a --follow needs.
    expect(quartersNoted().map((q) => q.quarter)).toEqual(['2013q2', '2014q2']);
  });

  it('notes no quarter for a zip named otherwise: what it holds is not known by its name', () => {
    const renamed = path.join(dir, 'insiders-copy.zip');
    writeFileSync(renamed, writeDatasetZip(quarter.map((f) => ({ ...f, accession: f.accession.replace('-13-', '-15-') }))));
    const result = runCliSync('ingest', [renamed, '--db', db, '--quiet']);
    expect(result.stdout).toContain('loaded 3, replaced 0, skipped 0, failed 0');
    expect(quartersNoted().map((q) => q.quarter)).toEqual(['2013q2', '2014q2']);
  });
});

describe('whether a data-set zip is read with the worker thread', () => {
  const MiB = 2 ** 20;
  it('is so unless told from 1 MiB on two cores or more, and not on a single core', () => {
    expect(datasetWorkerWanted(MiB, undefined, 2)).toBe(true);
    expect(datasetWorkerWanted(MiB - 1, undefined, 8)).toBe(false);
    expect(datasetWorkerWanted(15 * MiB, undefined, 1)).toBe(false);
  });
  it('follows --workers whatever the size and the cores', () => {
    expect(datasetWorkerWanted(1_000, 1, 1)).toBe(true);
    expect(datasetWorkerWanted(15 * MiB, 0, 8)).toBe(false);
  });
});

// The ingest and show commands, run as child processes exactly as `npm run ingest` runs them, on
// a real database file: bad input named in the summary with its reason, good input stored anyway.
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/index';
import { getFilingJson } from '../db/queries/filing-json';
import { packDocument } from '../db/document';
import { runCliSync } from '../test/support/cli';
import { corpusDir, fixturesDir, hasCorpus, seedDerivedAccession, seedFixture, warnIfNoCorpus } from '../test/support/corpus';
import { makeTempDir } from '../test/support/temp-db';
import { sampleFiles } from '../ingest/sample';
import { MIN_DEFERRED_LOAD } from '../db/deferred-indexes';
import { parseFiling } from '../lib/parser/index';
import { writeDatasetZip } from '../test/support/dataset-writer';

warnIfNoCorpus('the SEC malformed samples and corpus filings in cli/ingest.test.ts');

let dir: string;
beforeAll(() => {
  dir = makeTempDir('section16-cli-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const filingCount = (db: string) => {
  const { sqlite } = openDatabase(db);
  try {
    return (sqlite.prepare('SELECT count(*) AS n FROM filings').get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
};

const TEN_K = `<?xml version="1.0" encoding="utf-8"?>
<!-- Stands for an XBRL instance of a 10-K annual report handed to the loader by mistake. -->
<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:dei="http://xbrl.sec.gov/dei/2023">
  <dei:DocumentType contextRef="FY2023">10-K</dei:DocumentType>
  <dei:EntityRegistrantName contextRef="FY2023">Example Holdings Corp</dei:EntityRegistrantName>
</xbrli:xbrl>
`;

describe('npm run ingest with bad files among good ones', () => {
  const secSamples = ['doc3.xml', 'doc3a.xml', 'doc4.xml', 'doc4a.xml', 'doc5.xml', 'doc5a.xml'];
  const goodCorpus = ['4_Tesla-Inc_0000899243-21-049992.xml', '3_23andMe-Holding-Co_0001062993-21-005990.xml'];
  let batch: string;
  let db: string;
  let result: ReturnType<typeof runCliSync>;
  let good: string[];

  beforeAll(() => {
    batch = path.join(dir, 'batch');
    db = path.join(dir, 'bad-batch', 'section16.db');
    mkdirSync(path.join(batch, 'nested'), { recursive: true });
    good = sampleFiles();
    for (const file of good) copyFileSync(file, path.join(batch, path.basename(file)));
    if (hasCorpus) {
      for (const name of goodCorpus) symlinkSync(path.join(corpusDir, 'xml', name), path.join(batch, 'nested', name));
      for (const name of secSamples) copyFileSync(path.join(corpusDir, 'sec_spec', 'sec_sample_docs', name), path.join(batch, name));
    }
    const seed = readFileSync(seedFixture, 'utf8');
    writeFileSync(path.join(batch, 'truncated.xml'), seed.slice(0, Math.floor(seed.length * 0.6)));
    writeFileSync(path.join(batch, 'empty.xml'), '');
    writeFileSync(path.join(batch, 'binary.nc'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(path.join(batch, '10-k.xml'), TEN_K);
    writeFileSync(path.join(batch, 'notes.md'), 'not a filing: ignored inside a directory');
    result = runCliSync('ingest', [batch, path.join(dir, 'no-such-file.xml'), '--db', db]);
  });

  it('exits 1', () => {
    expect(result.stderr).not.toMatch(/error:/);
    expect(result.status).toBe(1);
  });

  it('names each bad file with what is wrong with it', () => {
    const failed = (name: string) => new RegExp(`^  ${escape(path.join(batch, name))}: (.+)$`, 'm').exec(result.stdout)?.[1];
    expect(failed('truncated.xml')).toMatch(/^malformed-xml: .*\(line \d+, column \d+\)$/);
    expect(failed('empty.xml')).toBe('empty: empty input');
    expect(failed('binary.nc')).toMatch(/^binary: not text/);
    expect(failed('10-k.xml')).toMatch(/^not-ownership: .*xbrli:xbrl/);
    expect(result.stdout).toContain(`  ${path.join(dir, 'no-such-file.xml')}: cannot read: no such file or directory`);
    if (hasCorpus) {
      // Where the SEC's samples break, per sec_spec/sec_sample_docs/WELLFORMEDNESS.txt.
      expect(failed('doc3.xml')).toMatch(/^malformed-xml: mismatched tag.*\(line 47, column 33\)$/);
      expect(failed('doc3a.xml')).toMatch(/^malformed-xml: mismatched tag.*\(line 27, column 10\)$/);
      expect(failed('doc4.xml')).toMatch(/^malformed-xml: mismatched tag.*\(line 49, column 33\)$/);
      expect(failed('doc4a.xml')).toMatch(/^malformed-xml: mismatched tag.*\(line 51, column 33\)$/);
      expect(failed('doc5.xml')).toMatch(/^malformed-xml: mismatched tag.*\(line 48, column 33\)$/);
      expect(failed('doc5a.xml')).toMatch(/^malformed-xml: mismatched tag.*\(line 50, column 33\)$/);
    }
  });

  it('counts them in the summary and stores every good file', () => {
    const bad = 5 + (hasCorpus ? secSamples.length : 0);
    const loaded = good.length + (hasCorpus ? goodCorpus.length : 0);
    expect(result.stdout).toContain(`loaded ${loaded}, replaced 0, skipped 0, failed ${bad}`);
    expect(result.stdout).not.toContain('notes.md');
    expect(filingCount(db)).toBe(loaded);
    const { sqlite, db: orm } = openDatabase(db);
    try {
      expect(getFilingJson(seedDerivedAccession, orm)?.issuer.ticker).toBe('AMOT');
      if (hasCorpus) expect(getFilingJson('0000899243-21-049992', orm)?.issuer.name).toBe('Tesla, Inc.');
    } finally {
      sqlite.close();
    }
  });

  it('skips everything good on a second run, and still fails the bad ones', () => {
    const again = runCliSync('ingest', [batch, '--db', db, '--quiet']);
    expect(again.status).toBe(1);
    const loaded = good.length + (hasCorpus ? goodCorpus.length : 0);
    expect(again.stdout).toContain(`loaded 0, replaced 0, skipped ${loaded}, failed ${4 + (hasCorpus ? secSamples.length : 0)}`);
    expect(filingCount(db)).toBe(loaded);
  });
});

describe('npm run ingest with only good files', () => {
  it('exits 0, uses DATABASE_PATH when --db is absent, and --db wins over it', () => {
    const envDb = path.join(dir, 'env', 'env.db');
    const flagDb = path.join(dir, 'flag', 'flag.db');
    const viaEnv = runCliSync('ingest', sampleFiles(), { DATABASE_PATH: envDb });
    expect(viaEnv.status, viaEnv.stdout + viaEnv.stderr).toBe(0);
    expect(viaEnv.stdout).toContain(`loaded ${sampleFiles().length}, replaced 0, skipped 0, failed 0`);
    expect(viaEnv.stdout).toContain(`into ${envDb}`);
    expect(filingCount(envDb)).toBe(sampleFiles().length);
    const viaFlag = runCliSync('ingest', [sampleFiles()[0]!, '--db', flagDb], { DATABASE_PATH: envDb });
    expect(viaFlag.status).toBe(0);
    expect(viaFlag.stdout).toContain(`into ${flagDb}`);
    expect(filingCount(flagDb)).toBe(1);
    expect(filingCount(envDb)).toBe(sampleFiles().length);
  });

  it('exits 2 with the usage when given nothing to load', () => {
    const result = runCliSync('ingest', ['--db', path.join(dir, 'usage.db')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run ingest');
  });

  it("says how long a load large enough to drop the screener's indexes spent building them again, and nothing of them when it kept them", () => {
    // The seed filing under 2,000 made-up accessions, as a data-set zip: the smallest load that defers.
    const seed = parseFiling(readFileSync(seedFixture, 'utf8'));
    const zip = path.join(dir, 'large', '2013q2_form345.zip');
    mkdirSync(path.dirname(zip), { recursive: true });
    writeFileSync(zip, writeDatasetZip(Array.from({ length: MIN_DEFERRED_LOAD }, (_, i) => (
      { accession: `0001240569-13-${String(i).padStart(6, '0')}`, filedAt: '2013-05-22', parsed: seed }))));
    const db = path.join(dir, 'large', 'section16.db');
    const first = runCliSync('ingest', [zip, '--quiet', '--db', db]);
    expect(first.status, first.stdout + first.stderr).toBe(0);
    const line = /^2,000 files in ([\d.]+) s \([\d,]+ files\/s; ([\d.]+) s of it building the screener's indexes\) into /m.exec(first.stdout);
    expect(line, first.stdout).not.toBeNull();
    expect(Number(line![2])).toBeLessThanOrEqual(Number(line![1]));
    const again = runCliSync('ingest', [zip, '--quiet', '--db', db]);
    expect(again.stdout).toContain(`skipped ${MIN_DEFERRED_LOAD}`);
    expect(again.stdout).toMatch(/^2,000 files in [\d.]+ s \([\d,]+ files\/s\) into /m);
  });
});

describe('npm run ingest -- --reparse', () => {
  it('parses every stored filing again from its document, keeping key, source and filing date, and names one that no longer parses', () => {
    const db = path.join(dir, 'reparse', 'reparse.db');
    expect(runCliSync('ingest', [...sampleFiles(), '--db', db]).status).toBe(0);
    const { sqlite, db: orm } = openDatabase(db);
    let before: { accession: string; source: string | null; json: unknown; rows: unknown[] }[];
    let broken: { accession: string; source: string | null };
    // The rows as the issuer and person tables read them (their ids change when a filing is replaced).
    const storedRows = (db: typeof sqlite, accession: string) =>
      db.prepare('SELECT * FROM filing_rows WHERE accession = ? ORDER BY "table", position').all(accession).map((r) => ({ ...(r as object), id: undefined }));
    try {
      before = (sqlite.prepare('SELECT accession, source FROM filings ORDER BY accession').all() as { accession: string; source: string | null }[])
        .map((r) => ({ ...r, json: getFilingJson(r.accession, orm), rows: storedRows(sqlite, r.accession) }));
      expect(before.length).toBeGreaterThan(2);
      expect(before.some((f) => f.rows.length > 0)).toBe(true);
      // What an older, buggy parser might have stored: amounts lost.
      sqlite.exec(`UPDATE filing_rows SET shares = NULL, value = NULL`);
      broken = before[1]!;
      sqlite.prepare('UPDATE filings SET document = ? WHERE accession = ?').run(packDocument('<html>not a filing</html>'), broken.accession);
    } finally {
      sqlite.close();
    }

    const result = runCliSync('ingest', ['--reparse', '--db', db]);
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toContain(`loaded 0, replaced ${before.length - 1}, skipped 0, failed 1`);
    expect(result.stdout).toMatch(new RegExp(`${escape(broken.source ?? broken.accession)}: not-ownership`));

    const after = openDatabase(db);
    try {
      for (const { accession, source, json, rows } of before) {
        if (accession === broken.accession) continue;
        expect(getFilingJson(accession, after.db), accession).toEqual(json);
        expect(storedRows(after.sqlite, accession), accession).toEqual(rows);
        expect(after.sqlite.prepare('SELECT source FROM filings WHERE accession = ?').pluck().get(accession)).toBe(source);
      }
      expect(getFilingJson(broken.accession, after.db)!.footnotes).toEqual([]);
    } finally {
      after.sqlite.close();
    }
  });

  it('takes no files', () => {
    const result = runCliSync('ingest', ['--reparse', seedFixture, '--db', path.join(dir, 'usage.db')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--reparse reads the stored documents');
  });
});

describe('npm run show', () => {
  let db: string;
  beforeAll(() => {
    db = path.join(dir, 'show', 'show.db');
    expect(runCliSync('ingest', [seedFixture, '--db', db]).status).toBe(0);
  });

  it('prints a stored filing as one line of JSON, the same object as getFilingJson', () => {
    const result = runCliSync('show', [seedDerivedAccession, '--db', db]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const { sqlite, db: orm } = openDatabase(db);
    try {
      expect(JSON.parse(lines[0]!)).toEqual(getFilingJson(seedDerivedAccession, orm));
    } finally {
      sqlite.close();
    }
    expect(JSON.parse(lines[0]!)).toMatchObject({
      formType: '4',
      issuer: { cik: '46129', name: 'ALLIED MOTION TECHNOLOGIES INC', ticker: 'AMOT' },
      nonDerivative: [{ code: 'P', shares: 785, pricePerShare: 7, acquiredDisposed: 'A', sharesOwnedAfter: 12759, directOrIndirect: 'D', footnoteIds: { shares: ['F1'] } }],
    });
  });

  it('names an unknown accession on stderr and exits 1, still printing the known ones', () => {
    const result = runCliSync('show', [seedDerivedAccession, '0000000000-00-000000', '--db', db]);
    expect(result.status).toBe(1);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('no filing with accession 0000000000-00-000000');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Killing an ingest midway (SIGKILL: no cleanup, no signal handler) leaves only complete filings,
// and running it again finishes the job with nothing twice. The corpus is loaded many times over
// under distinct accessions (symlinks named like EDGAR files), so the run lasts long enough to be
// killed in the middle, with commits of 100 filings.
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unpackDocument } from '../db/document';
import { parseFiling } from '../lib/parser/index';
import { runCliSync, startCli } from '../test/support/cli';
import { corpusDir, hasCorpus, warnIfNoCorpus } from '../test/support/corpus';
import { makeTempDir } from '../test/support/temp-db';

warnIfNoCorpus('cli/ingest-kill.test.ts (kill an ingest of the corpus midway)');

const COPIES = 16;
const ACCESSION = /(\d{10})-(\d{2})-(\d{6})\.xml$/;

describe.skipIf(!hasCorpus)('an ingest killed midway', { timeout: 300_000 }, () => {
  let dir: string;
  let filings: string;
  let db: string;
  let total = 0;

  beforeAll(() => {
    dir = makeTempDir('section16-kill-');
    filings = path.join(dir, 'filings');
    db = path.join(dir, 'db', 'section16.db');
    const names = readdirSync(path.join(corpusDir, 'xml')).filter((name) => ACCESSION.test(name));
    for (let copy = 0; copy < COPIES; copy++) {
      const folder = path.join(filings, `copy-${String(copy).padStart(2, '0')}`);
      mkdirSync(folder, { recursive: true });
      for (const name of names) {
        // Corpus accessions all start "00": "1k" in their place makes each copy's accessions new.
        const renamed = name.replace(ACCESSION, (_m, filer: string, year: string, seq: string) => `${String(10 + copy)}${filer.slice(2)}-${year}-${seq}.xml`);
        symlinkSync(path.join(corpusDir, 'xml', name), path.join(folder, renamed));
      }
    }
    total = names.length * COPIES;
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }), 120_000);

  it('leaves only complete filings, and a second run stores the rest once', async () => {
    const child = startCli('ingest', [filings, '--db', db, '--batch-size', '100', '--quiet']);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));

    // Wait for a few committed batches, then kill without warning.
    let storedAtKill = 0;
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      storedAtKill = countFilings(db);
      if (storedAtKill >= 300) break;
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill('SIGKILL');
    expect(await exited, `the ingest ended before it could be killed: ${stderr}`).toBe('SIGKILL');
    expect(storedAtKill).toBeGreaterThanOrEqual(300);

    const afterKill = countFilings(db);
    console.info(`killed with ${afterKill} of ${total} filings stored`);
    expect(afterKill).toBeLessThan(total);
    expect(afterKill % 100, 'whole batches only').toBe(0);
    expectOnlyCompleteFilings(db);

    const rerun = runCliSync('ingest', [filings, '--db', db, '--quiet']);
    expect(rerun.status, rerun.stdout + rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(`loaded ${total - afterKill}, replaced 0, skipped ${afterKill}, failed 0`);
    expect(countFilings(db)).toBe(total);
    expectOnlyCompleteFilings(db);
  });
});

function countFilings(file: string): number {
  if (!existsSync(file)) return 0;
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    return (sqlite.prepare('SELECT count(*) AS n FROM filings').get() as { n: number }).n;
  } catch {
    return 0; // not migrated yet
  } finally {
    sqlite?.close();
  }
}

/** Every stored filing has exactly the owners, rows and signatures its document parses to (footnotes are read from it). */
function expectOnlyCompleteFilings(file: string): void {
  const sqlite = new Database(file, { readonly: true });
  try {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = sqlite.prepare(`
      SELECT f.accession, f.document,
        (SELECT count(*) FROM filing_owners o WHERE o.accession = f.accession) AS owners,
        (SELECT count(*) FROM filing_rows r WHERE r.accession = f.accession AND r."table" = 'N') AS nonDerivative,
        (SELECT count(*) FROM filing_rows r WHERE r.accession = f.accession AND r."table" = 'D') AS derivative,
        json_array_length(f.signatures) AS signatures
      FROM filings f`).all() as { accession: string; document: Buffer; owners: number; nonDerivative: number; derivative: number; signatures: number }[];
    for (const row of rows) {
      const parsed = parseFiling(unpackDocument(row.document));
      expect({ ...row, document: undefined }, row.accession).toEqual({
        accession: row.accession,
        document: undefined,
        owners: parsed.reportingOwners.length,
        nonDerivative: parsed.nonDerivative.length,
        derivative: parsed.derivative.length,
        signatures: parsed.signatures.length,
      });
    }
    const orphans = sqlite.prepare(`
      SELECT (SELECT count(*) FROM filing_rows WHERE accession NOT IN (SELECT accession FROM filings))
           + (SELECT count(*) FROM filing_owners WHERE accession NOT IN (SELECT accession FROM filings)) AS n`).get() as { n: number };
    expect(orphans.n).toBe(0);
  } finally {
    sqlite.close();
  }
}

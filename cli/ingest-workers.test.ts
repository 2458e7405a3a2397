// `npm run ingest -- --workers N`, run as users run it (package.json's script, a child process): the
// worker threads load from the command's bundle, bad files are named and the rest stored, and the
// process ends by itself, on success and on error (a pool left running would keep it alive: the
// test would time out).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/index';
import { corpusFiles, hasCorpus, repoRoot, seedFixture, warnIfNoCorpus } from '../test/support/corpus';
import { spawnOf } from '../test/support/cli';
import { makeTempDir } from '../test/support/temp-db';
import { sampleFiles } from '../ingest/sample';

warnIfNoCorpus('the corpus filings loaded by worker threads in cli/ingest-workers.test.ts (the bad files and samples still are)');

/** The CLI as package.json runs it, given 60 s to end by itself. */
function ingest(args: string[], env: Record<string, string> = {}) {
  const started = performance.now();
  const command = spawnOf('ingest', args, env);
  const result = spawnSync(process.execPath, command.argv, {
    cwd: repoRoot,
    env: command.env,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

let dir: string;
let folder: string;
beforeAll(() => {
  dir = makeTempDir('section16-cli-workers-');
  folder = path.join(dir, 'folder');
  mkdirSync(folder);
  // The good ones first, so that the worker has started by the time it reaches the bad ones at the end.
  for (const file of [...sampleFiles(), ...corpusFiles('xml')]) symlinkSync(file, path.join(folder, path.basename(file)));
  const seed = readFileSync(seedFixture, 'utf8');
  writeFileSync(path.join(folder, 'zz-truncated.xml'), seed.slice(0, Math.floor(seed.length * 0.6)));
  writeFileSync(path.join(folder, 'zz-binary.nc'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const filingCount = (db: string) => {
  const { sqlite } = openDatabase(db);
  try {
    return sqlite.prepare('SELECT count(*) FROM filings').pluck().get() as number;
  } finally {
    sqlite.close();
  }
};

describe('npm run ingest -- --workers 1', () => {
  it('names each bad file with its reason, stores the rest, exits 1 and ends by itself', () => {
    const db = path.join(dir, 'bad', 'section16.db');
    const result = ingest([folder, '--workers', '1', '--db', db, '--quiet']);
    expect(result.signal, `still running after 60 s: ${result.stderr}`).toBeNull();
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^  ${escape(path.join(folder, 'zz-truncated.xml'))}: malformed-xml: .*\\(line \\d+, column \\d+\\)$`, 'm'));
    expect(result.stdout).toMatch(new RegExp(`^  ${escape(path.join(folder, 'zz-binary.nc'))}: binary: `, 'm'));
    const good = sampleFiles().length + corpusFiles('xml').length;
    expect(result.stdout).toContain(`loaded ${good}, replaced 0, skipped 0, failed 2`);
    expect(filingCount(db)).toBe(good);
    expect(result.stderr).not.toMatch(/worker stopped/);
    expect(result.stderr, 'the bundle built, no fallback to tsx').not.toMatch(/through tsx/);
  });

  it.skipIf(!hasCorpus)('stores the same as without workers (INGEST_WORKERS=0)', () => {
    const pooled = path.join(dir, 'same', 'pooled.db');
    const plain = path.join(dir, 'same', 'plain.db');
    const a = ingest([folder, '--workers', '1', '--db', pooled, '--quiet']);
    const b = ingest([folder, '--db', plain, '--quiet'], { INGEST_WORKERS: '0' });
    expect([a.status, b.status]).toEqual([1, 1]);
    const rows = (db: string) => {
      const { sqlite } = openDatabase(db);
      try {
        return sqlite.prepare('SELECT accession, issuer_cik, document FROM filings ORDER BY accession').all();
      } finally {
        sqlite.close();
      }
    };
    expect(rows(pooled)).toEqual(rows(plain));
  });

  it('ends by itself, exit status 1, when the database cannot be opened after the workers started', () => {
    const result = ingest([folder, '--workers', '2', '--db', '/dev/null/not-a-folder/section16.db']);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: /m);
  });

  it('takes a whole number, and says so otherwise', () => {
    for (const [args, env] of [[['--workers', 'two'], {}], [[], { INGEST_WORKERS: '-1' }]] as const) {
      const result = ingest([folder, ...args, '--db', path.join(dir, 'usage.db')], env);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^--workers must be a whole number/m);
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Helpers shared by the EDGAR tests: a temporary database and cache, an environment pointing at
// the look-alike server, captured output, and reads of what got stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { EdgarIo, TextSink } from '../../cli/edgar';
import type { FakeEdgar, RecordedRequest } from './fake-edgar';

export const TEST_USER_AGENT = 'Section16 Tests tests@example.com';

export interface Workspace {
  dir: string;
  dbPath: string;
  cacheDir: string;
  remove(): void;
}

export function makeWorkspace(): Workspace {
  const dir = mkdtempSync(path.join(tmpdir(), 'section16-edgar-'));
  return {
    dir,
    dbPath: path.join(dir, 'section16.db'),
    cacheDir: path.join(dir, 'edgar-cache'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function edgarEnv(fake: FakeEdgar, ws: Workspace, extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    SEC_USER_AGENT: TEST_USER_AGENT,
    EDGAR_BASE_URL: fake.url,
    EDGAR_DATA_URL: fake.url,
    EDGAR_CACHE_DIR: ws.cacheDir,
    SEC_RETRY_BASE_MS: '50',
    ...extra,
  };
}

export interface Captured extends EdgarIo {
  out: string;
  err: string;
}

export function captureIo(env: Record<string, string | undefined>): Captured {
  const io: Captured = { env, out: '', err: '' };
  const stdout: TextSink = { write: (t) => (io.out += t) };
  const stderr: TextSink = { write: (t) => (io.err += t) };
  io.stdout = stdout;
  io.stderr = stderr;
  return io;
}

export interface StoredFiling {
  accession: string;
  formType: string;
  issuerCik: string;
  filedAt: string | null;
  acceptedAt: string | null;
  source: string | null;
}

export function readStoredFilings(dbPath: string): StoredFiling[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT accession, form_type AS formType, issuer_cik AS issuerCik, filed_at AS filedAt,
           accepted_at AS acceptedAt, source FROM filings ORDER BY accession`,
      )
      .all() as StoredFiling[];
  } finally {
    db.close();
  }
}

/** The most requests that arrived inside any one second. */
export function maxInAnySecond(requests: readonly RecordedRequest[]): number {
  const times = requests.map((r) => r.at).sort((a, b) => a - b);
  let best = 0;
  let from = 0;
  for (let to = 0; to < times.length; to++) {
    while (times[to]! - times[from]! >= 1000) from++;
    best = Math.max(best, to - from + 1);
  }
  return best;
}

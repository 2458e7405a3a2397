import { readdirSync } from 'node:fs';
import path from 'node:path';
import { findRepoRoot, openDatabase } from '../db/index';
import { createFilingStore } from '../db/store';
import { ingestPaths } from './files';
import type { IngestSummary } from './pipeline';

/**
 * The bundled sample: the good fixtures at the top of `fixtures/` (the seed Form 4 among them).
 * `fixtures/bad/` holds inputs that must fail and is not part of it.
 */
export function sampleFiles(root = findRepoRoot()): string[] {
  const dir = path.join(root, 'fixtures');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.xml'))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/**
 * Creates and migrates the database, and loads the sample when it holds no filings, so a fresh
 * install has something to show. `null` when the database already had filings.
 */
export function loadSampleIfEmpty(dbPath: string): IngestSummary | null {
  const { sqlite } = openDatabase(dbPath);
  try {
    const store = createFilingStore(sqlite);
    if (store.countFilings() > 0) return null;
    return ingestPaths(sampleFiles(), { store });
  } finally {
    sqlite.close();
  }
}

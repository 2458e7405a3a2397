import { readdirSync } from 'node:fs';
import path from 'node:path';
import { accessionFromPath } from '../db/accession';
import { findRepoRoot, openDatabase } from '../db/index';
import { markUnmarkedSamples, sampleSource } from '../db/samples';
import { createFilingStore } from '../db/store';
import { readDocument } from './files';
import { emptySummary, ingestDocuments, type IngestInput, type IngestSummary } from './pipeline';

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
 * install has something to show. Each is stored as a sample (db/samples.ts): the pages say so, and
 * the first real filing stored takes them all away. `null` when the database already had filings.
 */
export function loadSampleIfEmpty(dbPath: string, root = findRepoRoot()): IngestSummary | null {
  const { sqlite } = openDatabase(dbPath);
  try {
    const store = createFilingStore(sqlite);
    const files = sampleFiles(root);
    const sourceOf = (file: string) => sampleSource(path.relative(root, file));
    if (store.countFilings() > 0) {
      // Samples loaded by an earlier version were stored under their paths, unmarked.
      markUnmarkedSamples(sqlite, new Map(files.map((file) => [file, sourceOf(file)])));
      return null;
    }
    const inputs = files.map((file): IngestInput => ({
      source: sourceOf(file),
      read: () => readDocument(file),
      accession: accessionFromPath(file),
    }));
    return ingestDocuments(store, inputs, {}, emptySummary(inputs.length));
  } finally {
    sqlite.close();
  }
}

// Where the shared corpus is, and whether it is there: corpus tests skip, saying so, without it.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from this file's place in it (not the working directory). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
export const hasCorpus = existsSync(path.join(corpusDir, 'xml'));

/** Call at the top of a corpus test file: a visible note when the corpus tests will be skipped. */
export function warnIfNoCorpus(what: string): void {
  if (!hasCorpus) console.warn(`SKIPPED ${what}: the corpus is not at ${corpusDir} (../shared/corpus from the repo root)`);
}

/** Corpus files of one folder (`xml`, `submissions`), full paths in name order. */
export function corpusFiles(folder: 'xml' | 'submissions'): string[] {
  const dir = path.join(corpusDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().map((name) => path.join(dir, name));
}

export const fixturesDir = path.join(repoRoot, 'fixtures');
export const seedFixture = path.join(fixturesDir, 'seed-allied-motion-2013-form4.xml');

// Where the shared corpus is, and whether it is there: corpus tests skip, saying so, without it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
/** sha256 of the seed's ownership XML (the file without its final newline), worked out with `sha256sum`. */
export const seedContentHash = 'd77e7457c4a9d51ba5205c72a6b55e52cbc49f76c036ba10760c984775361e4f';
/** The seed has no accession number: stored bare, it is keyed by `x` and the first 20 hex digits of that hash. */
export const seedDerivedAccession = 'xd77e7457c4a9d51ba520';

/** A row of the corpus's MANIFEST.tsv, written by whoever gathered the corpus (not by this code). */
export interface ManifestRow {
  local_file: string;
  form_type: string;
  schema_version: string;
  issuer_name: string;
  issuer_cik: string;
  accession: string;
  period: string;
  notes: string;
}

/** MANIFEST.tsv by file name within xml/ (e.g. `4_Tesla-Inc_0000899243-21-044060.xml`); empty without the corpus. */
export function readManifest(): Map<string, ManifestRow> {
  const rows = new Map<string, ManifestRow>();
  const file = path.join(corpusDir, 'MANIFEST.tsv');
  if (!existsSync(file)) return rows;
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split(/\r?\n/);
  const cols = (header ?? '').split('\t');
  for (const line of lines) {
    const cells = line.split('\t');
    const row = Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? ''])) as unknown as ManifestRow;
    rows.set(row.local_file.replace(/^xml\//, ''), row);
  }
  return rows;
}

/** The rows by table and kind and the footnote count a MANIFEST row's notes give ("nonDeriv tx=2 hold=0; deriv tx=0 hold=1; … footnotes=3"). */
export function manifestCounts(row: ManifestRow): { nonDerivative: { transaction: number; holding: number }; derivative: { transaction: number; holding: number }; footnotes: number } {
  const rows = /nonDeriv tx=(\d+) hold=(\d+); deriv tx=(\d+) hold=(\d+)/.exec(row.notes);
  const footnotes = /footnotes=(\d+)/.exec(row.notes);
  if (!rows || !footnotes) throw new Error(`MANIFEST.tsv: no row or footnote counts in the notes of ${row.local_file}`);
  return {
    nonDerivative: { transaction: Number(rows[1]), holding: Number(rows[2]) },
    derivative: { transaction: Number(rows[3]), holding: Number(rows[4]) },
    footnotes: Number(footnotes[1]),
  };
}

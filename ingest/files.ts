import { type Dirent, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { accessionFromPath } from '../db/accession';
import { openDatabase, resolveDatabasePath } from '../db/index';
import { createFilingStore, type FilingStore } from '../db/store';
import { startBulkLoad } from '../db/bulk-load';
import { DEFAULT_BATCH_SIZE, describeFsError, emptySummary, ingestDocuments, type IngestInput, type IngestOptions, type IngestSummary } from './pipeline';
import { defaultWorkerCount, startIngestPool } from './worker-pool';

/** File kinds a filing comes in: a bare ownership XML, an EDGAR `.txt` submission, an `.nc` feed file. */
export const FILING_EXTENSIONS = ['.xml', '.txt', '.nc'] as const;

/** A name's extension in lower case (`''` for none, or a dotfile's), read once for both kinds below. */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

const isFilingExtension = (ext: string) => (FILING_EXTENSIONS as readonly string[]).includes(ext);

export function isFilingFile(file: string): boolean {
  return isFilingExtension(extensionOf(path.basename(file)));
}

/** One of the SEC's quarterly data-set zips (ingest/datasets.ts), by its extension. */
const isDatasetZip = (ext: string) => ext === '.zip';

export interface CollectedFiles {
  /** Filing files, directories expanded recursively, each directory's files in name order. */
  files: string[];
  /** Arguments that could not be read at all (missing path, no permission). */
  missing: { source: string; reason: string }[];
  /** With `{ zips: true }`: data-set zips named directly or found in directories, in the same order (not in `files`). */
  zips: string[];
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Expands the paths given on a command line. A file named directly is taken whatever its
 * extension (the user asked for it); inside directories only `.xml`, `.txt` and `.nc`.
 * Sorted per directory so that runs are repeatable; a file reached twice is listed once.
 * With `{ zips: true }` the same walk sets data-set zips apart (a folder of thousands of files is
 * walked once, not once for each kind).
 */
export function collectFiles(paths: readonly string[], options: { zips?: boolean } = {}): CollectedFiles {
  const files: string[] = [];
  const zips: string[] = [];
  const missing: CollectedFiles['missing'] = [];
  // A file is reached twice only through a directory walked twice (given twice, or inside another
  // given) or one given directly: known by resolved directories walked and files given, not by each
  // of a folder's tens of thousands of files (hashing their paths cost about 40 ms at 42,900).
  const walked = new Set<string>();
  const named = new Set<string>();
  // A directory's entries are named by its path and theirs as path.join would (the directory is
  // normalized once): joining and resolving each file cost the writing thread several µs a file.
  const walk = (dir: string, resolved: string) => {
    if (walked.has(resolved)) return;
    walked.add(resolved);
    const prefix = dir === '.' ? '' : dir.endsWith(path.sep) ? dir : dir + path.sep;
    const resolvedPrefix = resolved.endsWith(path.sep) ? resolved : resolved + path.sep;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort(byName)) {
      const full = prefix + entry.name;
      if (entry.isDirectory()) {
        walk(full, resolvedPrefix + entry.name);
        continue;
      }
      const ext = extensionOf(entry.name);
      if (options.zips && isDatasetZip(ext)) zips.push(full);
      else if (isFilingExtension(ext) && (entry.isFile() || statSync(full, { throwIfNoEntry: false })?.isFile())) {
        if (named.size === 0 || !named.has(resolvedPrefix + entry.name)) files.push(full);
      }
    }
  };
  for (const given of paths) {
    try {
      const stat = statSync(given);
      const resolved = path.resolve(given);
      if (stat.isDirectory()) walk(path.normalize(given), resolved);
      else if (options.zips && isDatasetZip(extensionOf(path.basename(given)))) zips.push(given);
      else if (named.has(resolved) || (walked.has(path.dirname(resolved)) && stat.isFile() && isFilingFile(resolved))) continue;
      else {
        named.add(resolved);
        files.push(given);
      }
    } catch (error) {
      missing.push({ source: given, reason: describeFsError(error) });
    }
  }
  return { files, missing, zips };
}

export { readDocument } from './read-document';

/** Below this many files a pool's start costs more than it saves: they are read and parsed in this thread. */
const POOL_FROM_FILES = 200;

export interface IngestPathsOptions extends IngestOptions {
  /** Database file (default: `DATABASE_PATH` or `data/section16.db`). Ignored when `store` is given. */
  dbPath?: string;
  /** An open store to load into instead. */
  store?: FilingStore;
  /**
   * Worker threads that read, parse and compress the files while this thread writes: 0 for none.
   * Default: one fewer than the cores (at least one) for a load of many files. Ignored when `pool` is given.
   */
  workers?: number;
}

/**
 * Loads every `.xml`, `.txt` and `.nc` file under `paths` (directories recursively, in name order).
 * A file's name supplies the accession when its text has none (`..._0001062993-21-005990.xml`).
 */
export function ingestPaths(paths: readonly string[], options: IngestPathsOptions = {}): IngestSummary {
  return ingestCollected(collectFiles(paths), options);
}

/** `ingestPaths` of files already collected (their zips, if any, are the caller's). */
export function ingestCollected({ files, missing }: CollectedFiles, options: IngestPathsOptions = {}): IngestSummary {
  const summary = emptySummary(files.length + missing.length);
  for (const failure of missing) {
    summary.failed++;
    summary.failures.push({ source: failure.source, reason: `cannot read: ${failure.reason}` });
  }
  // The workers first: they start (a thread, their module loaded) while this one opens the database.
  const workers = options.workers ?? (files.length >= POOL_FROM_FILES ? defaultWorkerCount() : 0);
  const pool = options.pool ?? (workers > 0 ? startIngestPool(workers) : undefined);
  // Named as the load takes them, not all before the first is read (0.1 s at 42,900 files, with
  // one core idle); the summary's total gives the load its count.
  const inputs = (function* (): Generator<IngestInput> {
    for (const file of files) yield { source: file, file, accession: accessionFromPath(file) };
  })();
  let sqlite: ReturnType<typeof openDatabase>['sqlite'] | null = null;
  let bulkLoad: IngestOptions['bulkLoad'];
  try {
    if (options.store) return ingestDocuments(options.store, inputs, { ...options, pool }, summary);
    // More files than a batch of 5,000 (or of the size given): a bulk load (db/bulk-load.ts), worth a
    // large page cache and its own journaling, whether the load then commits 5,000 or 20,000 at a time.
    const many = files.length > (options.batchSize ?? DEFAULT_BATCH_SIZE);
    ({ sqlite } = openDatabase(resolveDatabasePath(options.dbPath), { bulkLoad: many }));
    bulkLoad = many ? startBulkLoad(sqlite) : undefined;
    return ingestDocuments(createFilingStore(sqlite), inputs, { ...options, pool, bulkLoad }, summary);
  } finally {
    bulkLoad?.stop();
    sqlite?.close();
    // The workers are not waited for: terminated, and never what keeps the process alive.
    if (pool !== options.pool) void pool?.close();
  }
}

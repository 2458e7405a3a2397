import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** File kinds a filing comes in: a bare ownership XML, an EDGAR `.txt` submission, an `.nc` feed file. */
export const FILING_EXTENSIONS = ['.xml', '.txt', '.nc'] as const;

export function isFilingFile(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return (FILING_EXTENSIONS as readonly string[]).includes(ext);
}

export interface CollectedFiles {
  /** Filing files, directories expanded recursively, each directory's files in name order. */
  files: string[];
  /** Arguments that could not be read at all (missing path, no permission). */
  missing: { source: string; reason: string }[];
}

/**
 * Expands the paths given on a command line. A file named directly is taken whatever its
 * extension (the user asked for it); inside directories only `.xml`, `.txt` and `.nc`.
 * Sorted per directory so that runs are repeatable; a file reached twice is listed once.
 */
export function collectFiles(paths: readonly string[]): CollectedFiles {
  const files: string[] = [];
  const missing: CollectedFiles['missing'] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const resolved = path.resolve(file);
    if (seen.has(resolved)) return;
    seen.add(resolved);
    files.push(file);
  };
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (isFilingFile(entry.name) && (entry.isFile() || statSync(full, { throwIfNoEntry: false })?.isFile())) add(full);
    }
  };
  for (const given of paths) {
    try {
      if (statSync(given).isDirectory()) walk(given);
      else add(given);
    } catch (error) {
      missing.push({ source: given, reason: describeFsError(error) });
    }
  }
  return { files, missing };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * A filing's text. EDGAR filings are UTF-8 or ASCII, but old ones can be Latin-1
 * (`encoding="ISO-8859-1"`): bytes that are not valid UTF-8 are read as Latin-1 rather than
 * turned into U+FFFD. A binary file still reads as text here and the parser rejects it.
 */
export function readDocument(file: string): string {
  const bytes = readFileSync(file);
  try {
    return decoder.decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/** A read error in words: "no such file or directory", not an errno dump. */
export function describeFsError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    switch ((error as { code?: string }).code) {
      case 'ENOENT': return 'no such file or directory';
      case 'EACCES': case 'EPERM': return 'permission denied';
      case 'EISDIR': return 'is a directory';
      case 'ENOTDIR': return 'a path component is not a directory';
    }
  }
  return error instanceof Error ? error.message : String(error);
}

// Accession numbers: EDGAR's `0001062993-21-005990` (filer id, year, sequence), also written without
// dashes in EDGAR paths, and our own `x` + 20 hex digits for a bare XML known only by its content.

const DASHED = /^(\d{10})-(\d{2})-(\d{6})$/;
const UNDASHED = /^(\d{10})(\d{2})(\d{6})$/;
const DERIVED = /^x[0-9a-f]{20}$/;

/** The canonical form of a user-given accession, or `null` when it cannot be one. */
export function normalizeAccession(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (DASHED.test(text) || DERIVED.test(text)) return text;
  const parts = UNDASHED.exec(text);
  return parts ? `${parts[1]}-${parts[2]}-${parts[3]}` : null;
}

const IN_FILE_NAME = /(?:^|[^\d])(\d{10}-\d{2}-\d{6})(?:\.[a-z0-9]+)+$/i;
const EDGAR_FOLDER = /^\d{18}$/;

/**
 * The accession a file's path names: `4_AMOT_0001062993-21-005990.xml` (the corpus),
 * `0001062993-21-005990.txt` (EDGAR's submission file), or an EDGAR archive folder
 * `.../000106299321005990/form4.xml`. `null` when the path says nothing.
 */
export function accessionFromPath(filePath: string): string | null {
  // Sliced, not split: a folder's tens of thousands of paths are named before the first is read.
  const end = lastSeparator(filePath, filePath.length);
  const inName = IN_FILE_NAME.exec(filePath.slice(end + 1));
  if (inName) return inName[1]!;
  if (end < 0) return null;
  const folder = filePath.slice(lastSeparator(filePath, end - 1) + 1, end);
  return EDGAR_FOLDER.test(folder) ? normalizeAccession(folder) : null;
}

/** The last `/` or `\\` of `text` at or before `from` (-1 when none). */
function lastSeparator(text: string, from: number): number {
  return from < 0 ? -1 : Math.max(text.lastIndexOf('/', from), text.lastIndexOf('\\', from));
}

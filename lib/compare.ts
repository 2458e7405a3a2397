// Comparators that order as SQLite's ORDER BY does, for lists ordered in code.

/** ORDER BY x DESC NULLS LAST, as a comparator. */
export function descNullsLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/** SQLite's COLLATE NOCASE ascending (ASCII letters folded; NULL first). */
export function compareNoCase(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  const fa = a.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const fb = b.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}

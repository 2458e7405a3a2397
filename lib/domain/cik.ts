// A CIK (SEC Central Index Key): up to 10 digits. Stored, compared and put in app URLs without
// leading zeros ("46129"); EDGAR's URLs and files use it padded to 10 ("0000046129").

/**
 * "0000046129", " 46129 ", "CIK0000046129" or 46129 → "46129"; null for anything that is not up to
 * 10 digits (after an optional "CIK" prefix, as EDGAR writes it in file names).
 */
export function parseCik(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim().replace(/^CIK/i, '');
  return /^\d{1,10}$/.test(text) ? String(Number(text)) : null;
}

/** "46129" → "0000046129": the 10-digit form EDGAR uses in URLs and file names. */
export function padCik(cik: string): string {
  return cik.padStart(10, '0');
}

// Conversions from filed text to typed values. The rule throughout: keep what was filed. A value
// that is not what the field usually holds (a price of "See Footnote 2") stays text; nothing is
// ever turned into 0 or dropped.
import type { FiledDate, FiledNumber } from './types';

/** Trimmed text, or null when empty. */
export function filedText(raw: string | null): string | null {
  if (raw === null) return null;
  const t = raw.trim();
  return t === '' ? null : t;
}

/**
 * A plain decimal ("785", "-1.5", "1,234,567.8901", ".25") becomes a number; other non-empty text
 * stays the trimmed string; empty is null.
 */
export function filedNumber(raw: string | null): FiledNumber {
  const t = filedText(raw);
  if (t === null) return null;
  return isPlainDecimal(t) ? Number(t.indexOf(',') === -1 ? t : t.replaceAll(',', '')) : t;
}

function isPlainDecimal(t: string): boolean {
  let i = 0;
  const n = t.length;
  const c0 = t.charCodeAt(0);
  if (c0 === 45 || c0 === 43) i++; // - +
  let intDigits = 0;
  let groupLen = -1; // digits since the last comma; -1 when there was no comma
  for (; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      intDigits++;
      if (groupLen >= 0) groupLen++;
    } else if (c === 44) {
      // Thousands separator: 1-3 digits before the first, exactly 3 between and after.
      if (intDigits === 0 || (groupLen === -1 ? intDigits > 3 : groupLen !== 3)) return false;
      groupLen = 0;
    } else break;
  }
  if (groupLen >= 0 && groupLen !== 3) return false;
  if (i === n) return intDigits > 0;
  if (t.charCodeAt(i) !== 46) return false; // .
  i++;
  let fracDigits = 0;
  for (; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    fracDigits++;
  }
  return intDigits + fracDigits > 0;
}

/**
 * `YYYY-MM-DD`, with a trailing time zone dropped (`2013-05-21-05:00`, `2013-05-21Z`); anything
 * else that was filed is kept as filed (trimmed).
 */
export function filedDate(raw: string | null): FiledDate {
  const t = filedText(raw);
  if (t === null || t.length === 10) return t;
  if (t.length > 10 && /^\d{4}-\d\d-\d\d(?:Z|[+-]\d\d:?\d\d)$/.test(t)) return t.slice(0, 10);
  return t;
}

/** `1`/`true` → true, `0`/`false` → false (any case); absent, empty or other text → null. */
export function filedBoolean(raw: string | null): boolean | null {
  const t = filedText(raw);
  if (t === null) return null;
  if (t === '1') return true;
  if (t === '0') return false;
  const lower = t.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return null;
}

/** A CIK without leading zeros ("0000046129" → "46129"; "0" stays "0"). */
export function cikOf(raw: string | null): string | null {
  const t = filedText(raw);
  if (t === null) return null;
  let i = 0;
  while (i < t.length - 1 && t.charCodeAt(i) === 48) i++;
  return i === 0 ? t : t.slice(i);
}

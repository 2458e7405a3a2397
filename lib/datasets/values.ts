// The data set's way of writing values, read into the parser's: dates `27-SEP-2024`, numbers as
// Oracle prints them (`785.0`, `19.82`), footnote ids `F1, F2`, relationships
// `Director,Officer,TenPercentOwner,Other`, CIKs zero-padded.
import { cikOf, filedText } from '../parser/values';

const MONTHS: Readonly<Record<string, string>> = {
  JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06',
  JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12',
};

/** Thrown for a value its column cannot hold; the caller adds the table and line. */
export class BadValue extends Error {}

/** `27-SEP-2024` → `2024-09-27`; empty → null. (A `YYYY-MM-DD` is taken as it is.) */
export function datasetDate(raw: string, column: string): string | null {
  const t = raw.trim();
  if (t === '') return null;
  const m = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/.exec(t);
  if (m !== null) {
    const month = MONTHS[m[2]!.toUpperCase()];
    if (month !== undefined) return `${m[3]}-${month}-${m[1]!.padStart(2, '0')}`;
  }
  if (/^\d{4}-\d\d-\d\d$/.test(t)) return t;
  throw new BadValue(`${column} '${t}' is not a date (DD-MON-YYYY)`);
}

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** A number column (`785.0`, `19.82`, perhaps `1.5E+7`) as a number; empty → null. */
export function datasetNumber(raw: string, column: string): number | null {
  const t = raw.trim();
  if (t === '') return null;
  if (!NUMBER.test(t)) throw new BadValue(`${column} '${t}' is not a number`);
  return Number(t);
}

/** `F1, F2` → `['F1', 'F2']`; empty → []. */
export function datasetFootnoteIds(raw: string): string[] {
  if (raw.trim() === '') return [];
  return raw.split(',').map((id) => id.trim()).filter((id) => id !== '');
}

export interface Relationship {
  isDirector: boolean;
  isOfficer: boolean;
  isTenPercentOwner: boolean;
  isOther: boolean;
}

/** `Director,Officer,TenPercentOwner,Other` in any case, with or without spaces. */
export function datasetRelationship(raw: string, column: string): Relationship {
  const out: Relationship = { isDirector: false, isOfficer: false, isTenPercentOwner: false, isOther: false };
  for (const word of raw.split(',')) {
    const w = word.trim().toUpperCase().replace(/[\s_%-]/g, '');
    if (w === '') continue;
    if (w === 'DIRECTOR') out.isDirector = true;
    else if (w === 'OFFICER') out.isOfficer = true;
    else if (w === 'TENPERCENTOWNER' || w === '10OWNER' || w === 'TENPERCENT') out.isTenPercentOwner = true;
    else if (w === 'OTHER') out.isOther = true;
    else throw new BadValue(`${column} '${raw.trim()}': '${word.trim()}' is not Director, Officer, TenPercentOwner or Other`);
  }
  return out;
}

/** A zero-padded CIK without its zeros; throws for one that is not digits. */
export function datasetCik(raw: string, column: string): string {
  const t = filedText(raw);
  if (t === null || !/^\d{1,10}$/.test(t)) throw new BadValue(`${column} '${raw.trim()}' is not a CIK`);
  return cikOf(t)!;
}

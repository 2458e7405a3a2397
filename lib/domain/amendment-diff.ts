// What an amendment (4/A, 3/A, 5/A) changed against the filing it amends, field by field: rows added,
// removed and changed in Tables I and II, owners, footnotes and the filing's own fields.
import type { FilingJson, FilingJsonDerivativeRow, FilingJsonOwner, FilingJsonRow } from './filing-json';

export type FieldChange = { field: string; before: unknown; after: unknown };

type Row = FilingJsonRow | FilingJsonDerivativeRow;
export type TableName = 'nonDerivative' | 'derivative';

export type RowDiff =
  | { change: 'added'; table: TableName; after: Row; afterIndex: number }
  | { change: 'removed'; table: TableName; before: Row; beforeIndex: number }
  | { change: 'changed'; table: TableName; before: Row; after: Row; beforeIndex: number; afterIndex: number; fields: FieldChange[] };

export type KeyedDiff<T> =
  | { change: 'added'; key: string; after: T }
  | { change: 'removed'; key: string; before: T }
  | { change: 'changed'; key: string; before: T; after: T; fields: FieldChange[] };

export interface AmendmentDiff {
  /** The filing's own fields (period, issuer, remarks, boxes). */
  filing: FieldChange[];
  owners: KeyedDiff<FilingJsonOwner>[];
  rows: RowDiff[];
  /** Rows the amendment repeats unchanged. */
  unchangedRows: number;
  footnotes: KeyedDiff<string>[];
}

const FILING_FIELDS = ['periodOfReport', 'dateOfOriginalSubmission', 'aff10b5One', 'notSubjectToSection16', 'noSecuritiesOwned', 'remarks'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields of `before` and `after` that differ (`value` is derived from shares and price, so it is left out). */
function fieldChanges<T extends object>(before: T, after: T, skip: ReadonlySet<string> = new Set()): FieldChange[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: FieldChange[] = [];
  for (const field of keys) {
    if (skip.has(field)) continue;
    const b = (before as Record<string, unknown>)[field];
    const a = (after as Record<string, unknown>)[field];
    if (!same(b, a)) out.push({ field, before: b ?? null, after: a ?? null });
  }
  return out;
}

const ROW_SKIP = new Set(['value']);
/** What names a line: a corrected amount keeps its line, a different security or date is another line. */
const identity = (r: Row) => JSON.stringify([r.kind, r.securityTitle, r.transactionDate, r.code]);

/** Pairs the lines of one table: identical lines first, then lines of the same identity, in the order filed. */
function diffTable(table: TableName, before: readonly Row[], after: readonly Row[]): { diffs: RowDiff[]; unchanged: number } {
  const pairedBefore = new Set<number>();
  const pairOf = new Map<number, number>();
  const pass = (matches: (b: Row, a: Row) => boolean) => {
    after.forEach((a, ai) => {
      if (pairOf.has(ai)) return;
      const bi = before.findIndex((b, i) => !pairedBefore.has(i) && matches(b, a));
      if (bi >= 0) {
        pairedBefore.add(bi);
        pairOf.set(ai, bi);
      }
    });
  };
  pass((b, a) => fieldChanges(b, a, ROW_SKIP).length === 0);
  pass((b, a) => identity(b) === identity(a));
  const diffs: RowDiff[] = [];
  let unchanged = 0;
  after.forEach((a, ai) => {
    const bi = pairOf.get(ai);
    if (bi === undefined) {
      diffs.push({ change: 'added', table, after: a, afterIndex: ai });
      return;
    }
    const fields = fieldChanges(before[bi]!, a, ROW_SKIP);
    if (fields.length === 0) unchanged++;
    else diffs.push({ change: 'changed', table, before: before[bi]!, after: a, beforeIndex: bi, afterIndex: ai, fields });
  });
  before.forEach((b, bi) => {
    if (!pairedBefore.has(bi)) diffs.push({ change: 'removed', table, before: b, beforeIndex: bi });
  });
  return { diffs, unchanged };
}

function diffKeyed<T extends object | string>(before: Map<string, T>, after: Map<string, T>): KeyedDiff<T>[] {
  const out: KeyedDiff<T>[] = [];
  for (const [key, a] of after) {
    const b = before.get(key);
    if (b === undefined) out.push({ change: 'added', key, after: a });
    else if (!same(b, a)) {
      const fields = typeof a === 'string' ? [{ field: 'text', before: b, after: a }] : fieldChanges(b as object, a as object);
      out.push({ change: 'changed', key, before: b, after: a, fields });
    }
  }
  for (const [key, b] of before) if (!after.has(key)) out.push({ change: 'removed', key, before: b });
  return out;
}

/** What `amendment` changed against `original`. */
export function diffAmendment(original: FilingJson, amendment: FilingJson): AmendmentDiff {
  const filing: FieldChange[] = FILING_FIELDS.flatMap((field) =>
    same(original[field], amendment[field]) ? [] : [{ field, before: original[field], after: amendment[field] }]);
  if (!same(original.issuer, amendment.issuer)) filing.unshift({ field: 'issuer', before: original.issuer, after: amendment.issuer });
  const owners = diffKeyed(new Map(original.reportingOwners.map((o) => [o.cik, o])), new Map(amendment.reportingOwners.map((o) => [o.cik, o])));
  const n = diffTable('nonDerivative', original.nonDerivative, amendment.nonDerivative);
  const d = diffTable('derivative', original.derivative, amendment.derivative);
  const footnotes = diffKeyed(new Map(original.footnotes.map((f) => [f.id, f.text])), new Map(amendment.footnotes.map((f) => [f.id, f.text])));
  return { filing, owners, rows: [...n.diffs, ...d.diffs], unchangedRows: n.unchanged + d.unchanged, footnotes };
}

/** Whether the amendment changed nothing that was filed. */
export function isEmptyDiff(diff: AmendmentDiff): boolean {
  return diff.filing.length === 0 && diff.owners.length === 0 && diff.rows.length === 0 && diff.footnotes.length === 0;
}

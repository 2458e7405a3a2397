// Footnotes the sentence points at: "under the plan in footnote 1", "a price given in footnote 3".
import type { FootnoteIds, RowField } from '@/lib/parser/types';
import { joinList, plural } from './english';
import type { Context, SummaryRow } from './types';

// A footnote describes a plan the trade was made under: Rule 10b5-1, or "pursuant to the ... Plan".
const PLAN = /10b5-1|\b(pursuant to|under|in accordance with|through)\b[^.;]{0,120}\bplans?\b/i;
const NEGATED_PLAN = /\bnot\b[^.;]{0,40}\b(pursuant to|under)\b[^.;]{0,60}\bplan\b/i;
// Footnotes on these fields describe the holding, not the trade ("By 401(k) plan").
const HOLDING_FIELDS = new Set<RowField>(['sharesOwnedAfter', 'valueOwnedAfter', 'directOrIndirect', 'natureOfOwnership']);

/** The ids of the footnotes on a row's fields (all of them when no fields are named). */
export function footnotesOn(row: SummaryRow, fields?: RowField[]): string[] {
  const ids = row.footnoteIds as FootnoteIds;
  const keys = fields ?? (Object.keys(ids) as RowField[]);
  return keys.flatMap((k) => ids[k] ?? []);
}

/** The numbers readers see for these ids, once each, in order. */
export function footnoteRefs(ids: string[], ctx: Context): number[] {
  return [...new Set(ids.map((id) => ctx.numbers.get(id)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
}

/** "footnote 1", "footnotes 1 and 3". */
export function footnoteWords(numbers: number[]): string {
  return `${plural(numbers.length, 'footnote', 'footnotes')} ${joinList(numbers.map(String))}`;
}

/** The first footnote on the trades (not the holdings) of these rows that says they were made under a plan. */
export function planFootnote(rows: SummaryRow[], ctx: Context): number | null {
  const ids = rows.flatMap((row) => footnotesOn(row, (Object.keys(row.footnoteIds) as RowField[]).filter((k) => !HOLDING_FIELDS.has(k))));
  const planIds = ids.filter((id) => {
    const text = ctx.footnotes.get(id) ?? '';
    return PLAN.test(text) && !NEGATED_PLAN.test(text);
  });
  return footnoteRefs(planIds, ctx)[0] ?? null;
}

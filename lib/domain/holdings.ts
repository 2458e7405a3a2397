// What a filing says its reporting owners hold: each holding of its Table I at the amount owned after
// its latest line. A holding is a security held directly, or held indirectly in one way ("By Trust",
// "By Spouse", or "See footnote" with the footnote naming the fund), so one filing can report several:
// a venture investor's Form 4 lists a line for each fund, each with its own amount. Lines of one
// holding share the security, D or I, the nature's text and its footnotes; a line that leaves the
// footnotes off (one of Musk's thirty sales of November 10, 2021 does) belongs to the one footnoted
// holding of that text.
import type { FiledNumber, FootnoteIds } from '@/lib/parser/types';
import { descNullsLast } from '@/lib/compare';

/** A Table I line as the rule reads it (lib/parser's NonDerivativeRow has these fields). */
export type HoldingLine = {
  securityTitle: string | null;
  transactionDate: string | null;
  sharesOwnedAfter: FiledNumber;
  directOrIndirect: string | null;
  natureOfOwnership: string | null;
  footnoteIds: FootnoteIds;
};

export type ReportedHolding = {
  securityTitle: string | null;
  directOrIndirect: string | null;
  natureOfOwnership: string | null;
  /** Footnotes on the nature of ownership (which fund or trust), as filed on the holding's lines. */
  natureFootnoteIds: string[];
  /** Owned after the holding's latest line, as filed. */
  sharesOwnedAfter: FiledNumber;
};

const fold = (text: string | null) => (text ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The holdings of `rows` (one filing's Table I, in the order filed), each as the indices of its lines,
 * in the order first reported. Lines without an amount owned after are left out.
 */
function groupLines(rows: readonly HoldingLine[]): number[][] {
  type Group = { text: string; footnotes: string; lines: number[] };
  const groups = new Map<string, Group>();
  rows.forEach((row, at) => {
    if (row.sharesOwnedAfter === null || row.sharesOwnedAfter === '') return;
    const text = `${fold(row.securityTitle)}\u0000${row.directOrIndirect ?? ''}\u0000${fold(row.natureOfOwnership)}`;
    const footnotes = (row.footnoteIds.natureOfOwnership ?? []).join(',');
    const key = `${text}\u0000${footnotes}`;
    const group = groups.get(key);
    if (group) group.lines.push(at);
    else groups.set(key, { text, footnotes, lines: [at] });
  });
  // Lines without the nature's footnotes join the one footnoted holding of the same text.
  for (const [key, group] of groups) {
    if (group.footnotes !== '') continue;
    const footnoted = [...groups.values()].filter((g) => g.text === group.text && g.footnotes !== '');
    if (footnoted.length !== 1) continue;
    footnoted[0]!.lines.push(...group.lines);
    groups.delete(key);
  }
  return [...groups.values()].map((g) => g.lines.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

/** Whether line `a` of `rows` states a later balance than line `b`: a later date, no date (a holding line, stated as of the report) latest, then filed later. */
function laterLine(rows: readonly HoldingLine[], a: number, b: number): boolean {
  const da = rows[a]!.transactionDate;
  const db = rows[b]!.transactionDate;
  if (da !== db) return da === null || (db !== null && da > db);
  return a > b;
}

/**
 * Each holding `rows` (one filing's Table I, in the order filed) report, in the order first reported,
 * at the amount owned after its latest line (`laterLine`).
 */
export function reportedHoldings(rows: readonly HoldingLine[]): ReportedHolding[] {
  return groupLines(rows).map((lines) => {
    const line = rows[lines.reduce((latest, at) => (laterLine(rows, at, latest) ? at : latest))]!;
    return {
      securityTitle: line.securityTitle,
      directOrIndirect: line.directOrIndirect,
      natureOfOwnership: line.natureOfOwnership,
      natureFootnoteIds: line.footnoteIds.natureOfOwnership ?? [],
      sharesOwnedAfter: line.sharesOwnedAfter,
    };
  });
}

/** A Table I line as the running totals read it. */
export type TradedLine = HoldingLine & { kind: 'transaction' | 'holding'; shares: FiledNumber; acquiredDisposed: string | null };

/**
 * What the filing's holdings of each transaction's security, held the same way (D or I), add up to
 * just after it, its transactions taken in date order, then as filed (a person's holdings over time).
 * A holding not yet traded counts at its amount before its first transaction here (owned after it,
 * less the shares it acquired or plus those it disposed of), a holding line at its amount: a fund's
 * Form 4 selling from four funds in turn shows its total falling, not four funds' balances in turn.
 * Indexed as `rows`; null for a line that is no transaction or whose amounts are not numbers.
 */
export function runningTotals(rows: readonly TradedLine[]): (number | null)[] {
  const totals: (number | null)[] = rows.map(() => null);
  const amount = new Map<number[], number>();
  const groupOf = new Map<number, number[]>();
  for (const lines of groupLines(rows)) {
    const traded = lines.filter((at) => rows[at]!.kind === 'transaction').sort((a, b) => (laterLine(rows, a, b) ? 1 : -1));
    const first = rows[traded[0] ?? lines[lines.length - 1]!]!;
    if (typeof first.sharesOwnedAfter !== 'number') continue;
    const sign = first.acquiredDisposed === 'A' ? -1 : first.acquiredDisposed === 'D' ? 1 : 0;
    const before = traded.length > 0 && typeof first.shares === 'number' ? first.sharesOwnedAfter + sign * first.shares : first.sharesOwnedAfter;
    amount.set(lines, before);
    for (const at of traded) groupOf.set(at, lines);
  }
  const order = [...groupOf.keys()].sort((a, b) => (laterLine(rows, a, b) ? 1 : -1));
  for (const at of order) {
    const row = rows[at]!;
    if (typeof row.sharesOwnedAfter !== 'number') continue;
    amount.set(groupOf.get(at)!, row.sharesOwnedAfter);
    // Summed as holdingTotals does: by security, indirect apart from the rest.
    const way = (line: HoldingLine) => `${fold(line.securityTitle)}\u0000${line.directOrIndirect === 'I' ? 'I' : 'D'}`;
    let sum = 0;
    for (const [lines, value] of amount) if (way(rows[lines[0]!]!) === way(row)) sum += value;
    totals[at] = Math.round(sum * 1e6) / 1e6;
  }
  return totals;
}

/** One security's holdings, totalled directly and indirectly (the issuer page's insiders list). */
export type HoldingTotals = {
  direct: FiledNumber;
  indirect: FiledNumber;
  /** How many indirect holdings `indirect` adds up, those emptied (0 owned after) left out. */
  indirectHoldings: number;
};

/**
 * The holdings of `securityTitle` (case and spacing aside), summed by D and I. An amount filed as text
 * ("See footnote") cannot be added: a total of text alone is the first text, and numbers beside text
 * add up the numbers. Null where there is no such holding.
 */
export function holdingTotals(holdings: readonly ReportedHolding[], securityTitle: string | null): HoldingTotals {
  const same = holdings.filter((h) => fold(h.securityTitle) === fold(securityTitle));
  const indirect = same.filter((h) => h.directOrIndirect === 'I');
  return {
    direct: total(same.filter((h) => h.directOrIndirect !== 'I')),
    indirect: total(indirect),
    indirectHoldings: indirect.filter((h) => h.sharesOwnedAfter !== 0).length,
  };
}

/**
 * What the filing of someone's latest held line says they hold of that line's security (`holdings`:
 * what it reports, when read); the line alone when not.
 */
export function heldTotals(
  holdings: readonly ReportedHolding[] | undefined,
  line: { securityTitle: string | null; directOrIndirect: string | null; sharesOwnedAfter: FiledNumber },
): HoldingTotals {
  if (holdings && holdings.length > 0) return holdingTotals(holdings, line.securityTitle);
  return line.directOrIndirect === 'I'
    ? { direct: null, indirect: line.sharesOwnedAfter, indirectHoldings: 1 }
    : { direct: line.sharesOwnedAfter, indirect: null, indirectHoldings: 0 };
}

function total(holdings: readonly ReportedHolding[]): FiledNumber {
  const amounts = holdings.map((h) => h.sharesOwnedAfter);
  const numbers = amounts.filter((a): a is number => typeof a === 'number');
  if (numbers.length === 0) return amounts.find((a) => a !== null) ?? null;
  // Fractional shares (four decimals at most as filed) summed without binary leftovers.
  return Math.round(numbers.reduce((sum, n) => sum + n, 0) * 1e6) / 1e6;
}

/** A Table I line with an amount owned after, among someone's filings at one issuer. */
export type HeldLine = { filedAt: string | null; transactionDate: string | null; accession: string; di: string | null; position: number };

/**
 * Whether line `a` reports someone's holding later than line `b`: the later filing date, then the
 * later transaction date (an undated holding line ranks below dated ones), the newer accession, a
 * direct holding before an indirect one, the later line. The latest one's filing says what they hold.
 */
export function statesLaterHolding(a: HeldLine, b: HeldLine): boolean {
  const directness = (di: string | null) => (di === 'D' ? 2 : di === null ? 0 : 1);
  return (
    (descNullsLast(a.filedAt, b.filedAt) ||
      descNullsLast(a.transactionDate, b.transactionDate) ||
      (a.accession === b.accession ? 0 : a.accession > b.accession ? -1 : 1) ||
      directness(b.di) - directness(a.di) ||
      b.position - a.position) < 0
  );
}

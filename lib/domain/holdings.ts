// What a filing says its reporting owners hold: each holding of its Table I at the amount owned after
// its latest line. A holding is a security held directly, or held indirectly in one way ("By Trust",
// "By Spouse", or "See footnote" with the footnote naming the fund), so one filing can report several:
// a venture investor's Form 4 lists a line for each fund, each with its own amount. Lines of one
// holding share the security, D or I, the nature's text and its footnotes; a line that leaves the
// footnotes off (filers do, once in thirty lines) belongs to the one footnoted holding of that text.
import type { FiledNumber, FootnoteIds } from '@/lib/parser/types';

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
 * Each holding `rows` (one filing's Table I, in the order filed) report, in the order first reported.
 * A holding's latest line: the latest transaction date, a line without one (a holding line, stated as
 * of the report) counting as latest; among equals the one filed later. Lines without an amount owned
 * after are left out.
 */
export function reportedHoldings(rows: readonly HoldingLine[]): ReportedHolding[] {
  type Group = { text: string; footnotes: string; first: number; latest: number };
  const groups = new Map<string, Group>();
  // Whether row `a` states a later balance than row `b`.
  const later = (a: number, b: number) => {
    const da = rows[a]!.transactionDate;
    const db = rows[b]!.transactionDate;
    if (da !== db) return da === null || (db !== null && da > db);
    return a > b;
  };
  rows.forEach((row, at) => {
    if (row.sharesOwnedAfter === null || row.sharesOwnedAfter === '') return;
    const text = `${fold(row.securityTitle)}\u0000${row.directOrIndirect ?? ''}\u0000${fold(row.natureOfOwnership)}`;
    const footnotes = (row.footnoteIds.natureOfOwnership ?? []).join(',');
    const key = `${text}\u0000${footnotes}`;
    const group = groups.get(key);
    if (!group) groups.set(key, { text, footnotes, first: at, latest: at });
    else if (later(at, group.latest)) group.latest = at;
  });
  // Lines without the nature's footnotes join the one footnoted holding of the same text.
  for (const [key, group] of groups) {
    if (group.footnotes !== '') continue;
    const footnoted = [...groups.values()].filter((g) => g.text === group.text && g.footnotes !== '');
    if (footnoted.length !== 1) continue;
    const into = footnoted[0]!;
    if (later(group.latest, into.latest)) into.latest = group.latest;
    into.first = Math.min(into.first, group.first);
    groups.delete(key);
  }
  return [...groups.values()]
    .sort((a, b) => a.first - b.first)
    .map(({ latest }) => {
      const line = rows[latest]!;
      return {
        securityTitle: line.securityTitle,
        directOrIndirect: line.directOrIndirect,
        natureOfOwnership: line.natureOfOwnership,
        natureFootnoteIds: line.footnoteIds.natureOfOwnership ?? [],
        sharesOwnedAfter: line.sharesOwnedAfter,
      };
    });
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

function total(holdings: readonly ReportedHolding[]): FiledNumber {
  const amounts = holdings.map((h) => h.sharesOwnedAfter);
  const numbers = amounts.filter((a): a is number => typeof a === 'number');
  if (numbers.length === 0) return amounts.find((a) => a !== null) ?? null;
  // Fractional shares (four decimals at most as filed) summed without binary leftovers.
  return Math.round(numbers.reduce((sum, n) => sum + n, 0) * 1e6) / 1e6;
}

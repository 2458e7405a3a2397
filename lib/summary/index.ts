// The plain-English sentence above a filing's tables and in its link previews, built only from the
// filed data: "Director Richard D. Federico bought 785 shares of Allied Motion Technologies common
// stock at $7.00 on May 21, 2013 ($5,495), under the plan in footnote 1, and now holds 12,759
// shares directly." Pure: no I/O, no dates from the clock.
import { baseForm, isAmendment } from '../domain/form-types';
import { indexFootnotes } from '@/lib/domain/footnotes';
import { formatLongDate } from '@/lib/format';
import { joinList, plural } from './english';
import { holdingWords, holdingsAfter, holdingsList, SAYS_NONE_HELD } from './holdings';
import { subject } from './owners';
import { derivativeUnit, issuerShortName } from './securities';
import { EXERCISE_CODES, clause, groupTransactions } from './transactions';
import type { Context, SummaryFiling } from './types';

export { issuerShortName, securityPhrase } from './securities';
export type { SummaryDerivativeRow, SummaryFiling, SummaryOwner, SummaryRow } from './types';

const MAX_CLAUSES = 3;

/** The one-paragraph summary of a filing: who, what, how much, at what price, when, and what they hold now. */
export function summarizeFiling(filing: SummaryFiling): string {
  const who = subject(filing.reportingOwners);
  const notes = indexFootnotes(filing.footnotes);
  const ctx: Context = { issuer: issuerShortName(filing.issuer.name), numbers: notes.numbers, footnotes: notes.texts, plural: who.plural };
  const groups = groupTransactions(filing);
  let sentence: string;

  if (groups.length === 0) {
    const held = holdingsList(filing, ctx);
    if (held.length > 0) {
      const shown = held.slice(0, MAX_CLAUSES);
      const more = held.length - shown.length;
      if (more > 0) shown.push(`${more} other ${plural(more, 'holding', 'holdings')}`);
      sentence = `${who.text} reported holding ${joinList(shown)}.`;
    } else if (filing.noSecuritiesOwned || filing.nonDerivative.some((r) => SAYS_NONE_HELD.test(r.securityTitle ?? ''))) {
      sentence = `${who.text} reported owning no securities of ${ctx.issuer}.`;
    } else {
      sentence = `${who.text} filed a Form ${filing.formType} for ${ctx.issuer} that reports no transactions or holdings.`;
    }
  } else {
    // Exercises first (they explain the shares that follow), then Table I in filed order.
    const ordered = [
      ...groups.filter((g) => g.table === 'D' && EXERCISE_CODES.has(g.code)),
      ...groups.filter((g) => g.table === 'N'),
      ...groups.filter((g) => g.table === 'D' && !EXERCISE_CODES.has(g.code)),
    ];
    const clauses = ordered.slice(0, MAX_CLAUSES).map((g) => clause(g, ctx));
    const rest = ordered.slice(MAX_CLAUSES).reduce((n, g) => n + g.rows.length, 0);
    if (rest > 0) clauses.push(`made ${rest} other ${plural(rest, 'transaction', 'transactions')}`);

    // What they hold now: of the first security traded in Table I (even one only received by an
    // exercise told from Table II), else of the first derivative.
    const firstCommon = filing.nonDerivative.find((r) => r.kind === 'transaction');
    const held = firstCommon
      ? holdingsAfter(filing.nonDerivative, firstCommon.securityTitle ?? '')
      : holdingsAfter(filing.derivative, ordered[0]!.title);
    const unit = firstCommon ? 'shares' : derivativeUnit(ordered[0]!.title);
    const now = held ? `now ${who.plural ? 'hold' : 'holds'} ${holdingWords(held, unit)}` : null;

    // Clauses with dates already hold commas ("May 21, 2013"): separate several with semicolons.
    const sep = clauses.length > 1 ? '; ' : ', ';
    const body = now ? [...clauses, `and ${now}`].join(sep) : clauses.length > 1 ? `${clauses.slice(0, -1).join(sep)}; and ${clauses[clauses.length - 1]}` : clauses[0];
    sentence = `${who.text} ${body}.`;
  }

  if (isAmendment(filing.formType)) {
    const original = baseForm(filing.formType);
    const when = filing.dateOfOriginalSubmission ? ` filed on ${formatLongDate(filing.dateOfOriginalSubmission)}` : '';
    sentence += ` This amends the Form ${original}${when}${filing.amends ? ` (${filing.amends})` : ''}.`;
  }
  return sentence;
}

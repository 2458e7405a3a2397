// When a Form 3, 4 or 5 is due, and how many business days late it was filed. Count from the filing
// date EDGAR assigned: a Form 3, 4 or 5 sent by 10 pm Eastern counts as filed that business day
// (Regulation S-T Rule 13(a)(4)), not by the 5:30 pm cut-off of other forms.
import { isAmendment } from './form-types';
import { addBusinessDays, addDays, businessDaysLate, isBusinessDay, isIsoDate, nextBusinessDayFrom } from './business-days';

export type DeadlineRule =
  /** Exchange Act Rule 16a-3(g)(1): before the end of the second business day after the transaction. */
  | 'form4'
  /** Rule 16a-3(f): within 45 days after the issuer's fiscal year end (the Form 5's period of report). */
  | 'form5'
  /** Rule 16a-3(a), Section 16(a)(2)(A): within 10 days of becoming an insider (the Form 3's period of report). */
  | 'form3';

export const DEADLINE_RULES: Readonly<Record<DeadlineRule, string>> = {
  form4: 'a Form 4 is due by the end of the second business day after the transaction',
  form5: 'a Form 5 is due 45 days after the fiscal year end',
  form3: 'a Form 3 is due within 10 days of becoming an insider',
};

export type Lateness =
  | { known: true; rule: DeadlineRule; due: string; daysLate: number }
  | { known: false; why: string };

type Dated = { filedAt: string | null; formType: string; periodOfReport: string | null };
type Line = {
  kind: 'transaction' | 'holding';
  transactionDate: string | null;
  deemedExecutionDate?: string | null;
  /** `transactionFormType`: a line reported early under Form 5 rules says 5. */
  formType?: string | null;
};

/** A deadline of N calendar days that lands on a closed day moves to the next business day (Rule 0-3(a)). */
function calendarDeadline(from: string, days: number): string {
  return nextBusinessDayFrom(addDays(from, days));
}

/** The due date and lateness of one line of a filing, under the rule for its form. */
export function lineLateness(filing: Dated, line: Line): Lateness {
  if (!isIsoDate(filing.filedAt)) return { known: false, why: 'the filing date is unknown (a bare XML without its EDGAR header)' };
  if (isAmendment(filing.formType)) return { known: false, why: 'an amendment is due whenever a mistake is found' };
  if (filing.formType === '4') {
    if (line.kind !== 'transaction') return { known: false, why: 'a holding has no deadline of its own' };
    if (line.formType === '5') return { known: false, why: 'reported early on Form 4 under the Form 5 rules' };
    // A deemed execution date (Rule 16a-3(g)(2) and (3)) replaces the trade date for the deadline.
    const executed = isIsoDate(line.deemedExecutionDate) ? line.deemedExecutionDate : line.transactionDate;
    if (!isIsoDate(executed)) return { known: false, why: 'the transaction date is not a date' };
    return lateBy('form4', addBusinessDays(executed, 2), filing.filedAt);
  }
  return filingLateness(filing);
}

/** A Form 3's or 5's lateness (one deadline for the whole filing); a Form 4's is its latest line's. */
export function filingLateness(filing: Dated, lines: readonly Line[] = []): Lateness {
  if (!isIsoDate(filing.filedAt)) return { known: false, why: 'the filing date is unknown (a bare XML without its EDGAR header)' };
  if (isAmendment(filing.formType)) return { known: false, why: 'an amendment is due whenever a mistake is found' };
  if (filing.formType === '4') {
    const latest = latestLine(lines.map((line) => lineLateness(filing, line)), (l) => (l.known ? l.daysLate : null));
    return latest ?? { known: false, why: 'no transaction with a deadline' };
  }
  if (!isIsoDate(filing.periodOfReport)) return { known: false, why: 'the period of report is not a date' };
  if (filing.formType === '5') return lateBy('form5', calendarDeadline(filing.periodOfReport, 45), filing.filedAt);
  if (filing.formType === '3') return lateBy('form3', calendarDeadline(filing.periodOfReport, 10), filing.filedAt);
  return { known: false, why: `no deadline known for form ${filing.formType}` };
}

/**
 * A Form 4 is as late as its latest line: of `lines`, the first with the most business days late
 * (`daysLate`: null for a line whose deadline is unknown); null when no line has a known deadline.
 */
export function latestLine<T>(lines: Iterable<T>, daysLate: (line: T) => number | null): T | null {
  let latest: T | null = null;
  let most = -Infinity;
  for (const line of lines) {
    const days = daysLate(line);
    if (days !== null && days > most) {
      latest = line;
      most = days;
    }
  }
  return latest;
}

function lateBy(rule: DeadlineRule, due: string, filedAt: string): Lateness {
  return { known: true, rule, due, daysLate: businessDaysLate(due, filedAt) };
}

/**
 * The filing date EDGAR gives a Form 3, 4 or 5 accepted at `acceptedAt` (Eastern wall time,
 * `YYYY-MM-DDTHH:MM[:SS]`): the same day when it is a business day and the time is 10 pm or
 * earlier, else the next business day.
 */
export function section16FilingDate(acceptedAt: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(acceptedAt);
  if (!m || !isIsoDate(m[1])) return null;
  const day = m[1]!;
  const seconds = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
  if (isBusinessDay(day) && seconds <= 22 * 3600) return day;
  return nextBusinessDayFrom(addDays(day, 1));
}

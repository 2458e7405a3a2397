// EDGAR's business days: not a Saturday, Sunday or federal holiday (Exchange Act Rule 0-3), nor a day
// the federal government was closed by executive order or for a national day of mourning. Dates are
// `YYYY-MM-DD` strings, counted in UTC so that no time zone moves a day.
import { allForYear } from '@18f/us-federal-holidays';

/** Days federal offices, and so EDGAR, were closed beyond the holidays the law fixes. */
const CLOSURES: ReadonlyMap<string, string> = new Map([
  ['2004-06-11', 'National day of mourning for Ronald Reagan'],
  ['2007-01-02', 'National day of mourning for Gerald Ford'],
  ['2012-12-24', 'Christmas Eve, closed by executive order'],
  ['2014-12-26', 'Day after Christmas, closed by executive order'],
  ['2015-12-24', 'Christmas Eve, closed by executive order'],
  ['2018-12-05', 'National day of mourning for George H. W. Bush'],
  ['2018-12-24', 'Christmas Eve, closed by executive order'],
  ['2019-12-24', 'Christmas Eve, closed by executive order'],
  ['2020-12-24', 'Christmas Eve, closed by executive order'],
  ['2025-01-09', 'National day of mourning for Jimmy Carter'],
]);

const holidaysByYear = new Map<number, Map<string, string>>();

/** The observed federal holidays falling in `year` (a Saturday's on the Friday before, which can be in the year before). */
function holidaysOf(year: number): Map<string, string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Map();
    for (const y of [year, year + 1]) {
      for (const h of allForYear(y, { shiftSaturdayHolidays: true, shiftSundayHolidays: true })) {
        const iso = h.date.toISOString().slice(0, 10);
        if (Number(iso.slice(0, 4)) === year) days.set(iso, h.name);
      }
    }
    holidaysByYear.set(year, days);
  }
  return days;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `fn` with its answers kept per date string: a load asks about the same few thousand dates again
 * and again, and building a Date for each answer was most of the cost. Bounded: starts over when full.
 */
function perDate<T>(fn: (iso: string) => T): (iso: string) => T {
  const answers = new Map<string, T>();
  return (iso) => {
    if (answers.has(iso)) return answers.get(iso) as T;
    if (answers.size >= 20_000) answers.clear();
    const answer = fn(iso);
    answers.set(iso, answer);
    return answer;
  };
}

function toUtc(iso: string): Date | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === iso ? d : null;
}

const isDate = perDate((iso) => toUtc(iso) !== null);

function shift(iso: string, days: number): string {
  const d = toUtc(iso)!;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const nextDay = perDate((iso) => shift(iso, 1));

/** Why EDGAR was closed (null: open), or undefined when `iso` is no date. */
const closure = perDate((iso): string | null | undefined => {
  const d = toUtc(iso);
  if (!d) return undefined;
  const weekday = d.getUTCDay();
  if (weekday === 0) return 'Sunday';
  if (weekday === 6) return 'Saturday';
  return holidaysOf(d.getUTCFullYear()).get(iso) ?? CLOSURES.get(iso) ?? null;
});

/** Why EDGAR was closed that day ("Saturday", "Thanksgiving Day", ...), or null on a business day. */
export function closedBecause(iso: string): string | null {
  const why = closure(iso);
  if (why === undefined) throw new RangeError(`not a date: ${JSON.stringify(iso)}`);
  return why;
}

export function isBusinessDay(iso: string): boolean {
  return closedBecause(iso) === null;
}

/** The `n`th business day after `iso` (n ≥ 1). */
export function addBusinessDays(iso: string, n: number): string {
  let day = iso;
  for (let left = n; left > 0; ) {
    day = nextDay(day);
    if (isBusinessDay(day)) left--;
  }
  return day;
}

/** `iso` itself when it is a business day, else the next one (a deadline falling on a closed day moves on). */
export function nextBusinessDayFrom(iso: string): string {
  let day = iso;
  while (!isBusinessDay(day)) day = nextDay(day);
  return day;
}

/** `iso` plus `n` calendar days. */
export function addDays(iso: string, n: number): string {
  return shift(iso, n);
}

/** Each business day from `from` through `to`, both included when open, in order. */
export function businessDaysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = nextDay(day)) if (isBusinessDay(day)) days.push(day);
  return days;
}

/** Business days after `due` up to and including `done`: how late something done on `done` was (0 when on time). */
export function businessDaysLate(due: string, done: string): number {
  if (done <= due) return 0;
  let late = 0;
  for (let day = nextDay(due); day <= done; day = nextDay(day)) if (isBusinessDay(day)) late++;
  return late;
}

/** Whether a string is a real calendar date `YYYY-MM-DD`. */
export function isIsoDate(value: string | null | undefined): value is string {
  return typeof value === 'string' && isDate(value);
}

// What a row's signals read as (the rules and their wording live in lib/domain; this only joins them).
import { SUSPECT_FLAG_TEXT, splitFlags } from '@/lib/domain/suspect-values';
import { PATTERN_LABELS, type TradingPattern } from '@/lib/domain/trading-pattern';

/** "Routine: traded in March in 2021, 2022 and 2023". */
export function patternText(pattern: TradingPattern, reason: string | undefined): string {
  return `${PATTERN_LABELS[pattern]}: ${reason ?? 'the insider’s trades in the three years before'}`;
}

/** "1 day late", "3 days late" (business days: lib/domain/filing-deadlines.ts). */
export function lateLabel(daysLate: number): string {
  return `${daysLate} day${daysLate === 1 ? '' : 's'} late`;
}

export function lateText(daysLate: number): string {
  return `Filed ${daysLate} business day${daysLate === 1 ? '' : 's'} after its due date`;
}

/** Why a row is flagged, from its stored flags ("price-outlier,negative-shares"); null when none are known. */
export function flagsText(stored: string | undefined): string | null {
  const flags = splitFlags(stored);
  if (flags.length === 0) return null;
  return `Suspect value, kept as filed and left out of value rankings and totals: ${flags.map((f) => SUSPECT_FLAG_TEXT[f]).join('; ')}`;
}

/** "12% of 340 filings with a known due date were filed late"; null when no filing's lateness is known. */
export function lateShareText(late: { late: number; known: number }): string | null {
  if (late.known === 0) return null;
  const pct = (late.late / late.known) * 100;
  const shown = late.late > 0 && pct < 1 ? '<1' : String(Math.round(pct));
  return `${shown}% of ${late.known.toLocaleString('en-US')} filing${late.known === 1 ? '' : 's'} with a known due date ${late.known === 1 ? 'was' : 'were'} filed late`;
}

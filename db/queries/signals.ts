import 'server-only';
// The signals as the tables read them, for any query over filing_rows (issuer and person tables,
// the screener): SQL for filtering and sorting, and a mapper that turns what the SQL selected into
// the row's fields. The rules are lib/domain's; the stored figures are the store's (db/store-signals.ts).
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { insiderYears } from '@/db/schema';
import type { LateFilings, RowSignals } from '@/db/queries/types';
import { splitFlags } from '@/lib/domain/suspect-values';
import { classifyInsiderYear, PATTERN_CODES, type TradingPattern } from '@/lib/domain/trading-pattern';

/** The columns of a row the pattern reads: its issuer, the owner shown for it, its date, code and kind. */
export type PatternColumns = { issuerCik: AnyColumn | SQL; ownerCik: AnyColumn | SQL; transactionDate: AnyColumn | SQL; code: AnyColumn | SQL; kind: AnyColumn | SQL };

const CODES = sql.raw([...PATTERN_CODES].map((c) => `'${c}'`).join(', '));

/** Whether the row is an open-market trade (P or S) with a date whose year and month are read. */
function isTrade(c: PatternColumns): SQL {
  return sql`(${c.kind} = 'transaction' and ${c.code} in (${CODES})
    and ${c.transactionDate} glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-9][0-9]' and substr(${c.transactionDate}, 6, 2) between '01' and '12')`;
}

/** The three calendar years before the row's, of its issuer and owner: a range of insider_years' primary key. */
function priorYears(c: PatternColumns): SQL {
  return sql`${insiderYears.issuerCik} = ${c.issuerCik} and ${insiderYears.ownerCik} = ${c.ownerCik}
    and ${insiderYears.year} between cast(substr(${c.transactionDate}, 1, 4) as integer) - 3 and cast(substr(${c.transactionDate}, 1, 4) as integer) - 1`;
}

/**
 * The row's pattern (lib/domain/trading-pattern.ts), for filtering: a trade whose insider traded in
 * each of the three years before (three rows of insider_years) is routine when their months share
 * a bit (the middle of three is sum − min − max), else opportunistic; with fewer, unclassified.
 * NULL for a line that is not an open-market trade.
 */
export function patternSql(c: PatternColumns): SQL<TradingPattern | null> {
  return sql<TradingPattern | null>`(case when ${isTrade(c)} then (
    select case when count(*) < 3 then 'unclassified'
      when (min(${insiderYears.months}) & max(${insiderYears.months}) & (sum(${insiderYears.months}) - min(${insiderYears.months}) - max(${insiderYears.months}))) != 0 then 'routine'
      else 'opportunistic' end
    from ${insiderYears} where ${priorYears(c)}) end)`;
}

/** The months of those three years, as `year:months` pairs ("2021:4,2022:1028"), for the badge's reason. */
export function patternMonthsSql(c: PatternColumns): SQL<string | null> {
  return sql<string | null>`(case when ${isTrade(c)} then (
    select group_concat(${insiderYears.year} || ':' || ${insiderYears.months}) from ${insiderYears} where ${priorYears(c)}) end)`;
}

/** Filed late (days_late > 0); unknown lateness (NULL) is not late. */
export const isLateSql = (daysLate: AnyColumn | SQL): SQL => sql`${daysLate} > 0`;

/** Not flagged as suspect: what value rankings and totals count. */
export const isUnflaggedSql = (flags: AnyColumn | SQL): SQL => sql`${flags} = ''`;

/** An amount for ranking: NULL on a flagged row, so that it sorts after every unflagged one (nulls last). */
export const rankedAmountSql = (amount: AnyColumn | SQL, flags: AnyColumn | SQL): SQL => sql`(case when ${flags} = '' then ${amount} end)`;

/** What a query selected with the fragments above, as the row's fields. */
export type SelectedSignals = {
  transactionDate: string | null;
  patternMonths: string | null;
  /** Whether the line is an open-market trade: patternSql gave it a pattern. */
  pattern: string | null;
  daysLate: number | null;
  flags: string | null;
};

/** The row's signals: the pattern and its reason from lib/domain's rule over the months selected. */
export function toRowSignals(raw: SelectedSignals): RowSignals {
  const base = { daysLate: raw.daysLate ?? null, flags: splitFlags(raw.flags) };
  if (raw.pattern === null || !raw.transactionDate) return { ...base, pattern: null, patternReason: null };
  const months: string[] = [];
  for (const pair of raw.patternMonths ? raw.patternMonths.split(',') : []) {
    const [year, mask] = pair.split(':').map(Number);
    for (let m = 1; m <= 12; m++) if ((mask! >> (m - 1)) & 1) months.push(`${year}-${String(m).padStart(2, '0')}`);
  }
  const label = classifyInsiderYear(months, Number(raw.transactionDate.slice(0, 4)));
  return { ...base, pattern: label.pattern, patternReason: label.reason };
}

/** For an aggregate over filings: how many were late (days_late > 0) and how many have a known lateness. */
export const lateFilingsSql = (daysLate: AnyColumn | SQL) => ({
  late: sql<number>`count(*) filter (where ${daysLate} > 0)`,
  known: sql<number>`count(${daysLate})`,
});

export function toLateFilings(raw: { late: number | null; known: number | null } | undefined): LateFilings {
  const late = Number(raw?.late ?? 0);
  const known = Number(raw?.known ?? 0);
  return { late, known, share: known > 0 ? late / known : null };
}

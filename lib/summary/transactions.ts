// The transaction clauses: rows grouped by table, code, direction and security, each told once
// ("bought 785 shares of … at $7.00 on May 21, 2013 ($5,495), under the plan in footnote 1").
import { formatDollars, formatShares } from '@/lib/format';
import { amountOf, amountPhrase, dollarValue, pricePhrase } from './amounts';
import { datePhrase, plural } from './english';
import { planFootnote } from './footnote-refs';
import { derivativeNoun, securityKey, securityPhrase } from './securities';
import type { Context, Group, SummaryDerivativeRow, SummaryFiling, SummaryRow } from './types';

// Exercises and conversions: what Table II gives up, Table I (or Table II) receives.
export const EXERCISE_CODES = new Set(['M', 'X', 'O', 'C']);

export function groupTransactions(filing: SummaryFiling): Group[] {
  const groups = new Map<string, Group>();
  const derivativeCodes = new Set(filing.derivative.filter((r) => r.kind === 'transaction').map((r) => (r.code ?? '').toUpperCase()));
  const add = (table: 'N' | 'D', row: SummaryRow) => {
    if (row.kind !== 'transaction') return;
    const code = (row.code ?? '').toUpperCase();
    // Table I's side of an exercise or conversion mirrors Table II's; say it once, from Table II.
    if (table === 'N' && EXERCISE_CODES.has(code) && derivativeCodes.has(code)) return;
    const acquired = (row.acquiredDisposed ?? 'A').toUpperCase() !== 'D';
    const key = `${table}|${code}|${acquired}|${securityKey(row.securityTitle)}`;
    const group = groups.get(key) ?? { table, code, acquired, title: row.securityTitle ?? '', rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  };
  for (const row of filing.nonDerivative) add('N', row);
  for (const row of filing.derivative) add('D', row);
  // An exercise in Table II is filed twice: the derivative disposed of and what it became acquired.
  const all = [...groups.values()];
  const disposedExercises = new Set(all.filter((g) => g.table === 'D' && !g.acquired && EXERCISE_CODES.has(g.code)).map((g) => g.code));
  return all.filter((g) => !(g.table === 'D' && g.acquired && disposedExercises.has(g.code)));
}

function verbPhrase(group: Group, amount: string, ctx: Context): string {
  const was = ctx.plural ? 'were' : 'was';
  switch (group.code) {
    case 'P': return `bought ${amount}`;
    case 'S': return `sold ${amount}`;
    case 'A': return group.acquired ? `${was} granted ${amount}` : `gave back ${amount}`;
    case 'F': return `had ${amount} withheld to pay taxes or an exercise price`;
    case 'G': return group.acquired ? `received ${amount} as a gift` : `gave ${amount} as a gift`;
    case 'D': return `returned ${amount} to the issuer`;
    case 'W': return group.acquired ? `inherited ${amount}` : `transferred ${amount} by will`;
    case 'U': return `tendered ${amount} in a change of control`;
    case 'H': case 'E': return `had ${amount} expire or be cancelled`;
    case 'M': case 'X': case 'O':
      return group.table === 'N' ? `acquired ${amount} by exercising derivatives` : `exercised ${amount}`;
    case 'C': return group.table === 'N' ? `acquired ${amount} by conversion` : `converted ${amount}`;
    default: return group.acquired ? `acquired ${amount}` : `disposed of ${amount}`;
  }
}

function derivativeClause(group: Group, ctx: Context): string {
  const rows = group.rows as SummaryDerivativeRow[];
  const noun = derivativeNoun(group.title);
  const underlying = amountOf(rows, 'underlyingShares');
  const isOption = noun === 'options' || noun === 'warrants';
  const dates = datePhrase(rows);
  const count = rows.length > 1 ? ` in ${rows.length} transactions` : '';
  // Options are counted by the shares they cover: "options on 10,000 shares at $5.00".
  if (isOption && underlying && 'shares' in underlying && ['M', 'X', 'O', 'A'].includes(group.code)) {
    const on = `${noun} on ${formatShares(underlying.shares)} ${plural(underlying.shares, 'share', 'shares')}`;
    if (group.code === 'A' && group.acquired) {
      return `${ctx.plural ? 'were' : 'was'} granted ${on}${count}${pricePhrase(rows, 'conversionOrExercisePrice', ctx, 'at an exercise price of')}${dates}`;
    }
    return `exercised ${on}${count}${pricePhrase(rows, 'conversionOrExercisePrice', ctx)}${dates}`;
  }
  const amount = amountPhrase(group, ctx);
  let verb = verbPhrase(group, amount, ctx);
  if ((group.code === 'M' || group.code === 'C') && !isOption) {
    const into = securityPhrase(rows.find((r) => r.underlyingTitle)?.underlyingTitle ?? '') || 'shares';
    verb = `converted ${amount} into ${into}`;
  }
  const price = ['A', 'M', 'C'].includes(group.code) ? '' : pricePhrase(rows, 'pricePerShare', ctx);
  return `${verb}${count}${price}${dates}`;
}

function nonDerivativeClause(group: Group, ctx: Context): string {
  const rows = group.rows;
  const count = rows.length > 1 ? ` in ${rows.length} transactions` : '';
  const value = dollarValue(rows);
  const valueText = value !== null && value > 0 ? ` (${formatDollars(value)}${rows.length > 1 ? ' in total' : ''})` : '';
  const amount = amountOf(rows);
  const price = amount && 'dollars' in amount ? '' : pricePhrase(rows, 'pricePerShare', ctx);
  return `${verbPhrase(group, amountPhrase(group, ctx), ctx)}${count}${price}${datePhrase(rows)}${valueText}`;
}

/** One group as a clause, with the plan footnote it was made under when one says so. */
export function clause(group: Group, ctx: Context): string {
  const text = group.table === 'D' ? derivativeClause(group, ctx) : nonDerivativeClause(group, ctx);
  const plan = planFootnote(group.rows, ctx);
  return plan === null ? text : `${text}, under the plan in footnote ${plan}`;
}

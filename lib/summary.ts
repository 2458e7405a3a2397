// The plain-English sentence above a filing's tables and in its link previews, built only from the
// filed data: "Director Richard D. Federico bought 785 shares of Allied Motion Technologies common
// stock at $7.00 on May 21, 2013 ($5,495), under the plan in footnote 1, and now holds 12,759
// shares directly." Pure: no I/O, no dates from the clock.

import { formatDollars, formatLongDate, formatPrice, formatShares } from '@/lib/format';
import { readableName } from '@/lib/domain/names';
import type { DerivativeRow, Footnote, FootnoteIds, NonDerivativeRow, ReportingOwner, RowField } from '@/lib/parser/types';

type Filed = number | string | null | undefined;

/** The row fields the sentence reads; the JSON rows of the API carry at least these. */
export type SummaryRow = Pick<
  NonDerivativeRow,
  'kind' | 'securityTitle' | 'transactionDate' | 'code' | 'shares' | 'pricePerShare' | 'acquiredDisposed' | 'sharesOwnedAfter' | 'directOrIndirect' | 'natureOfOwnership' | 'footnoteIds'
> &
  Partial<Pick<NonDerivativeRow, 'totalValue' | 'valueOwnedAfter'>>;

export type SummaryDerivativeRow = SummaryRow &
  Pick<DerivativeRow, 'conversionOrExercisePrice' | 'underlyingTitle' | 'underlyingShares'>;

export interface SummaryFiling {
  formType: string;
  issuer: { name: string | null };
  reportingOwners: Array<Pick<ReportingOwner, 'name' | 'isDirector' | 'isOfficer' | 'isTenPercentOwner' | 'isOther' | 'officerTitle' | 'otherText'>>;
  nonDerivative: SummaryRow[];
  derivative: SummaryDerivativeRow[];
  footnotes: Footnote[];
  noSecuritiesOwned?: boolean;
  amends?: string | null;
  dateOfOriginalSubmission?: string | null;
}

/** Footnotes are numbered by their order in the filing's footnote list (F1 → 1), as EDGAR renders them. */
export function footnoteNumbers(footnotes: readonly Footnote[]): Map<string, number> {
  return new Map(footnotes.map((f, i) => [f.id, i + 1]));
}

// ---------------------------------------------------------------------------------------------
// Names

const CORPORATE_SUFFIX = /[,\s]+(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|l\.l\.c|plc|lp|l\.p|n\.v|nv|s\.a|sa|ag|se)\.?$/i;
const SMALL_WORDS = new Set(['AND', 'OF', 'THE', 'FOR', 'IN', 'ON', 'AT', 'DE']);

function titleCaseUpper(text: string): string {
  return text
    .split(' ')
    .map((word, i) => {
      if (i > 0 && SMALL_WORDS.has(word)) return word.toLowerCase();
      // Short vowel-less words are initialisms ("PTC", "NXP"); keep them.
      if (word.length <= 3 && !/[AEIOUY]/.test(word)) return word;
      return word.toLowerCase().replace(/(^|[-'’&./])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(' ');
}

/** "ALLIED MOTION TECHNOLOGIES INC" → "Allied Motion Technologies"; "Tesla, Inc." → "Tesla". */
export function issuerShortName(name: string | null | undefined): string {
  let text = (name ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return 'the issuer';
  // EDGAR appends the state of incorporation to some names: "BANK OF AMERICA CORP /DE/".
  text = text.replace(/\s*\/\s*[A-Z]{2,3}\s*\/?$/i, '');
  if (text === text.toUpperCase()) text = titleCaseUpper(text);
  for (let i = 0; i < 3 && CORPORATE_SUFFIX.test(text); i++) {
    const stripped = text.replace(CORPORATE_SUFFIX, '').trim();
    if (!stripped) break;
    text = stripped;
  }
  return text.replace(/[,\s]+$/, '');
}

/** "Common Stock, par value $0.01" → "common stock"; "CLASS A COMMON STOCK" → "Class A common stock". */
export function securityPhrase(title: string | null | undefined): string {
  let text = (title ?? '').replace(/\s+/g, ' ').trim();
  // Drop par values and footnote numbers typed into the title ("Class B Common Stock (2)").
  text = text.replace(/,?\s*(\(?par value|\$\d).*$/i, '').replace(/(\s*\(\d+\))+$/, '').trim();
  if (text === text.toUpperCase()) text = titleCaseUpper(text);
  return text.replace(/\b(common|ordinary|capital)\s+(stock|shares?)\b/gi, (m) => m.toLowerCase());
}

const TITLE_ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bchief executive officer\b/gi, 'CEO'],
  [/\bchief financial officer\b/gi, 'CFO'],
  [/\bchief operating officer\b/gi, 'COO'],
  [/\bchief technology officer\b/gi, 'CTO'],
  [/\bchief accounting officer\b/gi, 'CAO'],
  [/\bexecutive vice president\b/gi, 'EVP'],
  [/\bsenior vice president\b/gi, 'SVP'],
  [/\bvice president\b/gi, 'VP'],
];

function officerTitle(title: string | null): string | null {
  let text = (title ?? '').replace(/\s+/g, ' ').trim();
  if (!text || /remarks|footnote/i.test(text)) return null;
  for (const [pattern, short] of TITLE_ABBREVIATIONS) text = text.replace(pattern, short);
  if (text === text.toUpperCase() && text.length > 5) text = titleCaseUpper(text);
  return text.length > 40 ? null : text;
}

function roleLabel(owner: SummaryFiling['reportingOwners'][number]): string {
  const parts: string[] = [];
  if (owner.isOfficer) parts.push(officerTitle(owner.officerTitle) ?? 'officer');
  if (owner.isDirector) parts.push('director');
  if (owner.isTenPercentOwner) parts.push('10% owner');
  if (owner.isOther && parts.length === 0) {
    const other = officerTitle(owner.otherText);
    if (other && other.length <= 30 && !/\bsee\b/i.test(other)) parts.push(other);
  }
  return joinList(parts);
}

function ownerPhrase(owner: SummaryFiling['reportingOwners'][number], first: boolean): string {
  const name = readableName(owner.name) || 'an unnamed reporting owner';
  const label = roleLabel(owner);
  if (!label) return name;
  // A title with commas ("SVP, GC and Secretary") reads better after the name.
  if (label.includes(',')) return `${name} (${label})`;
  return `${first ? capitalize(label) : label} ${name}`;
}

function subject(owners: SummaryFiling['reportingOwners']): { text: string; plural: boolean } {
  const [first, second] = owners;
  if (!first) return { text: 'The reporting owner', plural: false };
  const lead = ownerPhrase(first, true);
  if (owners.length === 1) return { text: lead, plural: false };
  if (owners.length === 2 && second) return { text: `${lead} and ${ownerPhrase(second, false)}`, plural: true };
  return { text: `${lead} and ${owners.length - 1} other reporting owners`, plural: true };
}

// ---------------------------------------------------------------------------------------------
// Helpers

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function joinList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function isNumber(value: Filed): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

// A footnote describes a plan the trade was made under: Rule 10b5-1, or "pursuant to the ... Plan".
const PLAN = /10b5-1|\b(pursuant to|under|in accordance with|through)\b[^.;]{0,120}\bplans?\b/i;
const NEGATED_PLAN = /\bnot\b[^.;]{0,40}\b(pursuant to|under)\b[^.;]{0,60}\bplan\b/i;
// Exercises and conversions: what Table II gives up, Table I (or Table II) receives.
const EXERCISE_CODES = new Set(['M', 'X', 'O', 'C']);
// Footnotes on these fields describe the holding, not the trade ("By 401(k) plan").
const HOLDING_FIELDS = new Set<RowField>(['sharesOwnedAfter', 'valueOwnedAfter', 'directOrIndirect', 'natureOfOwnership']);

function footnotesOn(row: SummaryRow, fields?: RowField[]): string[] {
  const ids = row.footnoteIds as FootnoteIds;
  const keys = fields ?? (Object.keys(ids) as RowField[]);
  return keys.flatMap((k) => ids[k] ?? []);
}

// ---------------------------------------------------------------------------------------------
// Transactions

interface Group {
  table: 'N' | 'D';
  code: string;
  acquired: boolean;
  title: string;
  rows: SummaryRow[];
}

interface Context {
  issuer: string;
  numbers: Map<string, number>;
  footnotes: Map<string, string>;
  plural: boolean;
}

function groupTransactions(filing: SummaryFiling): Group[] {
  const groups = new Map<string, Group>();
  const derivativeCodes = new Set(filing.derivative.filter((r) => r.kind === 'transaction').map((r) => (r.code ?? '').toUpperCase()));
  const add = (table: 'N' | 'D', row: SummaryRow) => {
    if (row.kind !== 'transaction') return;
    const code = (row.code ?? '').toUpperCase();
    // Table I's side of an exercise or conversion mirrors Table II's; say it once, from Table II.
    if (table === 'N' && EXERCISE_CODES.has(code) && derivativeCodes.has(code)) return;
    const acquired = (row.acquiredDisposed ?? 'A').toUpperCase() !== 'D';
    const title = securityPhrase(row.securityTitle).toLowerCase();
    const key = `${table}|${code}|${acquired}|${title}`;
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

function footnoteRefs(ids: string[], ctx: Context): number[] {
  return [...new Set(ids.map((id) => ctx.numbers.get(id)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
}

function footnoteWords(numbers: number[]): string {
  return `${plural(numbers.length, 'footnote', 'footnotes')} ${joinList(numbers.map(String))}`;
}

function planFootnote(group: Group, ctx: Context): number | null {
  const ids = group.rows.flatMap((row) => footnotesOn(row, (Object.keys(row.footnoteIds) as RowField[]).filter((k) => !HOLDING_FIELDS.has(k))));
  const planIds = ids.filter((id) => {
    const text = ctx.footnotes.get(id) ?? '';
    return PLAN.test(text) && !NEGATED_PLAN.test(text);
  });
  return footnoteRefs(planIds, ctx)[0] ?? null;
}

function datePhrase(rows: SummaryRow[]): string {
  const dates = [...new Set(rows.map((r) => r.transactionDate).filter((d): d is string => !!d))].sort();
  if (dates.length === 0) return '';
  if (dates.length === 1) return ` on ${formatLongDate(dates[0])}`;
  return ` between ${formatLongDate(dates[0])} and ${formatLongDate(dates[dates.length - 1])}`;
}

function rangePhrase(values: number[], format: (n: number) => string): string {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min === max ? format(min) : `${format(min)}–${format(max)}`;
}

function pricePhrase(rows: SummaryRow[], field: 'pricePerShare' | 'conversionOrExercisePrice', ctx: Context, lead = 'at'): string {
  const prices = rows.map((r) => (r as SummaryDerivativeRow)[field]).filter(isNumber).filter((p) => p > 0);
  if (prices.length > 0) return ` ${lead} ${rangePhrase(prices, formatPrice)}`;
  // A price given only in a footnote: point at it rather than print nothing or $0.
  const onlyInFootnote = rows.filter((r) => (r as SummaryDerivativeRow)[field] === null || (r as SummaryDerivativeRow)[field] === undefined);
  const refs = footnoteRefs(onlyInFootnote.flatMap((r) => footnotesOn(r, [field])), ctx);
  if (refs.length > 0) return ` ${lead} a price given in ${footnoteWords(refs)}`;
  return '';
}

/** Total shares, or total dollars for securities reported by value; null when not all are numbers. */
function amountOf(rows: SummaryRow[], field: 'shares' | 'underlyingShares' = 'shares'): { shares: number } | { dollars: number } | null {
  const shares = rows.map((r) => (r as SummaryDerivativeRow)[field]);
  if (shares.every(isNumber)) return { shares: sum(shares) };
  const values = rows.map((r) => r.totalValue);
  if (field === 'shares' && values.every(isNumber)) return { dollars: sum(values) };
  return null;
}

function dollarValue(rows: SummaryRow[]): number | null {
  let total = 0;
  for (const row of rows) {
    if (!isNumber(row.shares) || !isNumber(row.pricePerShare) || row.pricePerShare <= 0) return null;
    total += row.shares * row.pricePerShare;
  }
  return total;
}

function derivativeNoun(title: string): string {
  if (/option/i.test(title)) return 'options';
  if (/restricted stock unit|\bRSUs?\b/i.test(title)) return 'restricted stock units';
  if (/performance (stock|share)s? unit|\bPSUs?\b/i.test(title)) return 'performance stock units';
  if (/warrant/i.test(title)) return 'warrants';
  return '';
}

/** How a derivative is counted: "options", or "shares of Class B common stock" for a convertible class. */
function derivativeUnit(title: string): string {
  const noun = derivativeNoun(title);
  if (noun) return noun;
  const phrase = securityPhrase(title);
  return /stock|shares/i.test(phrase) ? `shares of ${phrase}` : phrase;
}

function securityOf(title: string, ctx: Context): string {
  const phrase = securityPhrase(title);
  if (!phrase) return `${ctx.issuer} stock`;
  return phrase.toLowerCase().startsWith(ctx.issuer.toLowerCase()) ? phrase : `${ctx.issuer} ${phrase}`;
}

function amountPhrase(group: Group, ctx: Context): string {
  const noun = group.table === 'D' ? derivativeNoun(group.title) : '';
  const amount = amountOf(group.rows);
  if (group.table === 'D' && noun) {
    return amount && 'shares' in amount ? `${formatShares(amount.shares)} ${noun}` : noun;
  }
  const what = securityOf(group.title, ctx);
  if (!amount) {
    const refs = footnoteRefs(group.rows.flatMap((r) => footnotesOn(r, ['shares', 'totalValue'])), ctx);
    return refs.length ? `an amount of ${what} given in ${footnoteWords(refs)}` : what;
  }
  if ('dollars' in amount) return `${formatDollars(amount.dollars)} of ${what}`;
  return `${formatShares(amount.shares)} ${plural(amount.shares, 'share', 'shares')} of ${what}`;
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

function clause(group: Group, ctx: Context): string {
  const text = group.table === 'D' ? derivativeClause(group, ctx) : nonDerivativeClause(group, ctx);
  const plan = planFootnote(group, ctx);
  return plan === null ? text : `${text}, under the plan in footnote ${plan}`;
}

// ---------------------------------------------------------------------------------------------
// Holdings

interface Holding { direct: number; indirect: number }

/** What is held after the filing, per security: the last amount reported for each way it is held. */
function holdingsAfter(rows: SummaryRow[], title: string): Holding | null {
  const wanted = securityPhrase(title).toLowerCase();
  const last = new Map<string, { indirect: boolean; amount: number }>();
  for (const row of rows) {
    if (securityPhrase(row.securityTitle).toLowerCase() !== wanted) continue;
    if (!isNumber(row.sharesOwnedAfter)) continue;
    const indirect = (row.directOrIndirect ?? 'D').toUpperCase() === 'I';
    const key = indirect ? `I|${(row.natureOfOwnership ?? '').toLowerCase()}` : 'D';
    last.set(key, { indirect, amount: row.sharesOwnedAfter });
  }
  if (last.size === 0) return null;
  const held = [...last.values()];
  return {
    direct: sum(held.filter((h) => !h.indirect).map((h) => h.amount)),
    indirect: sum(held.filter((h) => h.indirect).map((h) => h.amount)),
  };
}

function holdingWords(h: Holding, unit: string): string {
  const d = `${formatShares(h.direct)} ${unit}`;
  if (h.indirect === 0) return `${d} directly`;
  if (h.direct === 0) return `${formatShares(h.indirect)} ${unit} indirectly`;
  return `${d} directly and ${formatShares(h.indirect)} indirectly`;
}

function distinctTitles(rows: SummaryRow[]): string[] {
  const seen = new Map<string, string>();
  for (const row of rows) {
    const key = securityPhrase(row.securityTitle).toLowerCase();
    if (!seen.has(key)) seen.set(key, row.securityTitle ?? '');
  }
  return [...seen.values()];
}

function holdingsList(filing: SummaryFiling, ctx: Context): string[] {
  const items: string[] = [];
  for (const title of distinctTitles(filing.nonDerivative)) {
    const h = holdingsAfter(filing.nonDerivative, title);
    if (h) items.push(holdingWords(h, `shares of ${securityOf(title, ctx)}`));
  }
  for (const title of distinctTitles(filing.derivative)) {
    const rows = filing.derivative.filter((r) => securityPhrase(r.securityTitle).toLowerCase() === securityPhrase(title).toLowerCase());
    const noun = derivativeNoun(title);
    const underlying = amountOf(rows, 'underlyingShares');
    if ((noun === 'options' || noun === 'warrants') && underlying && 'shares' in underlying) {
      items.push(`${noun} on ${formatShares(underlying.shares)} shares`);
    } else if (underlying && 'shares' in underlying) {
      const phrase = noun || securityPhrase(title);
      const shares = formatShares(underlying.shares);
      items.push(/preferred|convertible|\bnotes?\b|class \w+ common/i.test(phrase) ? `${phrase} convertible into ${shares} shares` : `${phrase} (${shares} underlying shares)`);
    } else {
      const h = holdingsAfter(rows, title);
      items.push(h ? holdingWords(h, derivativeUnit(title)) : noun || securityPhrase(title));
    }
  }
  return items;
}

// ---------------------------------------------------------------------------------------------

const MAX_CLAUSES = 3;

/** The one-paragraph summary of a filing: who, what, how much, at what price, when, and what they hold now. */
export function summarizeFiling(filing: SummaryFiling): string {
  const who = subject(filing.reportingOwners);
  const ctx: Context = {
    issuer: issuerShortName(filing.issuer.name),
    numbers: footnoteNumbers(filing.footnotes),
    footnotes: new Map(filing.footnotes.map((f) => [f.id, f.text])),
    plural: who.plural,
  };
  const groups = groupTransactions(filing);
  let sentence: string;

  if (groups.length === 0) {
    const held = holdingsList(filing, ctx);
    if (held.length > 0) {
      const shown = held.slice(0, MAX_CLAUSES);
      const more = held.length - shown.length;
      if (more > 0) shown.push(`${more} other ${plural(more, 'holding', 'holdings')}`);
      sentence = `${who.text} reported holding ${joinList(shown)}.`;
    } else if (filing.noSecuritiesOwned) {
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

  if (/\/A$/.test(filing.formType)) {
    const original = filing.formType.replace(/\/A$/, '');
    const when = filing.dateOfOriginalSubmission ? ` filed on ${formatLongDate(filing.dateOfOriginalSubmission)}` : '';
    sentence += ` This amends the Form ${original}${when}${filing.amends ? ` (${filing.amends})` : ''}.`;
  }
  return sentence;
}

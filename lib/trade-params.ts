// The market screener's and cluster view's parameters (/trades, /clusters, /api/trades,
// /api/clusters, /trades/feed), parsed once into a typed object. Two modes over one parser:
// `parseTradeParams` (pages, feeds) drops what is malformed and says what it dropped;
// `parseTradeParamsStrict` (the API) lists every problem so the route answers 400 naming each.
// Pure and isomorphic: the page's form and preset links build URLs with `toTradeQueryString`.
import { z } from 'zod';
import { parseCik } from './domain/cik';
import { TITLE_GROUPS } from './domain/officer-titles';
import { TRANSACTION_CODES } from './domain/transaction-codes';
import type { TradingPattern } from './domain/trading-pattern';
import { PATTERNS } from './search-params';

/** The four boxes of the form, then the officer title groups (lib/domain/officer-titles.ts). */
export const TRADE_ROLES = ['director', 'officer', 'tenPercentOwner', 'other', ...TITLE_GROUPS] as const;
export type TradeRole = (typeof TRADE_ROLES)[number];

export const TRADE_SORT_KEYS = ['filed', 'date', 'value', 'shares', 'price', 'ownChange'] as const;
export type TradeSortKey = (typeof TRADE_SORT_KEYS)[number];
/** Sorts that rank amounts: lines with a suspect value (flagged) are left out of them, as out of totals. */
export const RANKING_SORTS: ReadonlySet<TradeSortKey> = new Set(['value', 'shares', 'price']);
export const CLUSTER_SORT_KEYS = ['date', 'value', 'insiders'] as const;
export type ClusterSortKey = (typeof CLUSTER_SORT_KEYS)[number];

export const MAX_PAGE_SIZE = 1_000;
export const DEFAULT_TRADE_PAGE_SIZE = 50;
export const DEFAULT_MIN_INSIDERS = 2;
export const DEFAULT_CLUSTER_WINDOW = 10;

/** An issuer as asked: by CIK ("1318605", unpadded) or by ticker ("TSLA", as typed, upper-cased). */
export type IssuerRef = { cik: string } | { ticker: string };

export type TradeParams = {
  /** Known transaction codes (TRANSACTION_CODES), upper case, sorted; empty = every code. */
  codes: string[];
  ad: 'A' | 'D' | null;
  /** A row matches when its owner holds any of these; empty = anyone. */
  roles: TradeRole[];
  /** Transaction dates, inclusive, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /** Filing dates, inclusive. */
  filedFrom: string | null;
  filedTo: string | null;
  /** Filed in the last `days` days: from today − days through today (see lib/filing-window.ts filedFromOf). */
  days: number | null;
  /** Dollars (filing_rows.value), inclusive. */
  minValue: number | null;
  maxValue: number | null;
  minPrice: number | null;
  maxPrice: number | null;
  /** Percent of the holding before the trade that was traded, at least (100 = doubled or sold out). */
  minOwnChange: number | null;
  issuer: IssuerRef | null;
  /** A SIC code or its first digits (`2834`, or `28` for its major group): issuers EDGAR classed under it. */
  sic: string | null;
  /** Reporting owner CIK, unpadded. */
  owner: string | null;
  /** As asked, or the default (derivativeDefault). */
  derivative: 'include' | 'exclude' | 'only';
  tenb5One: 'yes' | 'no' | 'unknown' | null;
  amendments: 'amended' | 'filed';
  /** Open-market trades (P, S) whose insider was routine, opportunistic or unclassified that year (lib/domain/trading-pattern.ts). */
  pattern: TradingPattern | null;
  /** Only lines filed late (`late=1`: more business days than their deadline allows). */
  late: boolean;
  sort: TradeSortKey;
  dir: 'asc' | 'desc';
  page: number;
  size: number;
  format: 'json' | 'csv';
};

export type ClusterParams = Omit<TradeParams, 'sort' | 'codes' | 'pattern' | 'late'> & {
  sort: ClusterSortKey;
  /** Distinct insiders (a joint filing's owners count as one) needed for a cluster. */
  minInsiders: number;
  /** The most days between a cluster's first and last purchase. */
  window: number;
};

/**
 * The trade filters of a cluster view that pick its rows (its purchases), as the screener's: not its
 * value bounds or insider (null: they pick among the clusters found), nor the insiders count and window (they cut rows into clusters).
 */
export function clusterRowFilters(p: ClusterParams): ClusterRowFilters {
  const { sort: _s, dir: _d, page: _p, size: _z, format: _f, minInsiders: _i, window: _w, ...filters } = p;
  return { ...filters, minValue: null, maxValue: null, owner: null };
}
export type ClusterRowFilters = Omit<ClusterParams, 'sort' | 'dir' | 'page' | 'size' | 'format' | 'minInsiders' | 'window'> & { minValue: null; maxValue: null; owner: null };

/** A parameter that was malformed: the page ignores it, the API answers 400 with the list. */
export type ParamProblem = { param: string; message: string };

export type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

export const DATE_PARAMS = ['from', 'to', 'filedFrom', 'filedTo'] as const;
export const AMOUNT_PARAMS = ['minValue', 'maxValue', 'minPrice', 'maxPrice', 'minOwnChange'] as const;
/** Longer than any valid value of any parameter (a code list of every code is under 60). */
const MAX_LENGTH = 200;

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const isoDate = z.string().refine(isIsoDate, 'must be a date as YYYY-MM-DD');
const amount = z
  .string()
  .regex(/^\d{1,15}(\.\d{1,10})?$/, 'must be a number of 0 or more, digits only (e.g. 100000 or 12.5)')
  .transform(Number);
/** A whole-number parameter from `min` to `max` (its text already trimmed), as every API route reads one. */
export const integer = (min: number, max: number) =>
  z.string().regex(/^\d{1,9}$/, `must be a whole number from ${min} to ${max}`).transform(Number)
    .pipe(z.number().min(min, `must be from ${min} to ${max}`).max(max, `must be from ${min} to ${max}`));
/** One of `values`, in any case, as every API route reads a choice. */
export const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.string().transform((v, ctx) => {
    const found = values.find((x) => x.toLowerCase() === v.toLowerCase());
    if (!found) ctx.addIssue({ code: 'custom', message: `must be one of ${values.join(', ')}` });
    return found as T[number];
  });
const list = <T extends readonly [string, ...string[]]>(values: T, what: string, normalize = (v: string) => v) =>
  z.string().transform((text, ctx) => {
    const items = text.split(',').map((v) => v.trim()).filter(Boolean);
    const unknown = items.filter((v) => !values.some((x) => x.toLowerCase() === normalize(v).toLowerCase()));
    if (unknown.length) ctx.addIssue({ code: 'custom', message: `unknown ${what} ${unknown.map((u) => JSON.stringify(u.slice(0, 20))).join(', ')}: known are ${values.join(', ')}` });
    const known = values.filter((x) => items.some((v) => normalize(v).toLowerCase() === x.toLowerCase()));
    return known as T[number][];
  });

const CODES = Object.keys(TRANSACTION_CODES) as [string, ...string[]];

const FIELDS = {
  code: list(CODES, 'transaction code', (v) => v.toUpperCase()),
  ad: oneOf(['A', 'D'] as const),
  role: list(TRADE_ROLES, 'role'),
  from: isoDate,
  to: isoDate,
  filedFrom: isoDate,
  filedTo: isoDate,
  days: integer(1, 3650),
  minValue: amount,
  maxValue: amount,
  minPrice: amount,
  maxPrice: amount,
  minOwnChange: amount,
  issuer: z.string().transform((v, ctx): IssuerRef => {
    const cik = parseCik(v);
    if (cik) return { cik };
    if (/^[A-Za-z][A-Za-z0-9.\-]{0,9}$/.test(v)) return { ticker: v.toUpperCase() };
    ctx.addIssue({ code: 'custom', message: 'must be a CIK (up to 10 digits) or a ticker (e.g. TSLA, BRK.B)' });
    return { cik: '' };
  }),
  sic: z.string().regex(/^\d{1,4}$/, 'must be a SIC code or its first digits: 1 to 4 digits (e.g. 2834, or 28 for its major group)'),
  owner: z.string().transform((v, ctx) => {
    const cik = parseCik(v);
    if (!cik) ctx.addIssue({ code: 'custom', message: 'must be a CIK (up to 10 digits)' });
    return cik ?? '';
  }),
  derivative: oneOf(['include', 'exclude', 'only'] as const),
  tenb5One: oneOf(['yes', 'no', 'unknown'] as const),
  amendments: oneOf(['amended', 'filed'] as const),
  pattern: oneOf(PATTERNS),
  late: z.string().refine((v) => v === '1', 'must be 1 (filed late only)'),
  dir: oneOf(['asc', 'desc'] as const),
  page: integer(1, 1_000_000),
  size: integer(1, MAX_PAGE_SIZE),
  format: oneOf(['json', 'csv'] as const),
  minInsiders: integer(2, 100),
  window: integer(1, 366),
};
type FieldName = keyof typeof FIELDS;
type Parsed = { -readonly [K in FieldName]?: z.output<(typeof FIELDS)[K]> } & { sort?: string };

/** Multi-valued parameters are joined ("code=P&code=S" is "code=P,S"); others take the first value. */
const LISTS: ReadonlySet<string> = new Set(['code', 'role']);

function valuesOf(raw: RawParams | null | undefined, name: string): string[] {
  if (!raw) return [];
  const v = raw instanceof URLSearchParams ? raw.getAll(name) : raw[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((s) => s.trim()).filter((s) => s !== '');
}

function parseFields(raw: RawParams | null | undefined, sortKeys: readonly [string, ...string[]], problems: ParamProblem[]): Parsed {
  const out: Parsed = {};
  const fields: [string, z.ZodType][] = [...Object.entries(FIELDS), ['sort', oneOf(sortKeys)]];
  for (const [name, schema] of fields) {
    const values = valuesOf(raw, name);
    if (values.length === 0) continue;
    const text = LISTS.has(name) ? values.join(',') : values[0]!;
    if (text.length > MAX_LENGTH) {
      problems.push({ param: name, message: `is ${text.length} characters long; no valid value is longer than ${MAX_LENGTH}` });
      continue;
    }
    const result = schema.safeParse(text);
    if (result.success) (out as Record<string, unknown>)[name] = result.data;
    else problems.push({ param: name, message: result.error.issues.map((i) => i.message).join('; ') });
  }
  // Bounds of one range: the lower must not be above the upper (equal is one day or one amount).
  for (const [low, high] of [['from', 'to'], ['filedFrom', 'filedTo'], ['minValue', 'maxValue'], ['minPrice', 'maxPrice']] as const) {
    const a = out[low];
    const b = out[high];
    if (a !== undefined && b !== undefined && a > b) {
      const relation = typeof a === 'number' ? 'below' : 'before';
      problems.push({ param: high, message: `${high} (${b}) is ${relation} ${low} (${a})` });
      delete out[low];
      delete out[high];
    }
  }
  return out;
}

/**
 * Derivative rows are left out by default where the view ranks or bounds dollars or prices: an
 * option's own price (times its shares) is not the stock's price or dollars paid. Elsewhere they
 * are shown.
 */
export function derivativeDefault(
  p: { sort: string } & Pick<TradeParams, 'minValue' | 'maxValue' | 'minPrice' | 'maxPrice'>,
): 'include' | 'exclude' {
  const bounded = p.minValue !== null || p.maxValue !== null || p.minPrice !== null || p.maxPrice !== null;
  return p.sort === 'value' || p.sort === 'price' || bounded ? 'exclude' : 'include';
}

function common(p: Parsed, sort: string): Omit<TradeParams, 'codes' | 'sort' | 'pattern' | 'late'> {
  const base = {
    ad: p.ad ?? null,
    roles: p.role ?? [],
    from: p.from ?? null,
    to: p.to ?? null,
    filedFrom: p.filedFrom ?? null,
    filedTo: p.filedTo ?? null,
    days: p.days ?? null,
    minValue: p.minValue ?? null,
    maxValue: p.maxValue ?? null,
    minPrice: p.minPrice ?? null,
    maxPrice: p.maxPrice ?? null,
    minOwnChange: p.minOwnChange ?? null,
    issuer: p.issuer ?? null,
    sic: p.sic ?? null,
    owner: p.owner ?? null,
    tenb5One: p.tenb5One ?? null,
    amendments: p.amendments ?? 'amended',
    dir: p.dir ?? 'desc',
    page: p.page ?? 1,
    size: p.size ?? DEFAULT_TRADE_PAGE_SIZE,
    format: p.format ?? 'json',
  } as const;
  return { ...base, derivative: p.derivative ?? derivativeDefault({ sort, ...base }) };
}

function toTrade(p: Parsed): TradeParams {
  const sort = (p.sort ?? 'filed') as TradeSortKey;
  return { codes: p.code ?? [], sort, ...common(p, sort), pattern: p.pattern ?? null, late: p.late !== undefined };
}

function toCluster(p: Parsed): ClusterParams {
  const sort = (p.sort ?? 'date') as ClusterSortKey;
  return { sort, ...common(p, sort), minInsiders: p.minInsiders ?? DEFAULT_MIN_INSIDERS, window: p.window ?? DEFAULT_CLUSTER_WINDOW };
}

/** For pages and feeds: malformed parameters are left out, and listed in `ignored`. Never throws. */
export function parseTradeParams(raw: RawParams | null | undefined): { params: TradeParams; ignored: ParamProblem[] } {
  const ignored: ParamProblem[] = [];
  return { params: toTrade(parseFields(raw, TRADE_SORT_KEYS, ignored)), ignored };
}

export function parseClusterParams(raw: RawParams | null | undefined): { params: ClusterParams; ignored: ParamProblem[] } {
  const ignored: ParamProblem[] = [];
  return { params: toCluster(parseFields(raw, CLUSTER_SORT_KEYS, ignored)), ignored };
}

export type StrictResult<T> = { ok: true; params: T } | { ok: false; problems: ParamProblem[] };

/** For the API: every malformed parameter is a problem (the route answers 400 listing them). */
export function parseTradeParamsStrict(raw: RawParams | null | undefined): StrictResult<TradeParams> {
  const problems: ParamProblem[] = [];
  const parsed = parseFields(raw, TRADE_SORT_KEYS, problems);
  return problems.length ? { ok: false, problems } : { ok: true, params: toTrade(parsed) };
}

export function parseClusterParamsStrict(raw: RawParams | null | undefined): StrictResult<ClusterParams> {
  const problems: ParamProblem[] = [];
  const parsed = parseFields(raw, CLUSTER_SORT_KEYS, problems);
  return problems.length ? { ok: false, problems } : { ok: true, params: toCluster(parsed) };
}

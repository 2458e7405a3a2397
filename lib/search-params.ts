// The view of a transactions table (sort, filters, page) as it lives in the URL. Pages and the API
// parse `searchParams` with this one module, so `/issuers/46129?sort=price` and
// `/api/issuers/46129/transactions?sort=price` give the same rows. Anything malformed falls back to
// its default (the pages say so; the API answers 400 naming it): nothing a user types into the URL
// can reach `orderBy` raw or produce a 500.
// Pure and isomorphic: the table island uses `toQueryString` to build its sort links.
import { z } from 'zod';
import { ROLES, type Role } from '@/lib/domain/roles';
import type { TradingPattern } from '@/lib/domain/trading-pattern';
import { TRANSACTION_CODES } from '@/lib/domain/transaction-codes';
import { parseCik } from './domain/cik';

export const SORT_KEYS = [
  'date', 'filed', 'issuer', 'insider', 'role', 'security', 'code', 'ad',
  'shares', 'price', 'value', 'owned', 'di',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

/** Columns whose first click sorts descending (dates and amounts: newest and largest first). */
export const DESC_FIRST: ReadonlySet<SortKey> = new Set(['date', 'filed', 'shares', 'price', 'value', 'owned']);

// The role filter's values and labels are the form's boxes (lib/domain/roles.ts).
export { ROLE_LABELS, ROLES, type Role } from '@/lib/domain/roles';

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 50;

export type TableView = {
  sort: SortKey;
  dir: SortDir;
  page: number;
  pageSize: number;
  /** Transaction codes ("P", "S"), upper case; empty = every code. */
  codes: string[];
  /** Acquired or disposed. */
  ad: 'A' | 'D' | null;
  role: Role | null;
  /** Transaction dates, inclusive, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /** Reporting owner CIK (unpadded). */
  insider: string | null;
  /** Issuer CIK (unpadded): narrows a person's table to one company. */
  issuer: string | null;
  /** Open-market trades whose insider was routine, opportunistic or unclassified that year (`pattern=`). */
  pattern: TradingPattern | null;
  /** Only lines filed late (`late=1`). */
  late: boolean;
};

/** The `pattern` filter's values (lib/domain/trading-pattern.ts). */
export const PATTERNS = ['routine', 'opportunistic', 'unclassified'] as const satisfies readonly TradingPattern[];

export const DEFAULT_VIEW: Readonly<TableView> = Object.freeze({
  sort: 'date',
  dir: 'desc',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  codes: [],
  ad: null,
  role: null,
  from: null,
  to: null,
  insider: null,
  issuer: null,
  pattern: null,
  late: false,
});

export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;


function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** "2" → 2; "", "2.5", "1e3", "two" → undefined (only plain digits are a page number). */
function toInteger(value: string | undefined): number | undefined {
  return value && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

const isTransactionCode = (c: string) => /^[A-Z]$/.test(c) && c in TRANSACTION_CODES;

const first = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().trim().optional());

const schema = z.object({
  sort: first.pipe(z.enum(SORT_KEYS).optional()).catch(undefined),
  dir: first.pipe(z.enum(['asc', 'desc']).optional()).catch(undefined),
  page: first.transform(toInteger).pipe(z.number().int().min(1).max(1_000_000).optional()).catch(undefined),
  size: first.transform(toInteger).pipe(z.number().refine((n) => (PAGE_SIZES as readonly number[]).includes(n)).optional()).catch(undefined),
  code: z
    .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string()))
    .transform((values) => {
      const codes = values.flatMap((v) => v.split(',')).map((c) => c.trim().toUpperCase()).filter(isTransactionCode);
      return [...new Set(codes)].sort();
    })
    .catch([]),
  ad: first.transform((v) => (v?.toUpperCase() === 'A' ? 'A' : v?.toUpperCase() === 'D' ? 'D' : null)).catch(null),
  role: first.pipe(z.enum(ROLES).optional()).transform((v) => v ?? null).catch(null),
  from: first.transform((v) => (v && isIsoDate(v) ? v : null)).catch(null),
  to: first.transform((v) => (v && isIsoDate(v) ? v : null)).catch(null),
  insider: first.transform((v) => parseCik(v)).catch(null),
  issuer: first.transform((v) => parseCik(v)).catch(null),
  pattern: first.pipe(z.enum(PATTERNS).optional()).transform((v) => v ?? null).catch(null),
  late: first.transform((v) => v === '1' || v === 'true').catch(false),
});

function toRecord(params: RawSearchParams | null | undefined): Record<string, string | string[] | undefined> {
  if (!params) return {};
  if (params instanceof URLSearchParams) {
    const out: Record<string, string[]> = {};
    for (const [key, value] of params) (out[key] ??= []).push(value);
    return out;
  }
  return params;
}

/** Parses a page's `searchParams` (or a request's URLSearchParams) into a view; never throws. */
export function parseTableView(params: RawSearchParams | null | undefined): TableView {
  const parsed = schema.safeParse(toRecord(params));
  if (!parsed.success) return { ...DEFAULT_VIEW, codes: [] };
  const p = parsed.data;
  const sort = p.sort ?? DEFAULT_VIEW.sort;
  return {
    sort,
    dir: p.dir ?? (p.sort ? (DESC_FIRST.has(sort) ? 'desc' : 'asc') : DEFAULT_VIEW.dir),
    page: p.page ?? 1,
    pageSize: p.size ?? DEFAULT_PAGE_SIZE,
    codes: p.code,
    ad: p.ad,
    role: p.role,
    from: p.from,
    to: p.to,
    insider: p.insider,
    issuer: p.issuer,
    pattern: p.pattern,
    late: p.late,
  };
}

/** A parameter the view left out, and why ("code", "ZZ: not a transaction code"). */
export type ParamProblem = { param: string; value: string; message: string };

const PROBLEM: Readonly<Record<string, string>> = {
  sort: 'not a column to sort by',
  dir: 'not asc or desc',
  page: 'not a page number',
  size: `not a page size (${PAGE_SIZES.join(', ')})`,
  code: 'not a transaction code',
  ad: 'not A or D',
  role: `not a role (${ROLES.join(', ')})`,
  from: 'not a date (YYYY-MM-DD)',
  to: 'not a date (YYYY-MM-DD)',
  insider: 'not a CIK',
  issuer: 'not a CIK',
  pattern: `not a pattern (${PATTERNS.join(', ')})`,
  late: 'not 1',
};

/** The parameter as the view reads it back: what toQueryString writes for the parsed value. */
function accepted(view: TableView, param: string, value: string): boolean {
  const v = value.trim();
  switch (param) {
    case 'sort': return view.sort === v;
    case 'dir': return view.dir === v;
    case 'page': return String(view.page) === v;
    case 'size': return String(view.pageSize) === v;
    case 'ad': return view.ad === v.toUpperCase();
    case 'role': return view.role === v;
    case 'from': return view.from === v;
    case 'to': return view.to === v;
    case 'insider': return view.insider !== null && view.insider === parseCik(v);
    case 'issuer': return view.issuer !== null && view.issuer === parseCik(v);
    case 'pattern': return view.pattern === v;
    case 'late': return view.late;
    default: return true;
  }
}

/**
 * Parses like parseTableView, and says which parameters it left out (pages show them: "ignored
 * code=ZZ: not a transaction code"). Empty values are no problem: a form sends its empty fields.
 * Only the first of a repeated scalar is read, and only it is checked.
 */
export function parseTableViewReport(params: RawSearchParams | null | undefined): { view: TableView; ignored: ParamProblem[] } {
  const view = parseTableView(params);
  const record = toRecord(params);
  const ignored: ParamProblem[] = [];
  for (const [param, message] of Object.entries(PROBLEM)) {
    const raw = record[param];
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((v) => v.trim() !== '');
    if (values.length === 0) continue;
    if (param === 'code') {
      const bad = values.flatMap((v) => v.split(',')).map((c) => c.trim()).filter((c) => c !== '' && !isTransactionCode(c.toUpperCase()));
      if (bad.length) ignored.push({ param, value: bad.join(','), message });
    } else if (!accepted(view, param, values[0]!)) {
      ignored.push({ param, value: values[0]!, message });
    }
  }
  return { view, ignored };
}

/**
 * The same query without its empty values ("?code=S&ad=&role=" → "?code=S"), or null when it has
 * none: a GET form sends every field, and pages redirect to the clean URL (one address per view).
 */
export function withoutEmptyParams(params: Record<string, string | string[] | undefined>): string | null {
  const q = new URLSearchParams();
  let dropped = false;
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      if (v.trim() === '') dropped = true;
      else q.append(key, v);
    }
  }
  if (!dropped) return null;
  const s = q.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/** The canonical query string of a view (defaults left out), with a leading "?" or "" when empty. */
export function toQueryString(view: TableView, overrides: Partial<TableView> = {}): string {
  const v = { ...view, ...overrides };
  const q = new URLSearchParams();
  if (v.sort !== DEFAULT_VIEW.sort || v.dir !== DEFAULT_VIEW.dir) {
    q.set('sort', v.sort);
    q.set('dir', v.dir);
  }
  if (v.codes.length) q.set('code', v.codes.join(','));
  if (v.ad) q.set('ad', v.ad);
  if (v.role) q.set('role', v.role);
  if (v.from) q.set('from', v.from);
  if (v.to) q.set('to', v.to);
  if (v.insider) q.set('insider', v.insider);
  if (v.issuer) q.set('issuer', v.issuer);
  if (v.pattern) q.set('pattern', v.pattern);
  if (v.late) q.set('late', '1');
  if (v.pageSize !== DEFAULT_PAGE_SIZE) q.set('size', String(v.pageSize));
  if (v.page > 1) q.set('page', String(v.page));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** True when any filter (not sort or paging) narrows the rows. */
export function hasFilters(view: TableView): boolean {
  return view.codes.length > 0 || !!view.ad || !!view.role || !!view.from || !!view.to || !!view.insider || !!view.issuer
    || !!view.pattern || view.late;
}

/** A page's `searchParams` back to "?a=1&b=2" as given (for redirects that keep the view). */
export function rawQueryString(params: Record<string, string | string[] | undefined>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) q.append(key, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * Long lists beside a table (an issuer's insiders, a person's companies) show their first
 * LIST_LIMIT entries, newest first, unless the URL asks for all of them (`?insiders=all`): a fund
 * that reported at thousands of companies would otherwise make a page of many megabytes.
 */
export const LIST_LIMIT = 25;

export function showsAll(params: RawSearchParams | null | undefined, list: 'insiders' | 'companies'): boolean {
  const value = toRecord(params)[list];
  return (Array.isArray(value) ? value[0] : value) === 'all';
}

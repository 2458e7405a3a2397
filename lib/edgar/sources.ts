// What EDGAR says exists: the tickers file, a CIK's submissions JSON (and its older pages), and the
// daily form index. Each turns into a list of `FilingRef`s: one Form 3/4/5 and where to fetch it.
import { OWNERSHIP_FORMS } from '../domain/form-types';
import { industryOf, type CikIndustry, type Industry } from '../domain/industry';
import { array, null as nullSchema, number, object, record, string, union, type output } from 'zod'; // by name, not `z`: see cli/launch.test.ts
import type { EdgarClient } from './client';
import {
  archivePathUrl,
  dailyIndexUrl,
  type EdgarHosts,
  rawDocumentUrl,
  requireCik,
  submissionsPageUrl,
  submissionsUrl,
  submissionTextUrl,
  tickersUrl,
} from './urls';

export interface FilingRef {
  accession: string;
  formType: string;
  /** The document to fetch: the raw ownership XML, or the complete submission `.txt`. */
  url: string;
  /** `YYYY-MM-DD`, from the submissions JSON or the index line. */
  filedAt: string | null;
  /** ISO 8601 without zone, EDGAR's (Eastern) clock, as the parser gives it from a header. */
  acceptedAt: string | null;
  /** The listed CIK's industry, from its submissions JSON: the filing's issuer's when it is that CIK. */
  knownIndustry?: CikIndustry | null;
}

const HOUR = 3_600_000;
/** How long a copy of a list that changes (tickers, the latest submissions, today's index) is reused. */
export const TICKERS_MAX_AGE_MS = 24 * HOUR;
export const LISTING_MAX_AGE_MS = 10 * 60_000;

// ---- tickers ------------------------------------------------------------------------------

const tickersSchema = record(
  string(),
  object({ cik_str: union([number(), string()]), ticker: string(), title: string() }),
);

export interface TickerEntry {
  cik: string;
  ticker: string;
  name: string;
}

/** Tickers compare without case, and `BRK.B` is EDGAR's `BRK-B`. */
export const normalizeTicker = (ticker: string): string => ticker.trim().toUpperCase().replace(/\./g, '-');

export function parseTickers(json: unknown): Map<string, TickerEntry> {
  const parsed = tickersSchema.safeParse(json);
  if (!parsed.success) throw new Error(`company_tickers.json is not in the expected shape: ${parsed.error.message}`);
  const map = new Map<string, TickerEntry>();
  for (const row of Object.values(parsed.data)) {
    const key = normalizeTicker(row.ticker);
    if (!map.has(key)) map.set(key, { cik: requireCik(row.cik_str, 'company_tickers.json cik_str'), ticker: row.ticker, name: row.title });
  }
  return map;
}

/** The issuer behind a ticker, or `null` when EDGAR does not list it. */
export async function lookupTicker(
  client: EdgarClient,
  hosts: EdgarHosts,
  ticker: string,
  signal?: AbortSignal,
): Promise<TickerEntry | null> {
  const json = await client.getJson(tickersUrl(hosts), { maxAgeMs: TICKERS_MAX_AGE_MS, signal });
  return parseTickers(json).get(normalizeTicker(ticker)) ?? null;
}

// ---- submissions JSON ----------------------------------------------------------------------

const column = array(union([string(), number(), nullSchema()])).optional();
const columnsSchema = object({
  accessionNumber: array(string()),
  form: array(string()),
  filingDate: array(string()),
  acceptanceDateTime: column,
  primaryDocument: column,
});
type Columns = output<typeof columnsSchema>;

const submissionsSchema = object({
  cik: union([string(), number()]).optional(),
  name: string().nullish(),
  tickers: array(string()).nullish(),
  // A company's SIC code and EDGAR's title for it; blank for a person.
  sic: union([string(), number()]).nullish(),
  sicDescription: string().nullish(),
  filings: object({
    recent: columnsSchema,
    files: array(object({ name: string(), filingFrom: string().optional(), filingTo: string().optional() }))
      .default([]),
  }),
});

/** `2024-11-01T06:01:36.000Z` or `20241101060136` → `2024-11-01T06:01:36`. The `Z` EDGAR writes is really Eastern time. */
export function normalizeAcceptance(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const iso = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(value);
  if (iso) return `${iso[1]}T${iso[2]}`;
  const compact = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value.trim());
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}T${compact[4]}:${compact[5]}:${compact[6]}`;
  return null;
}

function refsFromColumns(hosts: EdgarHosts, cik: string, c: Columns, since: string | null, knownIndustry: CikIndustry | null): FilingRef[] {
  const refs: FilingRef[] = [];
  c.accessionNumber.forEach((accession, i) => {
    const formType = c.form[i] ?? '';
    const filedAt = c.filingDate[i] || null;
    if (!OWNERSHIP_FORMS.has(formType)) return;
    if (since && filedAt && filedAt < since) return;
    const primary = c.primaryDocument?.[i];
    const url =
      (typeof primary === 'string' && primary ? rawDocumentUrl(hosts, cik, accession, primary) : null) ??
      submissionTextUrl(hosts, cik, accession);
    refs.push({ accession, formType, url, filedAt, acceptedAt: normalizeAcceptance(c.acceptanceDateTime?.[i]), knownIndustry });
  });
  return refs;
}

export interface SubmissionsListing {
  cik: string;
  name: string | null;
  tickers: string[];
  /** The CIK's SIC code as EDGAR lists it; null for a person or a company without one. */
  industry: Industry | null;
  refs: FilingRef[];
}

export interface ListOptions {
  /** Only filings on or after this day (`YYYY-MM-DD`). */
  since?: string | null;
  /** Also read the older pages under `filings.files` (the first pass does; a follow-up poll need not). */
  olderPages?: boolean;
  /** Reuse a cached copy of the latest submissions JSON younger than this. */
  maxAgeMs?: number;
  signal?: AbortSignal;
}

/** Every Form 3/4/5 (and amendment) in a CIK's submissions, newest page first. */
export async function listSubmissions(
  client: EdgarClient,
  hosts: EdgarHosts,
  cikInput: string,
  options: ListOptions = {},
): Promise<SubmissionsListing> {
  const cik = requireCik(cikInput, 'cik');
  const since = options.since ?? null;
  const url = submissionsUrl(hosts, cik);
  const parsed = submissionsSchema.safeParse(
    await client.getJson(url, { maxAgeMs: options.maxAgeMs ?? LISTING_MAX_AGE_MS, signal: options.signal }),
  );
  if (!parsed.success) throw new Error(`${url}: not a submissions file: ${parsed.error.issues[0]?.message ?? ''}`);
  const { filings } = parsed.data;
  const industry = industryOf(parsed.data.sic, parsed.data.sicDescription);
  const knownIndustry = industry && { cik, industry };
  const refs = refsFromColumns(hosts, cik, filings.recent, since, knownIndustry);
  if (options.olderPages ?? true) {
    for (const page of filings.files) {
      // Pages cover date ranges: one that ends before --since holds nothing wanted.
      if (since && page.filingTo && page.filingTo < since) continue;
      const pageUrl = submissionsPageUrl(hosts, page.name);
      // Older pages change only when EDGAR re-pages a filer, so a day-old copy is good.
      const json = await client.getJson(pageUrl, { maxAgeMs: TICKERS_MAX_AGE_MS, signal: options.signal });
      const columns = columnsSchema.safeParse(json);
      if (!columns.success) throw new Error(`${pageUrl}: not a submissions page: ${columns.error.issues[0]?.message ?? ''}`);
      refs.push(...refsFromColumns(hosts, cik, columns.data, since, knownIndustry));
    }
  }
  return { cik, name: parsed.data.name ?? null, tickers: parsed.data.tickers ?? [], industry, refs: dedupe(refs) };
}

// ---- daily index -----------------------------------------------------------------------------

export interface DailyIndexEntry extends FilingRef {
  company: string;
  cik: string;
}

// A data line ends with fixed shapes: CIK, date (YYYYMMDD in daily indexes, YYYY-MM-DD in others)
// and the archive path; company names may hold runs of spaces, so the line is read from the right.
const INDEX_LINE = /^(\S+)\s+(.*?)\s+(\d{1,10})\s+(\d{8}|\d{4}-\d{2}-\d{2})\s+(edgar\/data\/\S+)\s*$/;

/**
 * The Form 3/4/5 lines of a `form.YYYYMMDD.idx`. A filing is listed once per filer (the issuer
 * and each reporting owner) under the same accession: each comes back once.
 */
export function parseDailyIndex(text: string, hosts: EdgarHosts): DailyIndexEntry[] {
  const entries: DailyIndexEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = INDEX_LINE.exec(line);
    if (!m || !OWNERSHIP_FORMS.has(m[1]!)) continue;
    const path = m[5]!;
    const accession = /(\d{10}-\d{2}-\d{6})\.txt$/.exec(path)?.[1];
    if (!accession) continue;
    const d = m[4]!.replace(/-/g, '');
    entries.push({
      accession,
      formType: m[1]!,
      company: m[2]!.trim(),
      cik: requireCik(m[3]!, 'daily index CIK'),
      url: archivePathUrl(hosts, path),
      filedAt: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
      acceptedAt: null,
    });
  }
  return dedupe(entries);
}

/**
 * Every Form 3/4/5 filed on `day`. An index that does not exist (a weekend, a holiday, or today
 * before EDGAR publishes it) is an empty day, not an error.
 */
export async function listDailyIndex(
  client: EdgarClient,
  hosts: EdgarHosts,
  day: string,
  options: { maxAgeMs: number; signal?: AbortSignal },
): Promise<DailyIndexEntry[]> {
  try {
    const text = await client.getText(dailyIndexUrl(hosts, day), options);
    return parseDailyIndex(text, hosts);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return [];
    throw error;
  }
}

function dedupe<T extends FilingRef>(refs: T[]): T[] {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.accession) ? false : (seen.add(r.accession), true)));
}

// What EDGAR has, fetched: a CIK's or a day's Forms 3/4/5, and the documents behind them, a few at
// a time, handed over raw as they arrive. Nothing here parses or stores: ingest/edgar.ts feeds the
// documents to the ingest pipeline. Stopping (the signal, or leaving the loop) starts no new request.
import type { EdgarClient } from './client';
import { describeError, type Progress } from './progress';
import type { CikIndustry } from '../domain/industry';
import {
  type DailyIndexEntry,
  type FilingRef,
  listDailyIndex,
  listSubmissions,
  LISTING_MAX_AGE_MS,
  lookupTicker,
  type SubmissionsListing,
} from './sources';
import { edgarToday, type EdgarHosts, requireCik } from './urls';

/** A filing's document as EDGAR serves it, with what EDGAR's listing says of it. */
export interface EdgarDocument {
  accession: string;
  formType: string;
  /** The URL it was fetched from. */
  source: string;
  text: string;
  /** From the listing: a bare XML carries no filing date or acceptance time of its own. */
  filedAt: string | null;
  acceptedAt: string | null;
  knownIndustry?: CikIndustry | null;
}

export interface FetchDeps {
  client: EdgarClient;
  hosts: EdgarHosts;
  /** Counts what is listed, fetched and failed to fetch. */
  progress: Progress;
  /** Documents fetched at once (the client's own limits still apply). */
  concurrency: number;
  signal?: AbortSignal;
}

/** A user's words that EDGAR does not know (an unlisted ticker, a CIK with no filings). */
export class EdgarNotFoundError extends Error {
  override readonly name = 'EdgarNotFoundError';
}

export type IssuerTarget = { ticker: string } | { cik: string };

export interface ResolvedTarget {
  cik: string;
  ticker: string | null;
  name: string | null;
}

/** A ticker becomes a CIK through EDGAR's tickers file; a CIK is taken as given. */
export async function resolveTarget(
  client: EdgarClient,
  hosts: EdgarHosts,
  target: IssuerTarget,
  signal?: AbortSignal,
): Promise<ResolvedTarget> {
  if ('cik' in target) return { cik: requireCik(target.cik, 'target cik'), ticker: null, name: null };
  const entry = await lookupTicker(client, hosts, target.ticker, signal);
  if (!entry) throw new EdgarNotFoundError(`EDGAR lists no company with ticker "${target.ticker}"`);
  return { cik: entry.cik, ticker: entry.ticker, name: entry.name };
}

export interface CikListOptions {
  since?: string | null;
  /** Read the older submissions pages too (a follow-up poll only needs the latest page). */
  olderPages?: boolean;
  /** Reuse a cached latest-submissions JSON younger than this (0 when polling for news). */
  maxAgeMs?: number;
}

/** Every Form 3/4/5 of one CIK (an issuer or a reporting person). */
export async function listCikFilings(deps: FetchDeps, cik: string, options: CikListOptions = {}): Promise<SubmissionsListing> {
  try {
    return await listSubmissions(deps.client, deps.hosts, cik, { ...options, signal: deps.signal });
  } catch (error) {
    if ((error as { status?: number }).status === 404) throw new EdgarNotFoundError(`EDGAR has no filer with CIK ${cik}`);
    throw error;
  }
}

/** Every Form 3/4/5 filed on `day` (`YYYY-MM-DD`), from the daily form index. */
export async function listDayFilings(deps: FetchDeps, day: string, options: { fresh?: boolean } = {}): Promise<DailyIndexEntry[]> {
  const maxAgeMs = dailyIndexMaxAge(day, options.fresh ?? false);
  return listDailyIndex(deps.client, deps.hosts, day, { maxAgeMs, signal: deps.signal });
}

export interface FetchOptions {
  /** Filings the caller has already: neither fetched nor handed over. */
  isStored: (accession: string) => boolean;
  /** A follow-up poll: count only filings not stored yet, so old ones are not counted again at every look. */
  onlyNew?: boolean;
}

/** Documents fetched and not yet taken: bounds what a fast source (the disk cache) piles up. */
const MAX_WAITING = 64;

/**
 * The documents of the listed filings not stored yet, fetched `deps.concurrency` at a time and
 * handed over as they arrive (not in listing order). A document that cannot be fetched (HTTP error
 * after retries) is counted as failed in `deps.progress` and the others go on.
 */
export async function* fetchDocuments(deps: FetchDeps, refs: readonly FilingRef[], options: FetchOptions): AsyncGenerator<EdgarDocument> {
  const { client, progress, signal } = deps;
  const todo = refs.filter((ref) => !options.isStored(ref.accession));
  if (options.onlyNew) progress.listed(todo.length, 0);
  else progress.listed(refs.length, refs.length - todo.length);
  if (todo.length === 0) return;
  progress.started();

  const arrived: EdgarDocument[] = [];
  let wake: (() => void) | null = null;
  const roomWaiters: (() => void)[] = [];
  let next = 0;
  let stopped = false;
  let running = Math.min(Math.max(1, deps.concurrency), todo.length);
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const worker = async () => {
    try {
      while (next < todo.length && !stopped && !signal?.aborted) {
        const ref = todo[next++]!;
        try {
          // A filing's documents never change once accepted: any cached copy is good.
          const text = await client.getText(ref.url, { maxAgeMs: Infinity, signal });
          progress.gotDocument();
          const { accession, formType, url, filedAt, acceptedAt, knownIndustry } = ref;
          arrived.push({ accession, formType, source: url, text, filedAt, acceptedAt, knownIndustry });
          notify();
        } catch (error) {
          if (signal?.aborted) return;
          progress.failed({ accession: ref.accession, url: ref.url, reason: describeError(error) });
        }
        while (arrived.length >= MAX_WAITING && !stopped) await new Promise<void>((resolve) => roomWaiters.push(resolve));
      }
    } finally {
      running--;
      notify();
    }
  };
  for (let i = running; i > 0; i--) void worker();
  try {
    for (;;) {
      const document = arrived.shift();
      if (document) {
        roomWaiters.shift()?.();
        yield document;
      } else if (running === 0) {
        return;
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    stopped = true;
    for (const resolve of roomWaiters.splice(0)) resolve();
  }
}

/**
 * How old a cached daily index may be. Today's grows until EDGAR closes, so it is re-read; a past
 * day's is final, but only a copy taken after that day was over (two days' slack for time zones and
 * late publication) can be trusted forever.
 */
export function dailyIndexMaxAge(day: string, fresh: boolean, now = Date.now()): number {
  if (day >= edgarToday(new Date(now))) return fresh ? 0 : LISTING_MAX_AGE_MS;
  const settled = Date.parse(`${day}T00:00:00Z`) + 2 * 86_400_000;
  return Math.max(fresh ? 0 : LISTING_MAX_AGE_MS, now - settled);
}

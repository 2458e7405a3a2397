// The load itself: list filings, skip the ones stored before, fetch the rest a few at a time,
// store each as it arrives. A document that fails (HTTP error after retries, bad XML) is reported
// and the others go on. Stopping (the signal) lets the current write finish and starts nothing new.
import type { EdgarClient } from './client';
import { describeError, type Progress } from './progress';
import type { FilingSink } from '../../ingest/edgar-sink';
import { type FilingRef, listDailyIndex, listSubmissions, LISTING_MAX_AGE_MS, lookupTicker } from './sources';
import { edgarToday, type EdgarHosts, normalizeCik } from './urls';

export interface LoaderDeps {
  client: EdgarClient;
  hosts: EdgarHosts;
  sink: FilingSink;
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
  if ('cik' in target) return { cik: normalizeCik(target.cik), ticker: null, name: null };
  const entry = await lookupTicker(client, hosts, target.ticker, signal);
  if (!entry) throw new EdgarNotFoundError(`EDGAR lists no company with ticker "${target.ticker}"`);
  return { cik: entry.cik, ticker: entry.ticker, name: entry.name };
}

/**
 * Fetches and stores every listed filing that is not stored yet. A poll (`onlyNew`) counts only
 * what it adds, so following an issuer does not count its old filings again at every look.
 */
export async function loadRefs(deps: LoaderDeps, refs: FilingRef[], options: { onlyNew?: boolean } = {}): Promise<void> {
  const { client, sink, progress, signal } = deps;
  const todo = refs.filter((ref) => !sink.has(ref.accession));
  if (options.onlyNew) progress.listed(todo.length, 0);
  else progress.listed(refs.length, refs.length - todo.length);
  if (todo.length === 0) return;
  progress.started();
  let next = 0;
  const worker = async () => {
    while (next < todo.length && !signal?.aborted) {
      const ref = todo[next++]!;
      let text: string;
      try {
        // A filing's documents never change once accepted: any cached copy is good.
        text = await client.getText(ref.url, { maxAgeMs: Infinity, signal });
      } catch (error) {
        if (signal?.aborted) return;
        progress.failed({ accession: ref.accession, url: ref.url, reason: describeError(error) });
        continue;
      }
      progress.gotDocument();
      // Storing is synchronous (better-sqlite3): once started, a write always completes.
      try {
        progress.stored(sink.store(text, ref.url, ref));
      } catch (error) {
        progress.failed({ accession: ref.accession, url: ref.url, reason: describeError(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(deps.concurrency, todo.length) }, worker));
}

export interface IssuerLoadOptions {
  since?: string | null;
  /** Read the older submissions pages too (a follow-up poll only needs the latest page). */
  olderPages?: boolean;
  /** Reuse a cached latest-submissions JSON younger than this (0 when polling for news). */
  maxAgeMs?: number;
  /** A follow-up poll: count only filings not stored yet. */
  onlyNew?: boolean;
  /** Told the filer's name and tickers as soon as the submissions JSON is read. */
  onListing?: (listing: { cik: string; name: string | null; tickers: string[] }) => void;
}

/** Every Form 3/4/5 of one CIK (an issuer or a reporting person). */
export async function loadCik(deps: LoaderDeps, cik: string, options: IssuerLoadOptions = {}): Promise<void> {
  let listing;
  try {
    listing = await listSubmissions(deps.client, deps.hosts, cik, { ...options, signal: deps.signal });
  } catch (error) {
    if ((error as { status?: number }).status === 404) throw new EdgarNotFoundError(`EDGAR has no filer with CIK ${cik}`);
    throw error;
  }
  options.onListing?.(listing);
  await loadRefs(deps, listing.refs, { onlyNew: options.onlyNew });
}

/** Every Form 3/4/5 filed on `day` (`YYYY-MM-DD`), from the daily form index. */
export async function loadDay(deps: LoaderDeps, day: string, options: { fresh?: boolean; onlyNew?: boolean } = {}): Promise<number> {
  const maxAgeMs = dailyIndexMaxAge(day, options.fresh ?? false);
  const entries = await listDailyIndex(deps.client, deps.hosts, day, { maxAgeMs, signal: deps.signal });
  await loadRefs(deps, entries, { onlyNew: options.onlyNew });
  return entries.length;
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

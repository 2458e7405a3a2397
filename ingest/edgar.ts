// Loading from SEC EDGAR: lib/edgar lists the filings and fetches their documents, the ingest
// pipeline parses and stores them as they arrive, and the load's progress counts both halves.
import type { CoverageLog } from '../db/edgar-coverage';
import type { FilingStore } from '../db/store';
import { ParseError } from '../lib/parser/index';
import { type CikListOptions, fetchDocuments, type FetchDeps, listCikFilings, listDayFilings } from '../lib/edgar/fetch';
import type { Progress } from '../lib/edgar/progress';
import type { FilingRef } from '../lib/edgar/sources';
import { edgarToday } from '../lib/edgar/urls';
import { ingestStream, type IngestOutcome } from './pipeline';

export interface EdgarLoadDeps extends FetchDeps {
  store: FilingStore;
}

/** A load of whole days: the daily indexes read into the store's database are noted there. */
export interface DayLoadDeps extends EdgarLoadDeps {
  coverage: CoverageLog;
}

/**
 * Fetches and stores every listed filing that is not stored yet. A poll (`onlyNew`) counts only
 * what it adds, so following an issuer does not count its old filings again at every look.
 */
export async function loadRefs(deps: EdgarLoadDeps, refs: readonly FilingRef[], options: { onlyNew?: boolean } = {}): Promise<void> {
  const { store, progress } = deps;
  const documents = fetchDocuments(deps, refs, { isStored: (accession) => store.hasFiling(accession), onlyNew: options.onlyNew });
  // Storing is synchronous (better-sqlite3): once started, a write always completes.
  await ingestStream(store, documents, { onOutcome: (outcome) => countOutcome(progress, outcome) });
}

export interface CikLoadOptions extends CikListOptions {
  /** A follow-up poll: count only filings not stored yet. */
  onlyNew?: boolean;
  /** Told the filer's name and tickers as soon as the submissions JSON is read. */
  onListing?: (listing: { cik: string; name: string | null; tickers: string[] }) => void;
}

/** Every Form 3/4/5 of one CIK (an issuer or a reporting person). */
export async function loadCik(deps: EdgarLoadDeps, cik: string, options: CikLoadOptions = {}): Promise<void> {
  const listing = await listCikFilings(deps, cik, options);
  options.onListing?.(listing);
  // The issuer's code as EDGAR lists it today (its filings fetched now also carry it, as given with them).
  if (listing.industry) deps.store.setIssuerIndustry(listing.cik, listing.industry, edgarToday());
  await loadRefs(deps, listing.refs, { onlyNew: options.onlyNew });
}

/**
 * Every Form 3/4/5 filed on `day` (`YYYY-MM-DD`); the number EDGAR listed. The day is noted as read
 * once each listed filing was stored or reported (not when stopped partway).
 */
export async function loadDay(deps: DayLoadDeps, day: string, options: { fresh?: boolean; onlyNew?: boolean } = {}): Promise<number> {
  const entries = await listDayFilings(deps, day, { fresh: options.fresh });
  await loadRefs(deps, entries, { onlyNew: options.onlyNew });
  if (!deps.signal?.aborted) deps.coverage.noteDayRead(day, entries.length);
  return entries.length;
}

function countOutcome(progress: Progress, outcome: IngestOutcome): void {
  if (outcome.status !== 'failed') {
    progress.stored(outcome.status);
    return;
  }
  const { error } = outcome;
  const reason = error instanceof ParseError ? `bad filing (${error.code}): ${error.message}` : outcome.reason;
  progress.failed({ accession: outcome.accession ?? '', url: outcome.source, reason });
}

// Counters for a load, shared by the command line (a status line) and the app (the progress API):
// the fetching side counts what EDGAR listed and what came in, the storing side what it stored.

/** What storing a document came to (the store's own words). */
export type StoredOutcome = 'loaded' | 'replaced' | 'skipped';

export interface FailureReport {
  accession: string;
  url: string;
  reason: string;
}

export interface ProgressSnapshot {
  /** Filings EDGAR listed (Forms 3, 4, 5 and amendments). */
  found: number;
  /** Listed but stored before: not fetched again. */
  alreadyStored: number;
  /** Documents in hand (downloaded, or read from the disk cache). */
  fetched: number;
  /** Stored: new filings, plus reloads that changed one (`replaced`) or found it the same (`unchanged`). */
  loaded: number;
  replaced: number;
  unchanged: number;
  failed: number;
  /** Filings still to fetch and store. */
  remaining: number;
  /** Estimated seconds left, from the pace so far; `null` before there is a pace. */
  etaSeconds: number | null;
  failures: FailureReport[];
}

/** `queued`: waiting for other loads to finish (the server runs a few at once). */
export type LoadStatus = 'queued' | 'running' | 'done' | 'failed';

/**
 * What the API and the pages show of one of the app's background loads (ingest/edgar-jobs.ts).
 * Plain data: it goes to the browser as JSON, so components import it from here.
 */
export interface LoadView {
  /** The issuer's CIK: a load is found again by it. */
  key: string;
  cik: string;
  ticker: string | null;
  name: string | null;
  status: LoadStatus;
  startedAt: string;
  finishedAt: string | null;
  /** Why the whole load failed (EDGAR unreachable, say); single documents that failed are in `progress.failures`. */
  error: string | null;
  progress: ProgressSnapshot;
  /** Where the filings can be seen once loaded. */
  issuerPath: string;
  /** While queued, the loads ahead of it (running or waiting); else 0. */
  waitingBehind: number;
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export class Progress {
  found = 0;
  alreadyStored = 0;
  fetched = 0;
  loaded = 0;
  replaced = 0;
  unchanged = 0;
  readonly failures: FailureReport[] = [];
  private startedAt: number | null = null;
  private done = 0;

  constructor(private readonly now: () => number = () => Date.now()) {}

  listed(count: number, alreadyStored: number): void {
    this.found += count;
    this.alreadyStored += alreadyStored;
  }

  started(): void {
    this.startedAt ??= this.now();
  }

  gotDocument(): void {
    this.fetched++;
  }

  stored(outcome: StoredOutcome): void {
    this.done++;
    if (outcome === 'loaded') this.loaded++;
    else if (outcome === 'replaced') this.replaced++;
    else this.unchanged++;
  }

  failed(failure: FailureReport): void {
    this.done++;
    this.failures.push(failure);
  }

  snapshot(): ProgressSnapshot {
    const remaining = Math.max(0, this.found - this.alreadyStored - this.done);
    const elapsed = this.startedAt === null ? 0 : (this.now() - this.startedAt) / 1000;
    const etaSeconds = this.done > 0 && elapsed > 0 ? Math.round((remaining * elapsed) / this.done) : remaining === 0 ? 0 : null;
    return {
      found: this.found,
      alreadyStored: this.alreadyStored,
      fetched: this.fetched,
      loaded: this.loaded + this.replaced + this.unchanged,
      replaced: this.replaced,
      unchanged: this.unchanged,
      failed: this.failures.length,
      remaining,
      etaSeconds,
      failures: [...this.failures],
    };
  }
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m}m ${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** One status line: `found 120 (30 stored before) · fetched 40 · loaded 38 · failed 2 · about 12s left`. */
export function formatProgress(s: ProgressSnapshot): string {
  const parts = [
    `found ${s.found}${s.alreadyStored ? ` (${s.alreadyStored} stored before)` : ''}`,
    `fetched ${s.fetched}`,
    `loaded ${s.loaded}`,
    `failed ${s.failed}`,
  ];
  if (s.remaining > 0) parts.push(s.etaSeconds === null ? `${s.remaining} to go` : `${s.remaining} to go, about ${formatDuration(s.etaSeconds)} left`);
  return parts.join(' · ');
}

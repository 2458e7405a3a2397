// Loads started from the web app ("Load from SEC EDGAR"): they run in the background of the Next
// server process, one per issuer at a time, and report progress to GET /api/edgar/loads/[key].
// All loads share one EDGAR client, so together they still keep to the rate limit.
import { EdgarClient } from '../lib/edgar/client';
import { type EdgarConfig, type EdgarEnv, readEdgarConfig } from '../lib/edgar/env';
import type { FilingStore } from '../db/store';
import { type IssuerTarget, resolveTarget } from '../lib/edgar/fetch';
import { describeError, type LoadStatus, type LoadView, Progress } from '../lib/edgar/progress';
import { loadCik } from './edgar';

export type { LoadStatus, LoadView };

interface Job {
  key: string;
  cik: string;
  ticker: string | null;
  name: string | null;
  status: LoadStatus;
  startedAt: Date;
  finishedAt: Date | null;
  error: string | null;
  progress: Progress;
  done: Promise<void>;
}

export interface LoadRegistryOptions {
  env?: EdgarEnv;
  /** The store to load into, opened when the first load starts. */
  openStore: () => FilingStore;
  /** How long a finished load stays visible. */
  keepFinishedMs?: number;
}

export interface LoadRegistry {
  readonly config: EdgarConfig;
  /**
   * Starts loading an issuer's filings, or returns the load already running for it. Resolving a
   * ticker asks EDGAR (cached); an unknown one throws `EdgarNotFoundError`.
   */
  start(target: IssuerTarget): Promise<{ load: LoadView; created: boolean }>;
  get(key: string): LoadView | null;
  /** Resolves when the load under `key` has finished (tests). */
  settled(key: string): Promise<void>;
}

export function createLoadRegistry(options: LoadRegistryOptions): LoadRegistry {
  // Throws EdgarConfigError without SEC_USER_AGENT: the app offers no loading then.
  const config = readEdgarConfig(options.env ?? process.env);
  const client = new EdgarClient(config);
  const jobs = new Map<string, Job>();
  const keepFinishedMs = options.keepFinishedMs ?? 60 * 60_000;
  let store: FilingStore | null = null;

  const view = (job: Job): LoadView => ({
    key: job.key,
    cik: job.cik,
    ticker: job.ticker,
    name: job.name,
    status: job.status,
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    error: job.error,
    progress: job.progress.snapshot(),
    issuerPath: `/issuers/${job.cik}`,
  });

  const prune = () => {
    const now = Date.now();
    for (const [key, job] of jobs) {
      if (job.finishedAt && now - job.finishedAt.getTime() > keepFinishedMs) jobs.delete(key);
    }
  };

  return {
    config,
    async start(target) {
      prune();
      const resolved = await resolveTarget(client, config, target);
      const running = jobs.get(resolved.cik);
      if (running?.status === 'running') return { load: view(running), created: false };
      store ??= options.openStore();
      const job: Job = {
        key: resolved.cik,
        cik: resolved.cik,
        ticker: resolved.ticker ?? running?.ticker ?? null,
        name: resolved.name ?? running?.name ?? null,
        status: 'running',
        startedAt: new Date(),
        finishedAt: null,
        error: null,
        progress: new Progress(),
        done: Promise.resolve(),
      };
      const deps = { client, hosts: config, store, progress: job.progress, concurrency: config.concurrency };
      const onListing = (listing: { name: string | null; tickers: string[] }) => {
        job.name ??= listing.name;
        job.ticker ??= listing.tickers[0] ?? null;
      };
      job.done = loadCik(deps, job.cik, { olderPages: true, onListing }).then(
        () => {
          job.status = 'done';
          job.finishedAt = new Date();
        },
        (error: unknown) => {
          job.status = 'failed';
          job.error = describeError(error);
          job.finishedAt = new Date();
        },
      );
      jobs.set(job.key, job);
      return { load: view(job), created: true };
    },
    get(key) {
      const job = jobs.get(key);
      return job ? view(job) : null;
    },
    async settled(key) {
      await jobs.get(key)?.done;
    },
  };
}

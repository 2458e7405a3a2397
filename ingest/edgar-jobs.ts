// Loads started from the web app ("Load from SEC EDGAR"): they run in the background of the Next
// server process, one per issuer at a time, and report progress to GET /api/edgar/loads/[key].
// All loads share one EDGAR client, so together they still keep to the rate limit. A few run at
// once and a few more wait their turn; past that, a new load is turned down (LoadsBusyError).
import { EdgarClient } from '../lib/edgar/client';
import { type EdgarConfig, type EdgarEnv, readEdgarConfig } from '../lib/edgar/env';
import type { FilingStore } from '../db/store';
import { type IssuerTarget, resolveTarget } from '../lib/edgar/fetch';
import { describeError, type LoadStatus, type LoadView, Progress } from '../lib/edgar/progress';
import { loadCik } from './edgar';
import { loadOriginals, originalRef } from './originals';

export type { LoadStatus, LoadView };

/** Thrown by `start` when as many loads are running and waiting as the server allows. */
export class LoadsBusyError extends Error {
  override readonly name = 'LoadsBusyError';
}

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
  /** Runs the load (once its turn comes); never rejects. */
  run: () => Promise<void>;
  /** Settles `done`, once the next load in the queue has started. */
  finished: () => void;
  done: Promise<void>;
}

export interface LoadRegistryOptions {
  env?: EdgarEnv;
  /** The store to load into, opened when the first load starts. */
  openStore: () => FilingStore;
  /** How long a finished load stays visible. */
  keepFinishedMs?: number;
  /** Loads running at once (default 2); more wait their turn. */
  maxRunning?: number;
  /** Loads that may wait (default 8); past running + waiting, `start` throws LoadsBusyError. */
  maxQueued?: number;
}

export interface LoadRegistry {
  readonly config: EdgarConfig;
  /**
   * Starts loading an issuer's filings (or queues it behind the loads running), or returns the
   * load already running or waiting for it. Resolving a ticker asks EDGAR (cached); an unknown one
   * throws `EdgarNotFoundError`; a new load when the server has as many as it allows throws
   * `LoadsBusyError`.
   */
  start(target: IssuerTarget): Promise<{ load: LoadView; created: boolean }>;
  get(key: string): LoadView | null;
  /** Resolves when the load under `key` has finished (tests). */
  settled(key: string): Promise<void>;
  /**
   * Fetches a data-set filing's original document in the background and stores it over the copy:
   * one at a time, each filing once (asked again while waiting or after a failure, nothing more
   * happens). True when it was queued by this call.
   */
  fetchOriginal(filing: { accession: string; issuerCik: string; formType: string; filedAt: string | null }): boolean;
  /** Resolves when no original is waiting or being fetched (tests). */
  originalsSettled(): Promise<void>;
}

/** Originals that may wait their turn: past this, a page view asks for nothing (the next view may). */
const MAX_ORIGINALS_QUEUED = 100;

export function createLoadRegistry(options: LoadRegistryOptions): LoadRegistry {
  // Throws EdgarConfigError without SEC_USER_AGENT: the app offers no loading then.
  const config = readEdgarConfig(options.env ?? process.env);
  const client = new EdgarClient(config);
  const jobs = new Map<string, Job>();
  const keepFinishedMs = options.keepFinishedMs ?? 60 * 60_000;
  const maxRunning = Math.max(1, options.maxRunning ?? 2);
  const maxQueued = Math.max(0, options.maxQueued ?? 8);
  /** Loads waiting their turn, first come first served. */
  const queue: Job[] = [];
  let running = 0;
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
    waitingBehind: job.status === 'queued' ? running + queue.indexOf(job) : 0,
  });

  const runNext = () => {
    while (running < maxRunning && queue.length > 0) {
      const job = queue.shift()!;
      job.status = 'running';
      job.startedAt = new Date();
      running++;
      void job.run().finally(() => {
        running--;
        runNext();
        job.finished();
      });
    }
  };

  const prune = () => {
    const now = Date.now();
    for (const [key, job] of jobs) {
      if (job.finishedAt && now - job.finishedAt.getTime() > keepFinishedMs) jobs.delete(key);
    }
  };

  // The originals of data-set filings: a tiny queue, one fetch at a time, sharing the client (and so
  // the rate limit) with the loads. `asked` remembers every accession queued, so a filing whose
  // original failed is not fetched again at every view.
  type OriginalAsk = Parameters<LoadRegistry['fetchOriginal']>[0];
  const originals: OriginalAsk[] = [];
  const asked = new Set<string>();
  let originalsDone: Promise<void> = Promise.resolve();
  let fetchingOriginals = false;
  const fetchOriginals = async () => {
    fetchingOriginals = true;
    try {
      for (let next = originals.shift(); next; next = originals.shift()) {
        store ??= options.openStore();
        const deps = { client, hosts: config, store, progress: new Progress(), concurrency: 1 };
        // Failures stay in the progress: the copy is still shown, and the server's log says why.
        await loadOriginals(deps, [originalRef(next, config)]).catch(() => undefined);
        for (const f of deps.progress.snapshot().failures) console.error(`original of ${f.accession} not loaded from ${f.url}: ${f.reason}`);
      }
    } finally {
      fetchingOriginals = false;
    }
  };

  return {
    config,
    fetchOriginal(filing) {
      if (asked.has(filing.accession) || originals.length >= MAX_ORIGINALS_QUEUED) return false;
      if (asked.size >= 100_000) asked.clear(); // a long-running server forgets, rather than grows
      asked.add(filing.accession);
      originals.push(filing);
      if (!fetchingOriginals) originalsDone = fetchOriginals();
      return true;
    },
    originalsSettled: () => originalsDone,
    async start(target) {
      prune();
      const resolved = await resolveTarget(client, config, target);
      const before = jobs.get(resolved.cik);
      if (before?.status === 'running' || before?.status === 'queued') return { load: view(before), created: false };
      if (running + queue.length >= maxRunning + maxQueued) {
        throw new LoadsBusyError(`The server is already loading ${maxRunning + maxQueued} issuers from SEC EDGAR; try again in a few minutes.`);
      }
      store ??= options.openStore();
      const job: Job = {
        key: resolved.cik,
        cik: resolved.cik,
        ticker: resolved.ticker ?? before?.ticker ?? null,
        name: resolved.name ?? before?.name ?? null,
        status: 'queued',
        startedAt: new Date(),
        finishedAt: null,
        error: null,
        progress: new Progress(),
        run: async () => {},
        finished: () => {},
        done: Promise.resolve(),
      };
      const deps = { client, hosts: config, store, progress: job.progress, concurrency: config.concurrency };
      const onListing = (listing: { name: string | null; tickers: string[] }) => {
        job.name ??= listing.name;
        job.ticker ??= listing.tickers[0] ?? null;
      };
      job.done = new Promise((resolve) => (job.finished = resolve));
      job.run = () => loadCik(deps, job.cik, { olderPages: true, onListing }).then(
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
      queue.push(job);
      runNext();
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

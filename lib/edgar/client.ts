// The one way this project talks to EDGAR: identified (SEC_USER_AGENT), paced (RateLimiter),
// bounded (Semaphore), retried with exponential backoff on 429, 5xx, time-outs and dropped
// connections (honouring Retry-After), and cached on disk.
import { DiskCache } from './disk-cache';
import { type EdgarConfig, requireUserAgent } from './env';
import { RateLimiter, Semaphore, sleep } from './rate-limiter';

const MAX_RETRY_AFTER_MS = 10 * 60_000;
const MAX_BACKOFF_MS = 60_000;

/** A request that failed for good: after its retries, or at once for a 4xx other than 429. */
export class EdgarRequestError extends Error {
  override readonly name = 'EdgarRequestError';
  constructor(
    readonly url: string,
    /** HTTP status, or `null` when no response came (time-out, refused connection). */
    readonly status: number | null,
    detail: string,
  ) {
    super(`${detail} (${url})`);
  }
}

export interface RetryNotice {
  url: string;
  attempt: number;
  delayMs: number;
  reason: string;
}

export interface EdgarClientOptions {
  limiter?: RateLimiter;
  /** `null` turns the disk cache off. */
  cache?: DiskCache | null;
  onRetry?: (notice: RetryNotice) => void;
}

export interface GetOptions {
  /** Serve from the disk cache when the copy is younger than this; `Infinity` for documents that never change. */
  maxAgeMs?: number;
  signal?: AbortSignal;
}

const readText = (response: Response): Promise<string> => response.text();

function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** `Retry-After` as milliseconds: seconds or an HTTP date. `null` when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, MAX_RETRY_AFTER_MS);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.min(Math.max(0, at - now), MAX_RETRY_AFTER_MS);
}

export class EdgarClient {
  readonly userAgent: string;
  readonly limiter: RateLimiter;
  readonly cache: DiskCache | null;
  private readonly slots: Semaphore;
  /** Requests actually sent (cache hits excluded). */
  requests = 0;

  /** Throws `EdgarConfigError` without SEC_USER_AGENT, before anything is sent. */
  constructor(
    readonly config: EdgarConfig,
    private readonly options: EdgarClientOptions = {},
  ) {
    this.userAgent = requireUserAgent(config);
    this.limiter = options.limiter ?? new RateLimiter(config.maxRps);
    this.cache = options.cache === undefined ? new DiskCache(config.cacheDir) : options.cache;
    this.slots = new Semaphore(config.concurrency);
  }

  /** The body of `url` as text. Throws `EdgarRequestError` once retries are spent. */
  async getText(url: string, options: GetOptions = {}): Promise<string> {
    const maxAgeMs = options.maxAgeMs ?? 0;
    if (this.cache) {
      const cached = await this.cache.get(url, maxAgeMs);
      if (cached !== null) return cached;
    }
    const body = await this.fetchWithRetries(url, options.signal, readText);
    if (this.cache) await this.cache.put(url, body);
    return body;
  }

  /** The body of `url` as bytes (a data-set zip), cached on disk as text is. */
  async getBytes(url: string, options: GetOptions = {}): Promise<Uint8Array> {
    const maxAgeMs = options.maxAgeMs ?? 0;
    if (this.cache) {
      const cached = await this.cache.getBytes(url, maxAgeMs);
      if (cached !== null) return cached;
    }
    const body = await this.fetchWithRetries(url, options.signal, async (response) => new Uint8Array(await response.arrayBuffer()));
    if (this.cache) await this.cache.put(url, body);
    return body;
  }

  async getJson(url: string, options: GetOptions = {}): Promise<unknown> {
    const text = await this.getText(url, options);
    try {
      return JSON.parse(text);
    } catch {
      throw new EdgarRequestError(url, 200, 'response is not JSON');
    }
  }

  private async fetchWithRetries<T>(url: string, signal: AbortSignal | undefined, read: (response: Response) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      let delayMs: number;
      let reason: string;
      await this.slots.acquire(signal);
      try {
        await this.limiter.acquire(signal);
        this.requests++;
        const outcome = await this.attempt(url, signal, read);
        if (outcome.ok) return outcome.body;
        if (!outcome.retryable || attempt >= this.config.maxRetries) {
          throw new EdgarRequestError(url, outcome.status, attempt > 0 ? `${outcome.reason} after ${attempt + 1} attempts` : outcome.reason);
        }
        reason = outcome.reason;
        const backoff = Math.min(this.config.retryBaseMs * 2 ** attempt, MAX_BACKOFF_MS);
        // Jitter keeps parallel retries from landing together.
        delayMs = outcome.retryAfterMs ?? backoff * (0.75 + Math.random() / 2);
        // A 429 is about this client, not this document: hold every request back.
        if (outcome.status === 429) this.limiter.pauseFor(delayMs);
      } finally {
        this.slots.release();
      }
      this.options.onRetry?.({ url, attempt: attempt + 1, delayMs, reason });
      await sleep(delayMs, signal);
    }
  }

  private async attempt<T>(
    url: string,
    signal: AbortSignal | undefined,
    read: (response: Response) => Promise<T>,
  ): Promise<
    | { ok: true; body: T }
    | { ok: false; retryable: boolean; status: number | null; reason: string; retryAfterMs: number | null }
  > {
    const timeout = AbortSignal.timeout(this.config.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      const response = await fetch(url, {
        headers: { 'User-Agent': this.userAgent, Accept: '*/*' },
        signal: combined,
        redirect: 'follow',
      });
      if (response.ok) return { ok: true, body: await read(response) };
      await response.body?.cancel().catch(() => undefined);
      return {
        ok: false,
        retryable: isRetryableStatus(response.status),
        status: response.status,
        reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
      };
    } catch (error) {
      // The caller gave up (Ctrl-C, a cancelled job): not a failure of the document.
      if (signal?.aborted) throw signal.reason;
      const timedOut = timeout.aborted;
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return {
        ok: false,
        retryable: true,
        status: null,
        reason: timedOut
          ? `timed out after ${this.config.timeoutMs} ms`
          : `network error${cause ? ` ${cause}` : ''}: ${(error as Error).message}`,
        retryAfterMs: null,
      };
    }
  }
}

// Pacing for EDGAR requests. The SEC allows 10 requests a second per client; going over gets the
// whole IP blocked for a while, so the limiter is strict rather than fast: requests are spaced
// evenly AND no more than `perSecond` may start inside any sliding window of a second plus a
// margin. The margin is for the road: a request held up on the way (a busy event loop, the
// network) lands closer to the next one than it left, and the server counts arrivals. 50 ms was
// seen to be too little on a loaded machine; 100 ms costs a tenth of the top speed.

const WINDOW_MS = 1_000;
const WINDOW_MARGIN_MS = 100;

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    if (ms <= 0) return resolve();
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class RateLimiter {
  private readonly capacity: number;
  private readonly spacingMs: number;
  /** Start times of the most recent `capacity` requests, oldest first. */
  private readonly starts: number[] = [];
  private nextStart = 0;
  private pausedUntil = 0;
  /** Turns are handed out one at a time, in arrival order. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(perSecond > 0)) throw new RangeError('perSecond must be positive');
    this.capacity = Math.max(1, Math.floor(perSecond));
    this.spacingMs = WINDOW_MS / perSecond;
  }

  /** Resolves when the caller may start one request. */
  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.waitTurn(signal));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** Holds every request back until `ms` from now (a 429 with Retry-After applies to the client). */
  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }

  private async waitTurn(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.now();
      let wait = Math.max(this.nextStart, this.pausedUntil) - now;
      const oldest = this.starts.length >= this.capacity ? this.starts[0] : undefined;
      if (oldest !== undefined) wait = Math.max(wait, oldest + WINDOW_MS + WINDOW_MARGIN_MS - now);
      if (wait <= 0) break;
      await sleep(wait, signal);
    }
    const start = this.now();
    this.starts.push(start);
    if (this.starts.length > this.capacity) this.starts.shift();
    this.nextStart = start + this.spacingMs;
  }
}

/** Bounds how many requests are in flight at once. */
export class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number) {}

  async acquire(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (this.active < this.limit) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        const i = this.waiting.indexOf(grant);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(signal!.reason);
      };
      this.waiting.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter, so `active` stays the same.
    if (next) next();
    else this.active--;
  }
}

// A token bucket per client: each client may spend up to `capacity` at once, and earns it back at
// `refillPerSecond`. In memory, in one server process: enough for a self-hosted app behind one
// `next start`. Pure (no I/O): the clock is injectable for tests.

export interface TokenBucketOptions {
  /** The burst a client may spend at once (a whole number, at least 1). */
  capacity: number;
  /** Tokens earned back per second (> 0). */
  refillPerSecond: number;
  /**
   * Clients remembered at most: past it, the buckets that are full again (the same as forgotten)
   * go first, then the longest unused. Keeps a flood of addresses from growing memory without end.
   */
  maxClients?: number;
  /** Milliseconds (default Date.now). */
  now?: () => number;
}

export type TakeResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Spends one token of `client`'s bucket, or says in how many whole seconds one will be there. */
  take(client: string): TakeResult;
  /** Clients currently remembered (tests). */
  size(): number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createRateLimiter(options: TokenBucketOptions): RateLimiter {
  const { capacity, refillPerSecond } = options;
  if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a whole number of at least 1, not ${capacity}`);
  if (!(refillPerSecond > 0) || !Number.isFinite(refillPerSecond)) throw new RangeError(`refillPerSecond must be above 0, not ${refillPerSecond}`);
  const maxClients = options.maxClients ?? 10_000;
  const now = options.now ?? Date.now;
  // Map order is the order of last use: the first entries are the longest unused.
  const buckets = new Map<string, Bucket>();

  const level = (bucket: Bucket, at: number) => Math.min(capacity, bucket.tokens + ((at - bucket.at) / 1000) * refillPerSecond);

  function forgetSome(at: number): void {
    for (const [client, bucket] of buckets) {
      if (buckets.size < maxClients) return;
      if (level(bucket, at) >= capacity) buckets.delete(client);
    }
    for (const client of buckets.keys()) {
      if (buckets.size < maxClients) return;
      buckets.delete(client);
    }
  }

  return {
    take(client) {
      const at = now();
      const known = buckets.get(client);
      if (!known && buckets.size >= maxClients) forgetSome(at);
      const bucket = known ?? { tokens: capacity, at };
      bucket.tokens = level(bucket, at);
      bucket.at = at;
      buckets.delete(client);
      buckets.set(client, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true, remaining: Math.floor(bucket.tokens) };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond)) };
    },
    size: () => buckets.size,
  };
}

import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createRateLimiter (a token bucket per client)', () => {
  it('lets a client spend its burst, then refuses, saying when to come back', () => {
    const c = clock();
    // 3 at once, then one every 10 seconds.
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 0.1, now: c.now });
    expect(limiter.take('a')).toEqual({ ok: true, remaining: 2 });
    expect(limiter.take('a')).toEqual({ ok: true, remaining: 1 });
    expect(limiter.take('a')).toEqual({ ok: true, remaining: 0 });
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
    c.advance(4_000);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 6 });
    c.advance(6_000);
    expect(limiter.take('a')).toEqual({ ok: true, remaining: 0 });
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
  });

  it('refuses without spending: a client that keeps asking is not pushed further back', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: c.now });
    expect(limiter.take('a').ok).toBe(true);
    for (let i = 0; i < 5; i++) expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    c.advance(1_000);
    expect(limiter.take('a').ok).toBe(true);
  });

  it('keeps each client apart', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 0.5, now: c.now });
    expect(limiter.take('198.51.100.7').ok).toBe(true);
    expect(limiter.take('198.51.100.7')).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(limiter.take('203.0.113.9').ok).toBe(true);
  });

  it('fills up to its capacity and no more, however long a client was away', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1, now: c.now });
    expect(limiter.take('a').ok).toBe(true);
    c.advance(3_600_000);
    expect(limiter.take('a')).toEqual({ ok: true, remaining: 1 });
    expect(limiter.take('a')).toEqual({ ok: true, remaining: 0 });
    expect(limiter.take('a').ok).toBe(false);
  });

  it('remembers a bounded number of clients: full buckets go first, then the longest unused', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 0.001, maxClients: 3, now: c.now });
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('b').ok).toBe(true);
    expect(limiter.take('c').ok).toBe(true);
    expect(limiter.size()).toBe(3);
    // No bucket is full again: the longest unused ('a') is forgotten for 'd'.
    expect(limiter.take('d').ok).toBe(true);
    expect(limiter.size()).toBe(3);
    expect(limiter.take('b').ok).toBe(false);
    expect(limiter.take('c').ok).toBe(false);
    expect(limiter.take('a').ok).toBe(true);
  });

  it('rejects settings that would not limit', () => {
    expect(() => createRateLimiter({ capacity: 0, refillPerSecond: 1 })).toThrow('capacity must be a whole number of at least 1, not 0');
    expect(() => createRateLimiter({ capacity: 1.5, refillPerSecond: 1 })).toThrow(RangeError);
    expect(() => createRateLimiter({ capacity: 1, refillPerSecond: 0 })).toThrow('refillPerSecond must be above 0, not 0');
    expect(() => createRateLimiter({ capacity: 1, refillPerSecond: Number.NaN })).toThrow(RangeError);
  });
});

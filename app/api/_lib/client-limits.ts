import 'server-only';
// Per-client limits on what costs the server most when the app is public: loads from SEC EDGAR and
// CSV exports (every matching row). A token bucket per client address (lib/rate-limit.ts), in this
// server process; a refusal is 429 with Retry-After and a sentence saying when to try again.
import { z } from 'zod';
import { readWebLoadSettings } from '@/lib/edgar/env';
import { createRateLimiter, type RateLimiter } from '@/lib/rate-limit';

/**
 * The client's address: the last entry of X-Forwarded-For, which `next start` sets to the
 * connection's address when the request has none, and which a reverse proxy in front appends
 * (nginx: `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for`). Exposed without such a
 * proxy, a client could name another address in the header; the caps on loads still hold.
 */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
  return last?.toLowerCase() || 'unknown';
}

const csvSchema = z.object({
  SECTION16_CSV_PER_MINUTE: z.preprocess(
    (v) => (v === undefined || v === '' ? undefined : Number(v)),
    z.number({ error: 'SECTION16_CSV_PER_MINUTE must be a number' }).int('SECTION16_CSV_PER_MINUTE must be a whole number').min(1, 'SECTION16_CSV_PER_MINUTE must be at least 1').default(10),
  ),
});

/** CSV exports a client may start in a minute, at once or spread out (SECTION16_CSV_PER_MINUTE, default 10). */
export function readCsvPerMinute(env: Record<string, string | undefined> = process.env): number {
  const parsed = csvSchema.safeParse(env);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('\n'));
  return parsed.data.SECTION16_CSV_PER_MINUTE;
}

/** A per-minute or per-hour allowance as a bucket: all of it at once, earned back evenly. */
const perPeriod = (count: number, seconds: number) => createRateLimiter({ capacity: count, refillPerSecond: count / seconds });

const globalForLimits = globalThis as typeof globalThis & { __section16ClientLimits?: Map<string, RateLimiter> };

/** One bucket set per kind, on globalThis so that every route bundle shares it; made on first use. */
function limiter(kind: 'loads' | 'csv'): RateLimiter {
  const all = (globalForLimits.__section16ClientLimits ??= new Map());
  let found = all.get(kind);
  if (!found) {
    found = kind === 'loads' ? perPeriod(readWebLoadSettings().perClientPerHour, 3600) : perPeriod(readCsvPerMinute(), 60);
    all.set(kind, found);
  }
  return found;
}

/** 429 with the wait, or 503 when the limit's setting does not read (the message names it). */
export type LimitDecision = { ok: true } | { ok: false; status: 429 | 503; retryAfterSeconds: number; message: string };

/** "12 seconds", "4 minutes". */
function waitText(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

function take(kind: 'loads' | 'csv', request: Request, what: string): LimitDecision {
  let taken;
  try {
    taken = limiter(kind).take(clientAddress(request));
  } catch (error) {
    return { ok: false, status: 503, retryAfterSeconds: 3600, message: `The server's settings are wrong: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (taken.ok) return { ok: true };
  return { ok: false, status: 429, retryAfterSeconds: taken.retryAfterSeconds, message: `Too many ${what} from your address: try again in ${waitText(taken.retryAfterSeconds)}.` };
}

/** Spends one of the client's loads from SEC EDGAR (SECTION16_WEB_LOADS_PER_HOUR). */
export function takeLoad(request: Request): LimitDecision {
  return take('loads', request, 'loads from SEC EDGAR');
}

/** Spends one of the client's CSV exports (SECTION16_CSV_PER_MINUTE). */
export function takeCsvExport(request: Request): LimitDecision {
  return take('csv', request, 'CSV exports');
}

/** The refusal as JSON `{ error }`, with Retry-After. */
export function limitResponse(decision: Extract<LimitDecision, { ok: false }>): Response {
  return Response.json({ error: decision.message }, { status: decision.status, headers: { 'Retry-After': String(decision.retryAfterSeconds) } });
}

/** For a route that answers JSON or CSV: a refusal when `format=csv` asks for an export past the client's allowance, else null. */
export function refuseCsvExport(request: Request): Response | null {
  if (new URL(request.url).searchParams.get('format') !== 'csv') return null;
  const allowed = takeCsvExport(request);
  return allowed.ok ? null : limitResponse(allowed);
}

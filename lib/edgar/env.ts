// Settings for talking to SEC EDGAR, read from the environment once and validated with zod, so a
// typo ("SEC_MAX_RPS=fast") fails at start with the variable's name instead of deep in a fetch.
import { enum as enumSchema, number as numberSchema, object, preprocess, string, url as urlSchema } from 'zod'; // by name, not `z`: see cli/launch.test.ts

/** The SEC's fair-access ceiling. Nothing here may go faster, whatever the environment says. */
export const SEC_RATE_CEILING = 10;

const USER_AGENT_HELP =
  'The SEC requires every program that downloads from EDGAR to say who runs it. Set SEC_USER_AGENT to ' +
  'your name and e-mail address, for example:\n' +
  '  export SEC_USER_AGENT="Jane Doe jane@example.com"\n' +
  'then run again (or put the line in .env.local for the web app).';

/** Thrown when the environment is missing or has a bad EDGAR setting. Nothing was requested. */
export class EdgarConfigError extends Error {
  override readonly name = 'EdgarConfigError';
}

const number = (name: string, min: number, max: number, fallback: number) =>
  preprocess(
    (v) => (v === undefined || v === '' ? undefined : Number(v)),
    numberSchema({ error: `${name} must be a number` })
      .min(min, `${name} must be at least ${min}`)
      .max(max, `${name} must be at most ${max}`)
      .default(fallback),
  );

const url = (name: string, fallback: string) =>
  urlSchema({ error: `${name} must be an http(s) URL` })
    .default(fallback)
    .transform((u) => u.replace(/\/+$/, ''));

const schema = object({
  SEC_USER_AGENT: string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^\S.*\s+\S+@\S+\.\S+/.test(v), {
      error: `SEC_USER_AGENT must be "Name email", e.g. "Jane Doe jane@example.com". ${USER_AGENT_HELP}`,
    }),
  SEC_MAX_RPS: number('SEC_MAX_RPS', 0.1, SEC_RATE_CEILING, SEC_RATE_CEILING),
  SEC_MAX_CONCURRENCY: number('SEC_MAX_CONCURRENCY', 1, 16, 4),
  SEC_TIMEOUT_MS: number('SEC_TIMEOUT_MS', 100, 300_000, 30_000),
  SEC_MAX_RETRIES: number('SEC_MAX_RETRIES', 0, 10, 5),
  SEC_RETRY_BASE_MS: number('SEC_RETRY_BASE_MS', 1, 60_000, 1_000),
  EDGAR_POLL_SECONDS: number('EDGAR_POLL_SECONDS', 0.05, 86_400, 60),
  EDGAR_BASE_URL: url('EDGAR_BASE_URL', 'https://www.sec.gov'),
  EDGAR_DATA_URL: url('EDGAR_DATA_URL', 'https://data.sec.gov'),
  EDGAR_CACHE_DIR: string().trim().min(1).default('data/edgar-cache'),
});

export interface EdgarConfig {
  /** `null` when unset: loading is then refused before any request. */
  userAgent: string | null;
  maxRps: number;
  concurrency: number;
  timeoutMs: number;
  maxRetries: number;
  retryBaseMs: number;
  pollSeconds: number;
  baseUrl: string;
  dataUrl: string;
  cacheDir: string;
}

export type EdgarEnv = Record<string, string | undefined>;

/** Reads and checks every EDGAR setting. Throws `EdgarConfigError` naming the bad variable. */
export function readEdgarConfig(env: EdgarEnv = process.env): EdgarConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new EdgarConfigError(parsed.error.issues.map((i) => i.message).join('\n'));
  }
  const e = parsed.data;
  return {
    userAgent: e.SEC_USER_AGENT,
    maxRps: e.SEC_MAX_RPS,
    concurrency: Math.floor(e.SEC_MAX_CONCURRENCY),
    timeoutMs: e.SEC_TIMEOUT_MS,
    maxRetries: Math.floor(e.SEC_MAX_RETRIES),
    retryBaseMs: e.SEC_RETRY_BASE_MS,
    pollSeconds: e.EDGAR_POLL_SECONDS,
    baseUrl: e.EDGAR_BASE_URL,
    dataUrl: e.EDGAR_DATA_URL,
    cacheDir: e.EDGAR_CACHE_DIR,
  };
}

/** The user agent, or a clear error saying how to set it. Call before the first request. */
export function requireUserAgent(config: EdgarConfig): string {
  if (!config.userAgent) throw new EdgarConfigError(`SEC_USER_AGENT is not set. ${USER_AGENT_HELP}`);
  return config.userAgent;
}

/**
 * Loading from the web app ("Load from SEC EDGAR"): any visitor could start loads, so it is off
 * unless the operator turns it on, and then limited (app/api/edgar/loads).
 */
export interface WebLoadSettings {
  /** SECTION16_WEB_LOADS=1 (and a valid SEC_USER_AGENT). */
  enabled: boolean;
  /** Loads that run at once; more wait their turn (SECTION16_WEB_LOADS_RUNNING, default 2). */
  maxRunning: number;
  /** Loads that may wait; past running + waiting, a new one is refused (SECTION16_WEB_LOADS_QUEUED, default 8). */
  maxQueued: number;
  /** Loads one client may start in an hour, all at once or spread out (SECTION16_WEB_LOADS_PER_HOUR, default 6). */
  perClientPerHour: number;
}

const webSchema = object({
  SECTION16_WEB_LOADS: enumSchema(['', '0', '1', 'false', 'true', 'off', 'on'], { error: 'SECTION16_WEB_LOADS must be 1 (on) or 0 (off)' })
    .optional()
    .transform((v) => v === '1' || v === 'true' || v === 'on'),
  SECTION16_WEB_LOADS_RUNNING: number('SECTION16_WEB_LOADS_RUNNING', 1, 16, 2),
  SECTION16_WEB_LOADS_QUEUED: number('SECTION16_WEB_LOADS_QUEUED', 0, 1_000, 8),
  SECTION16_WEB_LOADS_PER_HOUR: number('SECTION16_WEB_LOADS_PER_HOUR', 1, 100_000, 6),
});

/** The web app's load settings. Throws `EdgarConfigError` naming a bad variable. */
export function readWebLoadSettings(env: EdgarEnv = process.env): WebLoadSettings {
  const parsed = webSchema.safeParse(env);
  if (!parsed.success) throw new EdgarConfigError(parsed.error.issues.map((i) => i.message).join('\n'));
  const e = parsed.data;
  return {
    enabled: e.SECTION16_WEB_LOADS && readEdgarConfig(env).userAgent !== null,
    maxRunning: Math.floor(e.SECTION16_WEB_LOADS_RUNNING),
    maxQueued: Math.floor(e.SECTION16_WEB_LOADS_QUEUED),
    perClientPerHour: Math.floor(e.SECTION16_WEB_LOADS_PER_HOUR),
  };
}

/**
 * Whether the app offers "Load from SEC EDGAR": only when the operator turned it on
 * (SECTION16_WEB_LOADS=1) with a valid SEC_USER_AGENT, and every setting reads.
 */
export function isEdgarLoadingEnabled(env: EdgarEnv = process.env): boolean {
  try {
    return readWebLoadSettings(env).enabled;
  } catch {
    return false;
  }
}

// The EDGAR half of the ingest command's line: which flags ask for EDGAR, and what they ask for
// (cli/edgar.ts runs it).
import { parseArgs } from 'node:util';
import type { IssuerTarget } from '../lib/edgar/fetch';
import { parseCik } from '../lib/domain/cik';
import { edgarToday } from '../lib/edgar/urls';
import { isIsoDate } from '../lib/domain/business-days';

export const EDGAR_USAGE = `usage: npm run ingest -- --ticker SYMBOL [--ticker ...] [--since YYYY-MM-DD] [--follow] [--db PATH]
       npm run ingest -- --cik NUMBER [--cik ...] [--since YYYY-MM-DD] [--follow] [--db PATH]
       npm run ingest -- --daily YYYY-MM-DD | FROM:TO | FROM: [--follow] [--db PATH]
       npm run ingest -- --follow [--db PATH]

Fetches Forms 3, 4 and 5 (and amendments) from SEC EDGAR and stores them.
  --ticker, --cik   an issuer's (or a reporting person's, by CIK) filings, from its submissions history
  --since DAY       only filings made on or after DAY
  --daily DAY       every Form 3/4/5 filed on DAY, from EDGAR's daily index; FROM:TO each business
                    day from FROM to TO, FROM: through today (the days since a data set's last quarter)
  --follow          keep polling for new filings (of the tickers/CIKs given, or of the whole market
                    through today's daily index, first reading each day since the latest read into
                    the database or the latest data-set quarter loaded); Ctrl-C stops cleanly
  --interval SECS   seconds between polls with --follow (default EDGAR_POLL_SECONDS or 60)
Needs SEC_USER_AGENT="Your Name you@example.com". At most 10 requests a second (SEC_MAX_RPS sets lower).
Filings already stored are not fetched again; documents are cached in EDGAR_CACHE_DIR (data/edgar-cache).`;

const EDGAR_FLAGS = ['--ticker', '--cik', '--daily', '--follow'];

/** Whether a command line asks for EDGAR rather than local files. */
export function isEdgarInvocation(argv: readonly string[]): boolean {
  return argv.some((arg) => EDGAR_FLAGS.some((flag) => arg === flag || arg.startsWith(`${flag}=`)));
}

export class EdgarUsageError extends Error {
  override readonly name = 'EdgarUsageError';
}

export interface EdgarCommand {
  targets: IssuerTarget[];
  since: string | null;
  /** --daily: the first and last day whose daily indexes to load (the same day for one). */
  daily: { from: string; to: string } | null;
  follow: boolean;
  intervalSeconds: number | null;
  db: string | undefined;
  quiet: boolean;
}

/** --daily's `DAY`, `FROM:TO` or `FROM:` (through `today`). */
function parseDaily(value: string, today: string): { from: string; to: string } {
  const colon = value.indexOf(':');
  const from = colon < 0 ? value : value.slice(0, colon);
  const to = colon < 0 ? value : value.slice(colon + 1) || today;
  if (!isIsoDate(from) || !isIsoDate(to)) {
    throw new EdgarUsageError(`--daily "${value}" is not a day or a range of days (YYYY-MM-DD, FROM:TO, or FROM: for through today)`);
  }
  if (to < from) throw new EdgarUsageError(`--daily "${value}" ends before it starts`);
  if (colon >= 0 && to > today) throw new EdgarUsageError(`--daily "${value}" ends after today (${today} on EDGAR's clock)`);
  return { from, to };
}

/** `today`: EDGAR's (New York's) date, where `--daily FROM:` ends. */
export function parseEdgarCommand(argv: readonly string[], today = edgarToday()): EdgarCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        ticker: { type: 'string', multiple: true },
        cik: { type: 'string', multiple: true },
        since: { type: 'string' },
        daily: { type: 'string' },
        follow: { type: 'boolean', default: false },
        interval: { type: 'string' },
        db: { type: 'string' },
        quiet: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new EdgarUsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 0) {
    throw new EdgarUsageError(`load files and EDGAR in separate runs (unexpected: ${positionals.join(' ')})`);
  }
  const split = (list: string[] | undefined) => (list ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const targets: IssuerTarget[] = [];
  for (const ticker of split(values.ticker)) {
    if (!/^[A-Za-z0-9.\-]{1,12}$/.test(ticker)) throw new EdgarUsageError(`--ticker "${ticker}" is not a ticker symbol`);
    targets.push({ ticker });
  }
  for (const cik of split(values.cik)) {
    const parsed = parseCik(cik);
    if (parsed === null) throw new EdgarUsageError(`--cik "${cik}" is not a CIK (up to 10 digits)`);
    targets.push({ cik: parsed });
  }
  const since = values.since ?? null;
  if (since !== null && !isIsoDate(since)) throw new EdgarUsageError(`--since "${since}" is not a day (YYYY-MM-DD)`);
  const daily = values.daily === undefined ? null : parseDaily(values.daily, today);
  if (daily !== null && targets.length > 0) throw new EdgarUsageError('--daily loads every filer: give it without --ticker or --cik');
  if (since !== null && targets.length === 0) throw new EdgarUsageError('--since goes with --ticker or --cik');
  let intervalSeconds: number | null = null;
  if (values.interval !== undefined) {
    intervalSeconds = Number(values.interval);
    if (!(intervalSeconds > 0)) throw new EdgarUsageError(`--interval "${values.interval}" is not a positive number of seconds`);
  }
  if (targets.length === 0 && daily === null && !values.follow) {
    throw new EdgarUsageError('name what to load: --ticker, --cik, --daily or --follow');
  }
  return { targets, since, daily, follow: values.follow, intervalSeconds, db: values.db, quiet: values.quiet };
}

// Which quarters the SEC publishes, and where: read from its listing page
// (/data-research/sec-markets-data/insider-transactions-data-sets), never guessed, since EDGAR has
// moved the zips between folders (2026q2 on under /files/datastandardsinnovation/..., older ones
// under /files/structureddata/...) and may move them again.

/** The listing page's path on EDGAR_BASE_URL. */
export const DATASETS_LISTING_PATH = '/data-research/sec-markets-data/insider-transactions-data-sets';

export interface ListedQuarter {
  /** `2024q3`. */
  quarter: string;
  /** The zip's absolute URL, as the page links it. */
  url: string;
}

/** Every `YYYYqN_form345.zip` the page links to, resolved against the page's URL, oldest first. */
export function listedQuarters(html: string, pageUrl: string): ListedQuarter[] {
  const found = new Map<string, string>();
  for (const m of html.matchAll(/href\s*=\s*["']([^"']*?(\d{4})q([1-4])_form345\.zip)["']/gi)) {
    const quarter = `${m[2]}q${m[3]}`;
    if (!found.has(quarter)) found.set(quarter, new URL(m[1]!.replace(/&amp;/g, '&'), pageUrl).href);
  }
  return [...found].map(([quarter, url]) => ({ quarter, url })).sort((a, b) => (a.quarter < b.quarter ? -1 : 1));
}

/** `2024q3`, `2020q1:2024q4` or `all`. */
export type QuarterSpec = { from: string; to: string } | 'all';

/** Thrown for a `--datasets` value that is none of the three forms. */
export class QuarterSpecError extends Error {
  override readonly name = 'QuarterSpecError';
}

const QUARTER = /^(\d{4})[qQ]([1-4])$/;

export function parseQuarterSpec(text: string): QuarterSpec {
  const t = text.trim().toLowerCase();
  if (t === 'all') return 'all';
  const [from, to = from, extra] = t.split(':');
  if (extra !== undefined || !QUARTER.test(from!) || !QUARTER.test(to!)) {
    throw new QuarterSpecError(`--datasets '${text}': give a quarter (2024q3), a range (2020q1:2024q4) or all`);
  }
  if (to! < from!) throw new QuarterSpecError(`--datasets '${text}': the range ends before it starts`);
  return { from: from!, to: to! };
}

/** `2024q3` → [2024, 3]. */
function yearAndQuarter(quarter: string): [year: number, q: number] {
  return [Number(quarter.slice(0, 4)), Number(quarter.slice(5))];
}

/** The quarters from `from` to `to`, both included: `2023q4:2024q1` → 2023q4, 2024q1. */
export function quartersBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [year, q] = yearAndQuarter(from);
  for (let quarter = from; quarter <= to; quarter = `${year}q${q}`) {
    out.push(quarter);
    if (++q > 4) [year, q] = [year + 1, 1];
  }
  return out;
}

/** The first day after a quarter (`2024q4` → `2025-01-01`): where the days a data set does not hold yet begin. */
export function dayAfterQuarter(quarter: string): string {
  const [year, q] = yearAndQuarter(quarter);
  return q === 4 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
}

/** The quarter a day (`YYYY-MM-DD`) falls in: `2024-11-15` → `2024q4`. */
export function quarterOfDay(day: string): string {
  return `${day.slice(0, 4)}q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
}

/** The quarter before: `2024q1` → `2023q4`. */
export function quarterBefore(quarter: string): string {
  const [year, q] = yearAndQuarter(quarter);
  return q === 1 ? `${year - 1}q4` : `${year}q${q - 1}`;
}

/** The quarter a data-set zip holds by its name as the SEC gives it (`…/2024q3_form345.zip`), or null for any other name. */
export function quarterOfZip(nameOrUrl: string): string | null {
  const m = /(?:^|[/\\])(\d{4})q([1-4])_form345\.zip(?:[?#].*)?$/i.exec(nameOrUrl);
  return m ? `${m[1]}q${m[2]}` : null;
}

/** The listed quarters a spec asks for, and those it asks for that the page does not list. */
export function selectQuarters(listed: readonly ListedQuarter[], spec: QuarterSpec): { quarters: ListedQuarter[]; unlisted: string[] } {
  if (spec === 'all') return { quarters: [...listed], unlisted: [] };
  const byQuarter = new Map(listed.map((l) => [l.quarter, l]));
  const wanted = quartersBetween(spec.from, spec.to);
  return {
    quarters: wanted.flatMap((q) => byQuarter.get(q) ?? []),
    unlisted: wanted.filter((q) => !byQuarter.has(q)),
  };
}

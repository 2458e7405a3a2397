// Routine or opportunistic insiders (Cohen, Malloy and Pomorski, "Decoding Inside Information",
// Journal of Finance 2012). At the start of each calendar year, an insider of an issuer who made an
// open-market purchase or sale (P or S) in each of the three preceding calendar years is classifiable;
// one who traded in the same calendar month in each of those years is routine, any other classifiable
// insider opportunistic; the rest are unclassified. A trade takes its insider's label for its year.

export type TradingPattern = 'routine' | 'opportunistic' | 'unclassified';

/** How each pattern reads on a page (a badge, a filter's option). */
export const PATTERN_LABELS: Record<TradingPattern, string> = { routine: 'Routine', opportunistic: 'Opportunistic', unclassified: 'Unclassified' };

/** The codes that count as trades for the classification. */
export const PATTERN_CODES: ReadonlySet<string> = new Set(['P', 'S']);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type PatternLabel = { pattern: TradingPattern; reason: string };

/**
 * The label for `year` of an insider whose P and S trades at the issuer fell in `months`
 * (`YYYY-MM` strings, any order, repeats allowed).
 */
export function classifyInsiderYear(months: Iterable<string>, year: number): PatternLabel {
  const years = [year - 3, year - 2, year - 1];
  const byYear = new Map<number, Set<number>>(years.map((y) => [y, new Set()]));
  for (const ym of months) {
    const y = Number(ym.slice(0, 4));
    const m = Number(ym.slice(5, 7));
    if (byYear.has(y) && m >= 1 && m <= 12) byYear.get(y)!.add(m);
  }
  const missing = years.filter((y) => byYear.get(y)!.size === 0);
  if (missing.length > 0) {
    return { pattern: 'unclassified', reason: `no open-market trades in ${listYears(missing)}, so not one in each of ${listYears(years)}` };
  }
  for (let m = 1; m <= 12; m++) {
    if (years.every((y) => byYear.get(y)!.has(m))) {
      return { pattern: 'routine', reason: `traded in ${MONTHS[m - 1]} in ${listYears(years)}` };
    }
  }
  return { pattern: 'opportunistic', reason: `traded in each of ${listYears(years)}, but never in the same month each year` };
}

function listYears(years: number[]): string {
  if (years.length === 1) return String(years[0]);
  return `${years.slice(0, -1).join(', ')} and ${years[years.length - 1]}`;
}

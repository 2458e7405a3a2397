// The signals a filing's rows carry, kept by the store as it writes and removes filings: how late
// each line and the filing were filed, each row's suspect values (its own, and a price far from the
// issuer's other prices in the same days), and the months each insider traded at each issuer per
// year (what routine or opportunistic reads). The rules are lib/domain's; this module only stores
// them. Both are written once per transaction (`settle`): the months traded as one upsert per
// issuer, owner and year in the key's order (a batch's filings spread them over the whole table, and
// in order each insert finds its page where the one before left it), the prices compared in one range
// query per issuer and stretch of days touched, since a batch's filings of an issuer mostly share their days.
import type Database from 'better-sqlite3';
import { isIsoDate } from '../lib/domain/business-days';
import { filingLateness, latestLine, lineLateness, type Lateness } from '../lib/domain/filing-deadlines';
import { joinFlags, OUTLIER_WINDOW_DAYS, rowFlags, splitFlags, SUSPECT_FLAG_TEXT, type SuspectFlag } from '../lib/domain/suspect-values';
import { PATTERN_CODES } from '../lib/domain/trading-pattern';
import type { StorableFiling, StorableLine } from './store';
import { dayNumber, priceOutliers } from './price-outliers';

/** An issuer's days (day numbers) whose prices arrived or left. */
type DayRange = { from: number; to: number };

const isoOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** A date whose year and month count for the months traded; the same test as MONTH_DATE_SQL. */
const MONTH_DATE = /^\d{4}-(0[1-9]|1[0-2])-\d{2}$/;

/** In SQL, for a column holding a filed date: MONTH_DATE's test. */
export const monthDateSql = (column: string) =>
  `(${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-9][0-9]' AND substr(${column}, 6, 2) BETWEEN '01' AND '12')`;

/** The rows that make the months traded (and the prices compared): open-market P and S lines of Table I. */
const tradeRowsSql = (r = '') =>
  `${r}"table" = 'N' AND ${r}kind = 'transaction' AND ${r}code IN (${[...PATTERN_CODES].map((c) => `'${c}'`).join(', ')})`;

const FLAG_ORDER = Object.keys(SUSPECT_FLAG_TEXT) as SuspectFlag[];

/** Stored flags with the price outlier set or cleared, in the one order flags are stored in. */
function withOutlier(stored: string, outlier: boolean): string {
  const flags = new Set(splitFlags(stored));
  if (outlier) flags.add('price-outlier');
  else flags.delete('price-outlier');
  return joinFlags(FLAG_ORDER.filter((f) => flags.has(f)));
}

/** Adds the month of a `YYYY-MM…` date to its year's mask (bit m-1 for month m). */
function addMonth(months: Map<number, number>, date: string): void {
  const year = Number(date.slice(0, 4));
  months.set(year, (months.get(year) ?? 0) | (1 << (Number(date.slice(5, 7)) - 1)));
}

const daysLateOf = (l: Lateness): number | null => (l.known ? l.daysLate : null);

const isTrade = (row: StorableLine) => row.kind === 'transaction' && row.code !== null && PATTERN_CODES.has(row.code);

/** What removing a filing changes: the insiders whose months are counted again, and the days whose prices are compared again. */
export interface RemovedSignals {
  issuerCik: string;
  owners: string[];
  /** First and last date of its priced P/S lines, or null when it had none. */
  priced: { from: string; to: string } | null;
}

export interface SignalWrites {
  /** A line's days late and flags, as the write path inserts it. */
  line(parsed: StorableFiling, row: StorableLine, value: number | null): [daysLate: number | null, flags: string];
  /** The filing's days late, given its lines' (`line`'s answers, both tables): a Form 4's is its latest line's. */
  filing(parsed: StorableFiling, linesDaysLate: readonly (number | null)[]): number | null;
  /** After a filing's rows are stored: notes its owners' months traded and the days around its trades (written by `settle`). */
  afterInsert(parsed: StorableFiling): void;
  /** Before a filing is deleted: what its removal changes (null when nothing). */
  beforeRemove(accession: string): RemovedSignals | null;
  /** After it is deleted: its insiders' months counted again, outliers in its days compared again. */
  afterRemove(removed: RemovedSignals | null): void;
  /**
   * Before the store's transaction commits: writes the months traded noted since the last call,
   * compares the prices of the days that filings stored or removed since then touched, and rewrites
   * the flags that changed.
   */
  settle(): void;
  /** After a rollback: forgets the months and days noted (the writes that noted them are undone). */
  discard(): void;
}

/** Signals switched off (the bench's baseline): no days late, no flags, no months, no price comparisons. */
export const NO_SIGNALS: SignalWrites = {
  line: () => [null, ''],
  filing: () => null,
  afterInsert: () => {},
  beforeRemove: () => null,
  afterRemove: () => {},
  settle: () => {},
  discard: () => {},
};

type PricedRow = { id: number; date: string; price: number; flags: string };

export function createSignalWrites(sqlite: Database.Database): SignalWrites {
  const statements = {
    // An insider's later filings of a month change nothing: no write then (the page stays clean).
    upsertMonths: sqlite.prepare(`
      INSERT INTO insider_years (issuer_cik, owner_cik, year, months) VALUES (?, ?, ?, ?)
      ON CONFLICT (issuer_cik, owner_cik, year) DO UPDATE SET months = months | excluded.months
      WHERE months | excluded.months != months`),
    // Every P/S price of the issuer in a range of days: a range of filing_rows_issuer_view alone.
    pricesBetween: sqlite.prepare<[string, string, string], PricedRow>(`
      SELECT id, transaction_date AS date, price_per_share AS price, flags FROM filing_rows INDEXED BY filing_rows_issuer_view
      WHERE issuer_cik = ? AND transaction_date BETWEEN ? AND ? AND ${tradeRowsSql()}
        AND typeof(price_per_share) IN ('integer', 'real')`),
    setFlags: sqlite.prepare<[string, number]>('UPDATE filing_rows SET flags = ? WHERE id = ?'),
    removedTrades: sqlite.prepare<[string], { issuer: string | null; trades: number; from: string | null; to: string | null }>(`
      SELECT max(issuer_cik) AS issuer, count(*) AS trades,
        min(CASE WHEN typeof(price_per_share) IN ('integer', 'real') THEN transaction_date END) AS "from",
        max(CASE WHEN typeof(price_per_share) IN ('integer', 'real') THEN transaction_date END) AS "to"
      FROM filing_rows WHERE accession = ? AND ${tradeRowsSql()}`),
    owners: sqlite.prepare<[string], string>('SELECT owner_cik FROM filing_owners WHERE accession = ?').pluck(),
    forgetPair: sqlite.prepare<[string, string]>('DELETE FROM insider_years WHERE issuer_cik = ? AND owner_cik = ?'),
    // The months a pair traded: from the owner's filings (filing_owners_owner), then their lines.
    monthsOfPair: sqlite.prepare<[string, string], string>(`
      SELECT DISTINCT substr(r.transaction_date, 1, 7) FROM filing_owners o JOIN filing_rows r ON r.accession = o.accession
      WHERE o.owner_cik = ? AND r.issuer_cik = ? AND ${tradeRowsSql('r.')} AND ${monthDateSql('r.transaction_date')}`).pluck(),
  };

  /**
   * Prices dated within days `from`..`to` arrived or left: every P/S price whose window holds one of
   * those days is compared again with its own window's prices (db/price-outliers.ts), and the flags
   * that changed are rewritten.
   */
  function comparePrices(issuerCik: string, from: number, to: number): void {
    const w = OUTLIER_WINDOW_DAYS;
    const rows = statements.pricesBetween.all(issuerCik, isoOfDay(from - 2 * w), isoOfDay(to + 2 * w));
    for (const [row, outlier] of priceOutliers(rows, from, to)) {
      if (outlier !== row.flags.includes('price-outlier')) statements.setFlags.run(withOutlier(row.flags, outlier), row.id);
    }
  }

  // The days touched since the last settle, per issuer. Comparing at the end gives the same flags
  // as comparing after each filing: a price's flag depends only on the prices stored around it.
  const touched = new Map<string, DayRange[]>();
  function touch(issuerCik: string, from: string, to: string): void {
    const range = { from: dayNumber(from)!, to: dayNumber(to)! };
    const ranges = touched.get(issuerCik);
    if (ranges) ranges.push(range);
    else touched.set(issuerCik, [range]);
  }
  function settle(): void {
    // Stretches whose reads (twice the window either side) overlap are compared in one read.
    const gap = 4 * OUTLIER_WINDOW_DAYS;
    writeMonths();
    for (const [issuerCik, ranges] of touched) {
      ranges.sort((a, b) => a.from - b.from);
      let current = { ...ranges[0]! };
      for (const range of ranges.slice(1)) {
        if (range.from <= current.to + gap) current.to = Math.max(current.to, range.to);
        else {
          comparePrices(issuerCik, current.from, current.to);
          current = { ...range };
        }
      }
      comparePrices(issuerCik, current.from, current.to);
    }
    touched.clear();
  }

  // The months traded noted since the last settle: per issuer and owner ("issuer owner"), per year.
  const months = new Map<string, Map<number, number>>();
  function noteMonths(issuerCik: string, ownerCik: string, byYear: ReadonlyMap<number, number>): void {
    const pair = `${issuerCik} ${ownerCik}`;
    const known = months.get(pair);
    if (!known) months.set(pair, new Map(byYear));
    else for (const [year, mask] of byYear) known.set(year, (known.get(year) ?? 0) | mask);
  }
  function writeMonths(): void {
    // The key's order (issuer, owner, year): a CIK is digits, so a space sorts a shorter one first as SQLite does.
    for (const pair of [...months.keys()].sort()) {
      const [issuerCik, ownerCik] = pair.split(' ') as [string, string];
      for (const [year, mask] of [...months.get(pair)!].sort((a, b) => a[0] - b[0])) statements.upsertMonths.run(issuerCik, ownerCik, year, mask);
    }
    months.clear();
  }

  // A day's filings mostly share their filing date and their lines' dates: each distinct line (and
  // filing) is judged once, the answers kept for the next ones (a batch's worth: some thousands).
  const judged = new Map<string, number | null>();
  const keep = (key: string, daysLate: number | null): number | null => {
    if (judged.size >= 1 << 16) judged.clear();
    judged.set(key, daysLate);
    return daysLate;
  };
  // Asked for each line of a filing: the last filing's answer is kept.
  let lastFiling: { parsed: StorableFiling; daysLate: number | null } | null = null;
  const filingDaysLate = (parsed: StorableFiling): number | null => {
    if (lastFiling?.parsed !== parsed) {
      const key = `F|${parsed.filedAt}|${parsed.formType}|${parsed.periodOfReport}`;
      const known = judged.get(key);
      lastFiling = { parsed, daysLate: known !== undefined ? known : keep(key, daysLateOf(filingLateness(parsed))) };
    }
    return lastFiling.daysLate;
  };
  // lineLateness reads, of a Form 4's transaction, the filing date and the line's dates and form; a
  // Form 4's holding has no deadline; any other form's line is as late as its filing.
  const lineDaysLate = (parsed: StorableFiling, row: StorableLine): number | null => {
    if (parsed.formType !== '4') return filingDaysLate(parsed);
    if (row.kind !== 'transaction') return null;
    const key = `L|${parsed.filedAt}|${row.transactionDate}|${row.deemedExecutionDate}|${row.formType}`;
    const known = judged.get(key);
    return known !== undefined ? known : keep(key, daysLateOf(lineLateness(parsed, row)));
  };

  return {
    line(parsed, row, value) {
      const flags = rowFlags({ shares: row.shares, pricePerShare: row.pricePerShare, value, transactionDate: row.transactionDate }, parsed.filedAt);
      return [lineDaysLate(parsed, row), joinFlags(flags)];
    },

    filing(parsed, linesDaysLate) {
      // filingLateness of a Form 4: its latest line with a known deadline (null when none has one).
      return parsed.formType === '4' ? latestLine(linesDaysLate, (daysLate) => daysLate) : filingDaysLate(parsed);
    },

    afterInsert(parsed) {
      const traded = new Map<number, number>();
      let from: string | null = null;
      let to: string | null = null;
      for (const row of parsed.nonDerivative) {
        const date = row.transactionDate;
        if (!isTrade(row) || date === null || !MONTH_DATE.test(date)) continue;
        addMonth(traded, date);
        if (typeof row.pricePerShare === 'number' && isIsoDate(date)) {
          if (from === null || date < from) from = date;
          if (to === null || date > to) to = date;
        }
      }
      if (traded.size > 0) for (const owner of parsed.reportingOwners) noteMonths(parsed.issuer.cik, owner.cik, traded);
      if (from !== null && to !== null) touch(parsed.issuer.cik, from, to);
    },

    beforeRemove(accession) {
      const trades = statements.removedTrades.get(accession);
      if (!trades || trades.trades === 0 || trades.issuer === null) return null;
      const priced = isIsoDate(trades.from) && isIsoDate(trades.to)
        ? { from: trades.from, to: trades.to }
        : null;
      return { issuerCik: trades.issuer, owners: statements.owners.all(accession), priced };
    },

    afterRemove(removed) {
      if (!removed) return;
      for (const owner of removed.owners) {
        // Counted again from the lines stored now, which hold those of the filings noted since the
        // last settle: what was noted for the pair goes (the removed filing's months among it), and
        // the count is noted in its place, for settle to write as it writes an insert's months.
        months.delete(`${removed.issuerCik} ${owner}`);
        statements.forgetPair.run(removed.issuerCik, owner);
        const counted = new Map<number, number>();
        for (const ym of statements.monthsOfPair.all(owner, removed.issuerCik)) addMonth(counted, ym);
        if (counted.size > 0) noteMonths(removed.issuerCik, owner, counted);
      }
      if (removed.priced) touch(removed.issuerCik, removed.priced.from, removed.priced.to);
    },

    settle,
    discard: () => {
      touched.clear();
      months.clear();
    },
  };
}

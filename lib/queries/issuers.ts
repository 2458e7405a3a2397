import 'server-only';
import { and, count, desc, eq, inArray, max, min, sql } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { filingOwners, filingRows, filings, issuers } from '@/db/schema';
import { cached } from '@/lib/queries/cache';
import type { BuySellSummary, BuySellWindow, Insider, IssuerSummary, TradeTotals } from '@/lib/queries/types';

/**
 * The date a filing stands at: its filing date, or (for a bare XML loaded without its submission
 * header) its period of report, which a Form 4 is filed within two business days of.
 */
export const filingDate = sql<string | null>`coalesce(${filings.filedAt}, ${filings.periodOfReport})`;

export function getIssuerByCik(cik: string, db: AppDatabase = getDb()): IssuerSummary | null {
  const issuer = db
    .select({ cik: issuers.cik, name: issuers.name, ticker: issuers.ticker })
    .from(issuers)
    .where(eq(issuers.cik, cik))
    .get();
  if (!issuer) return null;
  // A range of filings_issuer_date: counted in the index, first and last read off its ends.
  const stats = cached(db, `issuer-stats:${cik}`, () =>
    db
      .select({ filings: count(), first: min(filingDate), last: max(filingDate) })
      .from(filings)
      .where(eq(filings.issuerCik, cik))
      .get());
  return {
    ...issuer,
    filings: stats?.filings ?? 0,
    firstFiledAt: stats?.first ?? null,
    lastFiledAt: stats?.last ?? null,
  };
}

/** The issuer filing under a ticker, any case; when a ticker was reused, the one named most recently. */
export function getIssuerByTicker(symbol: string, db: AppDatabase = getDb()): { cik: string; ticker: string | null } | null {
  const ticker = symbol.trim();
  if (!ticker || ticker.length > 16) return null;
  return (
    db
      .select({ cik: issuers.cik, ticker: issuers.ticker })
      .from(issuers)
      .where(sql`${issuers.ticker} = ${ticker} collate nocase`)
      .orderBy(sql`${issuers.namedAt} desc nulls last`, issuers.cik)
      .limit(1)
      .get() ?? null
  );
}

/**
 * Everyone who reported at the issuer: roles and name from their latest filing there, and the shares
 * held after their latest reported Table I line (a direct holding preferred when a filing has both).
 */
export function listIssuerInsiders(cik: string, db: AppDatabase = getDb()): Insider[] {
  // Reads every filing and Table I line of the issuer: kept until the next ingest.
  return cached(db, `insiders:${cik}`, () => computeIssuerInsiders(cik, db));
}

function computeIssuerInsiders(cik: string, db: AppDatabase): Insider[] {
  // Every reporting owner on every filing of the issuer, newest filing first (filings_issuer_date).
  const lines = db
    .select({
      accession: filings.accession,
      filedAt: filingDate,
      cik: filingOwners.ownerCik,
      name: filingOwners.name,
      isDirector: filingOwners.isDirector,
      isOfficer: filingOwners.isOfficer,
      isTenPercentOwner: filingOwners.isTenPercentOwner,
      isOther: filingOwners.isOther,
      officerTitle: filingOwners.officerTitle,
      otherText: filingOwners.otherText,
    })
    .from(filings)
    .innerJoin(filingOwners, eq(filingOwners.accession, filings.accession))
    .where(eq(filings.issuerCik, cik))
    .orderBy(sql`${filingDate} desc nulls last`, desc(filings.accession))
    .all();

  // The first line of each owner is their latest filing here: its name and roles stand.
  const insiders = new Map<string, Omit<Insider, 'sharesHeld' | 'heldDirectOrIndirect' | 'heldSecurity'>>();
  const filingOf = new Map<string, { filedAt: string | null; owners: string[] }>();
  for (const l of lines) {
    const seen = insiders.get(l.cik);
    if (seen) seen.filings++;
    else {
      insiders.set(l.cik, {
        cik: l.cik, name: l.name, isDirector: !!l.isDirector, isOfficer: !!l.isOfficer, isTenPercentOwner: !!l.isTenPercentOwner,
        isOther: !!l.isOther, officerTitle: l.officerTitle, otherText: l.otherText, lastAccession: l.accession, lastFiledAt: l.filedAt, filings: 1,
      });
    }
    const filing = filingOf.get(l.accession);
    if (filing) filing.owners.push(l.cik);
    else filingOf.set(l.accession, { filedAt: l.filedAt, owners: [l.cik] });
  }

  // Shares held: each owner's latest Table I line with an amount owned after it. Read from
  // filing_rows_issuer_view alone (no table lookups), ranked here: the filing's date, then the
  // line's, then the newer accession, a direct holding before an indirect one, the later line.
  const candidates = db
    .select({
      id: filingRows.id,
      accession: filingRows.accession,
      transactionDate: filingRows.transactionDate,
      position: filingRows.position,
      shares: filingRows.sharesOwnedAfter,
      di: filingRows.directOrIndirect,
    })
    .from(filingRows)
    .where(and(eq(filingRows.issuerCik, cik), eq(filingRows.table, 'N'), sql`${filingRows.sharesOwnedAfter} is not null`))
    .all();
  type Candidate = (typeof candidates)[number] & { filedAt: string | null };
  const best = new Map<string, Candidate>();
  for (const row of candidates) {
    const filing = filingOf.get(row.accession);
    if (!filing) continue;
    const candidate = { ...row, filedAt: filing.filedAt };
    for (const owner of filing.owners) {
      const current = best.get(owner);
      if (!current || ranksBefore(candidate, current)) best.set(owner, candidate);
    }
  }
  const securities = new Map(
    best.size === 0
      ? []
      : db
          .select({ id: filingRows.id, security: filingRows.securityTitle })
          .from(filingRows)
          .where(inArray(filingRows.id, [...new Set([...best.values()].map((b) => b.id))]))
          .all()
          .map((r) => [r.id, r.security]),
  );

  return [...insiders.values()]
    .sort((a, b) => descNullsLast(a.lastFiledAt, b.lastFiledAt) || compareNoCase(a.name, b.name))
    .map((insider) => {
      const held = best.get(insider.cik);
      return {
        ...insider,
        sharesHeld: held?.shares ?? null,
        heldDirectOrIndirect: held?.di ?? null,
        heldSecurity: held ? (securities.get(held.id) ?? null) : null,
      };
    });
}

/** ORDER BY x DESC NULLS LAST, as a comparator. */
function descNullsLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/** SQLite's COLLATE NOCASE ascending (ASCII letters folded; NULL first). */
function compareNoCase(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  const fa = a.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const fb = b.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}

type Ranked = { filedAt: string | null; transactionDate: string | null; accession: string; di: string | null; position: number };

/** Whether line a is a later report of holdings than line b. */
function ranksBefore(a: Ranked, b: Ranked): boolean {
  const directness = (di: string | null) => (di === 'D' ? 2 : di === null ? 0 : 1);
  return (
    (descNullsLast(a.filedAt, b.filedAt) ||
      descNullsLast(a.transactionDate, b.transactionDate) ||
      (a.accession === b.accession ? 0 : a.accession > b.accession ? -1 : 1) ||
      directness(b.di) - directness(a.di) ||
      b.position - a.position) < 0
  );
}

const WINDOWS = [3, 6, 12] as const;

function monthsBefore(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Open-market buying (code P) against selling (code S) over the 3, 6 and 12 months up to the issuer's
 * latest filing in the data: an archive's "now" is its newest filing, not today.
 */
export function getIssuerBuySellSummary(cik: string, db: AppDatabase = getDb()): BuySellSummary {
  return cached(db, `buy-sell:${cik}`, () => computeBuySellSummary(cik, db));
}

function computeBuySellSummary(cik: string, db: AppDatabase): BuySellSummary {
  const anchorRow = db
    .select({ anchor: max(filingDate) })
    .from(filings)
    .where(eq(filings.issuerCik, cik))
    .get();
  const anchor = anchorRow?.anchor ?? null;
  if (!anchor || !/^\d{4}-\d{2}-\d{2}/.test(anchor)) return { anchor: null, windows: [] };
  const end = anchor.slice(0, 10);
  const windows: BuySellWindow[] = WINDOWS.map((months) => {
    const since = monthsBefore(end, months);
    const inWindow = and(
      eq(filingRows.issuerCik, cik),
      inArray(filingRows.code, ['P', 'S']),
      eq(filingRows.kind, 'transaction'),
      sql`${filingRows.transactionDate} between ${since} and ${end}`,
    );
    const lines = db
      .select({
        code: filingRows.code,
        count: count(),
        shares: sql<number | null>`sum(case when typeof(${filingRows.shares}) in ('integer', 'real') then ${filingRows.shares} end)`,
        value: sql<number | null>`sum(${filingRows.value})`,
      })
      .from(filingRows)
      .where(inWindow)
      .groupBy(filingRows.code)
      .all();
    // Counted apart from the sums: joining owners repeats a joint filing's lines once per owner.
    const people = db
      .select({ code: filingRows.code, insiders: sql<number>`count(distinct ${filingOwners.ownerCik})` })
      .from(filingRows)
      .innerJoin(filingOwners, eq(filingOwners.accession, filingRows.accession))
      .where(inWindow)
      .groupBy(filingRows.code)
      .all();
    const totals = (code: 'P' | 'S'): TradeTotals => {
      const l = lines.find((r) => r.code === code);
      return {
        count: l?.count ?? 0,
        shares: l?.shares ?? 0,
        value: l?.value ?? 0,
        insiders: people.find((r) => r.code === code)?.insiders ?? 0,
      };
    };
    return { months, since, buys: totals('P'), sells: totals('S') };
  });
  return { anchor: end, windows };
}


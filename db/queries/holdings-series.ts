import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { filingOwners, filingRows, filings, issuers } from '@/db/schema';
import { cached } from '@/db/queries/cache';
import { listRunningTotals } from '@/db/queries/holdings';

/** Issuers charted on a person's page: a fund may have reported at thousands. */
export const MAX_HOLDINGS_ISSUERS = 4;
/** Steps per issuer's chart (the latest ones): more dots than this on a chart 768 px wide are a smear, and each step is a dot with its tooltip and a row of the chart's table in the page. */
export const MAX_HOLDINGS_STEPS = 60;

/** One transaction of Table I: the shares of its security held after it, directly or indirectly, in all the holdings its filing reports. */
export type HoldingsStep = {
  date: string;
  code: string | null;
  directOrIndirect: 'D' | 'I';
  sharesOwnedAfter: number;
  accession: string;
};

/** A person's Table I holdings at one issuer over time, oldest step first. */
export type HoldingsSeries = {
  issuerCik: string;
  issuerName: string | null;
  issuerTicker: string | null;
  steps: HoldingsStep[];
  /** Every charted transaction there, of which `steps` holds the latest MAX_HOLDINGS_STEPS. */
  totalSteps: number;
};

export type PersonHoldings = {
  series: HoldingsSeries[];
  /** Issuers with charted transactions, of which `series` holds the MAX_HOLDINGS_ISSUERS traded most recently. */
  totalIssuers: number;
};

/**
 * Each issuer's shares held after each Table I transaction of the person's filings (sharesOwnedAfter
 * as filed, a number, with a dated transaction and D or I). A filing a stored amendment amends is
 * replaced by the amendment, as the screener's "as amended" view does. Joint filings count for each owner.
 */
export function getPersonHoldings(ownerCik: string, db: AppDatabase = getDb()): PersonHoldings {
  return cached(db, `person-holdings:${ownerCik}`, () => computePersonHoldings(ownerCik, db));
}

function computePersonHoldings(ownerCik: string, db: AppDatabase): PersonHoldings {
  // filing_owners_owner gives the person's filings, filing_rows_accession their Table I lines.
  const lines = db
    .select({
      issuerCik: filingRows.issuerCik,
      date: sql<string>`${filingRows.transactionDate}`,
      code: filingRows.code,
      directOrIndirect: sql<'D' | 'I'>`${filingRows.directOrIndirect}`,
      sharesOwnedAfter: sql<number>`${filingRows.sharesOwnedAfter}`,
      accession: filingRows.accession,
      position: filingRows.position,
    })
    .from(filingOwners)
    .innerJoin(filingRows, and(eq(filingRows.accession, filingOwners.accession), eq(filingRows.table, 'N')))
    .where(and(
      eq(filingOwners.ownerCik, ownerCik),
      eq(filingRows.kind, 'transaction'),
      sql`typeof(${filingRows.sharesOwnedAfter}) in ('integer', 'real')`,
      sql`${filingRows.directOrIndirect} in ('D', 'I')`,
      sql`${filingRows.transactionDate} glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`,
      sql`not exists (select 1 from ${filings} where ${filings.amends} = ${filingRows.accession})`,
    ))
    // A filing's lines in the order filed: the last line of a day is the day's closing balance.
    .orderBy(filingRows.issuerCik, filingRows.transactionDate, filingRows.filedAt, filingRows.accession, filingRows.position)
    .all();

  const byIssuer = new Map<string, (HoldingsStep & { position: number })[]>();
  for (const { issuerCik, ...step } of lines) {
    const steps = byIssuer.get(issuerCik) ?? [];
    steps.push(step);
    byIssuer.set(issuerCik, steps);
  }
  const latest = (steps: readonly HoldingsStep[]) => steps[steps.length - 1]!.date;
  const chosen = [...byIssuer.entries()]
    .sort(([a, sa], [b, sb]) => latest(sb).localeCompare(latest(sa)) || a.localeCompare(b))
    .slice(0, MAX_HOLDINGS_ISSUERS);
  const names = new Map(
    chosen.length === 0
      ? []
      : db
          .select({ cik: issuers.cik, name: issuers.name, ticker: issuers.ticker })
          .from(issuers)
          .where(sql`${issuers.cik} in ${chosen.map(([cik]) => cik)}`)
          .all()
          .map((i) => [i.cik, i]),
  );
  // Each step at what its filing's holdings of that security, held that way, add up to (a fund's
  // several holdings summed, lib/domain/holdings.ts runningTotals), else its own line's amount.
  const charted = chosen.map(([cik, steps]) => [cik, steps.slice(-MAX_HOLDINGS_STEPS), steps.length] as const);
  const totals = listRunningTotals(charted.flatMap(([, steps]) => steps.map((s) => s.accession)), db);
  return {
    totalIssuers: byIssuer.size,
    series: charted.map(([cik, steps, totalSteps]) => ({
      issuerCik: cik,
      issuerName: names.get(cik)?.name ?? null,
      issuerTicker: names.get(cik)?.ticker ?? null,
      steps: steps.map(({ position, ...step }) => ({ ...step, sharesOwnedAfter: totals.get(step.accession)?.[position] ?? step.sharesOwnedAfter })),
      totalSteps,
    })),
  };
}

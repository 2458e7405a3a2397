import 'server-only';
import { count, max, min } from 'drizzle-orm';
import { filings } from '@/db/schema';
import { lateFilingsSql, toLateFilings } from '@/db/queries/signals';
import type { IssuerSummary } from '@/db/queries/types';

// An issuer's and a person's page headers count their filings alike: how many, the first and last
// filing dates, and the share filed late. Only the filings each reads differ.

/** Over the filings a query reads: how many, the first and last filing dates, lateness (a drizzle selection). */
export const filingStatsColumns = () => ({
  filings: count(),
  first: min(filings.filingDate),
  last: max(filings.filingDate),
  ...lateFilingsSql(filings.daysLate),
});

type FilingStatsRow = { filings: number; first: string | null; last: string | null; late: number | null; known: number | null };

export type FilingStats = Pick<IssuerSummary, 'filings' | 'firstFiledAt' | 'lastFiledAt' | 'lateFilings'>;

/** The selection's row as a header's fields (none read: no filings). */
export function toFilingStats(stats: FilingStatsRow | undefined): FilingStats {
  return {
    filings: stats?.filings ?? 0,
    firstFiledAt: stats?.first ?? null,
    lastFiledAt: stats?.last ?? null,
    lateFilings: toLateFilings(stats),
  };
}

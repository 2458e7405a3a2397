import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { filings, issuers, owners } from '@/db/schema';

// Cheap primary-key probes for the proxy, which answers unknown addresses with the 404 page before
// a page renders (see proxy.ts for why).

export function hasIssuer(cik: string): boolean {
  return getDb().select({ one: sql`1` }).from(issuers).where(eq(issuers.cik, cik)).get() !== undefined;
}

export function hasIssuerTicker(ticker: string): boolean {
  return (
    getDb().select({ one: sql`1` }).from(issuers).where(sql`${issuers.ticker} = ${ticker} collate nocase`).get() !== undefined
  );
}

export function hasOwner(cik: string): boolean {
  return getDb().select({ one: sql`1` }).from(owners).where(eq(owners.cik, cik)).get() !== undefined;
}

export function hasFiling(accession: string): boolean {
  return getDb().select({ one: sql`1` }).from(filings).where(eq(filings.accession, accession)).get() !== undefined;
}

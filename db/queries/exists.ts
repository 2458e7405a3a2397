import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db/index';
import { filings, issuers, owners } from '@/db/schema';

// Cheap primary-key probes for the proxy, which answers unknown addresses with the 404 page before
// a page renders (see proxy.ts for why). They run on every request to an issuer, person or filing
// page: each is prepared once per connection, not built and compiled anew each time.

function preparedProbes(db: AppDatabase) {
  const one = { one: sql`1` };
  return {
    issuer: db.select(one).from(issuers).where(eq(issuers.cik, sql.placeholder('key'))).prepare(),
    ticker: db.select(one).from(issuers).where(sql`${issuers.ticker} = ${sql.placeholder('key')} collate nocase`).prepare(),
    owner: db.select(one).from(owners).where(eq(owners.cik, sql.placeholder('key'))).prepare(),
    filing: db.select(one).from(filings).where(eq(filings.accession, sql.placeholder('key'))).prepare(),
  };
}

const probesByDb = new WeakMap<AppDatabase, ReturnType<typeof preparedProbes>>();

function probe(kind: keyof ReturnType<typeof preparedProbes>, key: string): boolean {
  const db = getDb();
  let probes = probesByDb.get(db);
  if (!probes) probesByDb.set(db, (probes = preparedProbes(db)));
  return probes[kind].get({ key }) !== undefined;
}

export function hasIssuer(cik: string): boolean {
  return probe('issuer', cik);
}

export function hasIssuerTicker(ticker: string): boolean {
  return probe('ticker', ticker);
}

export function hasOwner(cik: string): boolean {
  return probe('owner', cik);
}

export function hasFiling(accession: string): boolean {
  return probe('filing', accession);
}

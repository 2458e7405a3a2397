import 'server-only';
import type Database from 'better-sqlite3';
import { getTableName, type Column, type Table } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { clientOf } from '@/db/queries/cache';
import { filings, issuers, owners } from '@/db/schema';

// Cheap primary-key probes for the proxy, which answers unknown addresses with the 404 page before
// a page renders (see proxy.ts for why). They run on every request to an issuer, person or filing
// page: each is a statement prepared once per connection and run on the connection itself, a few
// microseconds, where drizzle's query layer around the same statement costs ten times that.

function statement(sqlite: Database.Database, table: Table, column: Column, collate = '') {
  return sqlite.prepare<[string], 1>(`SELECT 1 FROM "${getTableName(table)}" WHERE "${column.name}" = ?${collate} LIMIT 1`).pluck();
}

function preparedProbes(sqlite: Database.Database) {
  return {
    issuer: statement(sqlite, issuers, issuers.cik),
    ticker: statement(sqlite, issuers, issuers.ticker, ' COLLATE NOCASE'),
    owner: statement(sqlite, owners, owners.cik),
    filing: statement(sqlite, filings, filings.accession),
  };
}

const probesByConnection = new WeakMap<Database.Database, ReturnType<typeof preparedProbes>>();

function probe(kind: keyof ReturnType<typeof preparedProbes>, key: string): boolean {
  const sqlite = clientOf(getDb());
  let probes = probesByConnection.get(sqlite);
  if (!probes) probesByConnection.set(sqlite, (probes = preparedProbes(sqlite)));
  return probes[kind].get(key) !== undefined;
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

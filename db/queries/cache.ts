import 'server-only';
import type Database from 'better-sqlite3';
import type { AppDatabase } from '@/db';

// Figures that read every row of a big issuer or person (insiders and holdings, the buy/sell summary,
// row counts, a big table's order) are computed once and kept until the database changes: at a
// million filings they take tens to hundreds of milliseconds, and most requests between two
// ingests ask for the same ones.
//
// "Changes" is the database's generation: PRAGMA data_version moves when another connection (an
// ingest, `npm run ingest`, the EDGAR loader in another process) commits, and total_changes()
// moves when this connection writes (the app's own Load from SEC EDGAR). Reading both is one
// statement of a few microseconds per lookup.

const MAX_ENTRIES = 256;

type Entry = { generation: string; value: unknown };

interface ConnectionCache {
  generation: Database.Statement<[], { v: number; c: number }>;
  entries: Map<string, Entry>;
}

const caches = new WeakMap<Database.Database, ConnectionCache>();

function cacheOf(sqlite: Database.Database): ConnectionCache {
  let cache = caches.get(sqlite);
  if (!cache) {
    cache = {
      generation: sqlite.prepare('SELECT (SELECT data_version FROM pragma_data_version) AS v, total_changes() AS c'),
      entries: new Map(),
    };
    caches.set(sqlite, cache);
  }
  return cache;
}

/** The connection under drizzle (drizzle() returns it as `$client`; AppDatabase's type leaves it out). */
export function clientOf(db: AppDatabase): Database.Database {
  const client = (db as AppDatabase & { $client?: Database.Database }).$client;
  if (!client) throw new Error('the database handle has no $client connection');
  return client;
}

/** The database's current generation: equal strings mean nothing was written in between. */
export function generationOf(db: AppDatabase): string {
  const row = cacheOf(clientOf(db)).generation.get()!;
  return `${row.v}:${row.c}`;
}

/**
 * `compute()`'s value for `key`, computed again only when the database has changed since it was
 * kept (or it was pushed out: the 256 most recently used are kept per connection).
 */
export function cached<T>(db: AppDatabase, key: string, compute: () => T): T {
  const cache = cacheOf(clientOf(db));
  const generation = generationOf(db);
  const hit = cache.entries.get(key);
  if (hit && hit.generation === generation) {
    // Most recently used last: Map keeps insertion order.
    cache.entries.delete(key);
    cache.entries.set(key, hit);
    return hit.value as T;
  }
  const value = compute();
  cache.entries.delete(key);
  cache.entries.set(key, { generation, value });
  while (cache.entries.size > MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
  return value;
}

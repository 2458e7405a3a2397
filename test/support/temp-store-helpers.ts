// What the db/*.test.ts files share: a new temp store for each test, rows counted in a table, a
// filing text stored, and a filing made to fail half-way through its write.
import { afterEach, beforeEach } from 'vitest';
import { parseFiling } from '../../lib/parser/index';
import type { ParsedFiling } from '../../lib/parser/types';
import { openTempStore, type TempStore } from './temp-db';

/**
 * The file's temp store: one object, filled with a new store (openTempStore) before each test and
 * closed after it, so that tests read `t.sqlite` and `t.store` of their own.
 */
export function tempStorePerTest(): TempStore {
  const t = {} as TempStore;
  beforeEach(() => {
    Object.assign(t, openTempStore());
  });
  afterEach(() => t.close());
  return t;
}

/** `count` and `store` on the store `current()` returns (a new one per test). */
export function storeShorthands(current: () => TempStore) {
  const count = (table: string, where = '1 = 1', ...params: unknown[]) =>
    (current().sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(...params) as { n: number }).n;

  function store(text: string, options: { accession?: string | null; source?: string; force?: boolean } = {}) {
    return current().store.storeFiling(parseFiling(text), { document: text, source: options.source ?? 'test', ...options });
  }

  return { count, store };
}

/** A filing whose last row has no kind: it fails NOT NULL after the filing, its owners and first rows are written. */
export function withBrokenLastRow(parsed: ParsedFiling): ParsedFiling {
  const rows = [...parsed.nonDerivative, { ...parsed.nonDerivative[0]!, kind: null as unknown as 'transaction' }];
  return { ...parsed, nonDerivative: rows };
}

// Shorthands the db/store*.test.ts files share: rows counted in a table, a filing text stored, and
// a filing made to fail half-way through its write.
import { parseFiling } from '../../lib/parser/index';
import type { ParsedFiling } from '../../lib/parser/types';
import type { TempStore } from './temp-db';

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

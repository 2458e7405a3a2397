import 'server-only';
import { openDatabase, resolveDatabasePath, type AppDatabase } from '@/db';

/** What a streaming export reads: the rows one at a time, and `close` for a client that went away. */
export type RowStream<T> = { rows: IterableIterator<T>; close: () => void };

/**
 * Every row of a query (not one page), one at a time, on its own read-only connection: a half-read
 * statement would leave the shared connection busy for every other request while a slow client
 * downloads. `build` makes the query on that connection; `keys` name its selected columns in order,
 * and `toRow` turns the object of them into a row. The connection closes at the end, or on `close`.
 */
export function streamRows<T>(
  build: (db: AppDatabase) => { toSQL(): { sql: string; params: unknown[] } },
  keys: readonly string[],
  toRow: (raw: Record<string, unknown>) => T,
  databasePath: string = resolveDatabasePath(),
): RowStream<T> {
  const { sqlite, db } = openDatabase(databasePath, { readonly: true });
  let iterator: IterableIterator<unknown[]>;
  try {
    const { sql: text, params } = build(db).toSQL();
    iterator = sqlite.prepare(text).raw(true).iterate(...params) as IterableIterator<unknown[]>;
  } catch (error) {
    sqlite.close();
    throw error;
  }
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    iterator.return?.();
    sqlite.close();
  };
  function* rows(): IterableIterator<T> {
    try {
      for (const values of iterator) {
        const raw: Record<string, unknown> = {};
        keys.forEach((key, i) => {
          raw[key] = values[i];
        });
        yield toRow(raw);
      }
    } finally {
      close();
    }
  }
  return { rows: rows(), close };
}

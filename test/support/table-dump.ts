// Every table of a database, every row, for comparing two loads of the same input.
import type Database from 'better-sqlite3';

/** Every row of every table (but the time each filing was loaded), in an order that does not depend on how the rows were written. */
export function dumpTables(sqlite: Database.Database): Record<string, unknown[]> {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%drizzle%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((table) => {
    const columns = (sqlite.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).filter((c) => c !== 'loaded_at');
    const list = columns.map((c) => `"${c}"`).join(', ');
    return [table, sqlite.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${list}`).all()];
  }));
}

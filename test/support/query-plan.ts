// What SQLite plans to do for a statement (EXPLAIN QUERY PLAN), each `?` bound to null: the plan
// does not depend on the values. Query-plan tests read it to prove a read uses its index.
import type Database from 'better-sqlite3';

export function explainPlan(sqlite: Database.Database, source: string): string[] {
  const parameters = (source.match(/\?/g) ?? []).length;
  const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...Array.from({ length: parameters }, () => null)) as { detail: string }[];
  return rows.map((r) => r.detail);
}

// What SQLite plans to do for a statement (EXPLAIN QUERY PLAN), each `?` or `@name` bound to null:
// the plan does not depend on the values. Query-plan tests read it to prove a read uses its index.
import Database from 'better-sqlite3';

export function explainPlan(sqlite: Database.Database, source: string): string[] {
  const statement = sqlite.prepare(`EXPLAIN QUERY PLAN ${source}`);
  const named = Object.fromEntries([...source.matchAll(/@(\w+)/g)].map((m) => [m[1], null]));
  const positional = Array.from({ length: (source.match(/\?/g) ?? []).length }, () => null);
  const rows = (Object.keys(named).length > 0 ? statement.all(named) : statement.all(...positional)) as { detail: string }[];
  return rows.map((r) => r.detail);
}

export interface StatementRecorder {
  /** [SQL text, the label of the step that prepared it], each pair once, in order. */
  executed: [source: string, label: string][];
  /** Runs `fn` as the step `label`; a Response it answers is read to its end under that label. */
  run(label: string, fn: () => unknown): Promise<void>;
  /** Puts better-sqlite3's own prepare back. */
  restore(): void;
}

/**
 * Records the SQL every connection prepares (a CSV export's own connection among them) while a
 * labelled step runs, so a test can explain the plan of each statement a page or query ran.
 */
export function recordStatements(): StatementRecorder {
  const executed: [string, string][] = [];
  let current = '';
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function (this: Database.Database, source: string) {
    if (current && !executed.some(([s, l]) => s === source && l === current)) executed.push([source, current]);
    return prepare.call(this, source);
  } as typeof prepare;
  return {
    executed,
    async run(label, fn) {
      current = label;
      try {
        const result = await fn();
        if (result instanceof Response) await result.text();
      } finally {
        current = '';
      }
    },
    restore() {
      Database.prototype.prepare = prepare;
    },
  };
}

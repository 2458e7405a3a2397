// Databases as an older release left them: the repo's migrations applied up to (not including) one,
// for the tests of what that migration does to the rows already stored.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { findMigrationsFolder } from '../../db/index';

/** The repo's migrations folder copied into `dir`, cut just before the migration tagged `before`. */
function migrationsBefore(dir: string, before: string): string {
  const folder = path.join(dir, `migrations-${before}`);
  cpSync(findMigrationsFolder(), folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((entry) => entry.tag === before);
  if (cut <= 0) throw new Error(`no migration tagged ${before} after the first`);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));
  return folder;
}

/** Migrates `file` up to (not including) the migration tagged `before`, its folder made in `dir`. */
export function migrateUpTo(dir: string, file: string, before: string): void {
  mkdirSync(dir, { recursive: true });
  const sqlite = new Database(file);
  migrate(drizzle({ client: sqlite }), { migrationsFolder: migrationsBefore(dir, before) });
  sqlite.close();
}

/** A new database in `dir` migrated up to (not including) the migration tagged `before`. */
export function databaseBefore(dir: string, before: string): string {
  const file = path.join(dir, `${before}.db`);
  migrateUpTo(dir, file, before);
  return file;
}

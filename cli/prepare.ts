// Run before `next start`: creates and migrates the database (data/section16.db unless
// DATABASE_PATH or --db says otherwise) and loads the bundled sample filings when it is empty. They
// are made up, shown as samples, and leave when the first real filing is loaded (db/samples.ts).
import { resolveDatabasePath } from '../db/index';
import { loadSampleIfEmpty } from '../ingest/sample';
import { parseCommandLine, runCli } from './args';

const USAGE = 'usage: node cli/launch.mjs prepare [--db PATH]';

function main(): number {
  const { values } = parseCommandLine(process.argv.slice(2), { db: { type: 'string' } });
  const dbPath = resolveDatabasePath(values.db);
  const summary = loadSampleIfEmpty(dbPath);
  if (summary === null) {
    process.stdout.write(`database ready: ${dbPath}\n`);
    return 0;
  }
  process.stdout.write(
    `database ready: ${dbPath} (loaded ${summary.loaded} made-up sample filings; they leave when real filings are loaded: npm run ingest -- <files or folders>)\n`,
  );
  for (const failure of summary.failures) process.stderr.write(`sample filing failed: ${failure.source}: ${failure.reason}\n`);
  // A bad sample fixture is our bug, but the app can still start on the rest.
  return 0;
}

void runCli(USAGE, main);

// Before the e2e server starts: a fresh test database (the shared corpus when it is there, plus our
// fixtures) loaded by `npm run ingest`'s own command, and a production build when the sources are newer
// than the last one. Run by playwright.config.ts's webServer, followed by `next start`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnOf } from '../../test/support/cli';
import { isBuildStale } from './build-state';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus');
const database = path.resolve(repoRoot, process.env.DATABASE_PATH ?? '.cache/e2e/e2e.db');

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/**
 * Databases of earlier runs (one per port) that nothing has touched for a day: only SQLite files
 * (and their -wal/-shm/-journal) beside this one, so a DATABASE_PATH in a shared folder such as
 * /tmp never costs anyone else's files.
 */
function removeStaleDatabases(): void {
  const dir = path.dirname(database);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!/\.db(-wal|-shm|-journal)?$/.test(name)) continue;
    const file = path.join(dir, name);
    const stat = statSync(file);
    if (stat.isFile() && Date.now() - stat.mtimeMs > 24 * 3600_000) rmSync(file, { force: true });
  }
}

function loadDatabase(): void {
  removeStaleDatabases();
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${database}${suffix}`, { force: true });
  // Top-level fixtures only: fixtures/bad holds malformed files that must fail.
  const fixtures = readdirSync(path.join(repoRoot, 'fixtures'))
    .filter((name) => name.endsWith('.xml'))
    .map((name) => path.join('fixtures', name))
    // The original of the corpus's 4/A, written from its remark, so the 4/A's page shows what it changed.
    .concat(path.join('fixtures', 'amendments'));
  const sources = existsSync(path.join(corpus, 'xml'))
    ? [path.join(corpus, 'xml'), path.join(corpus, 'submissions'), ...fixtures]
    : fixtures;
  if (sources === fixtures) {
    console.warn(`e2e: the corpus is not at ${corpus} (../shared/corpus): serving the fixtures only; corpus tests skip`);
  }
  const ingest = spawnOf('ingest', [...sources, '--db', database, '--quiet']);
  const status = run(process.execPath, ingest.argv, ingest.env);
  // A file that fails to load is reported by the ingest itself; the tests can still run on the rest.
  if (status !== 0) console.warn(`e2e: ingest exited with status ${status}; continuing with what loaded`);
}

function buildIfNeeded(): void {
  if (!isBuildStale(repoRoot) && process.env.E2E_REBUILD !== '1') {
    console.log('e2e: the production build is up to date');
    return;
  }
  console.log('e2e: building (sources changed since the last build)');
  const status = run('npx', ['next', 'build']);
  if (status !== 0) process.exit(status);
}

loadDatabase();
buildIfNeeded();

// The command-line entry points built into plain JavaScript with esbuild, so that they start without
// tsx's loader hooks (a hooks thread and a message per module, half a second of every start), and
// whether the last build is still current. Plain .mjs: it runs before anything can compile TypeScript.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Each command's bundle name and its source. */
export const COMMANDS = { ingest: 'cli/ingest.ts', show: 'cli/show.ts', prepare: 'cli/prepare.ts' };
/**
 * Where the worker threads' entry modules are (ingest/*worker-entry.ts), each bundled under its own
 * name: the pool looks for its entry beside the module it runs in, with that module's extension.
 */
const WORKERS = 'ingest';

const CACHE = path.join(ROOT, '.cache', 'cli');
/** The build in use, when it began and its inputs (esbuild's metafile list). */
const CURRENT = path.join(CACHE, 'current.json');
/** Files that change what a build holds without being among its inputs. */
const ALSO_READ = ['package-lock.json', 'tsconfig.json', WORKERS, fileURLToPath(import.meta.url), fileURLToPath(new URL('./launch.mjs', import.meta.url))];
/** File times come from a coarser clock than Date.now(): a file saved as a build begins counts as newer. */
const CLOCK_SLACK_MS = 20;
/** Builds kept besides the current one: a command started on an older build may still start its workers from it. */
const KEEP_OLD = 4;

/** `name`'s bundle when no input has changed since the current build began, else null. A few dozen stats, no esbuild. */
export function currentBundle(name) {
  try {
    const current = JSON.parse(readFileSync(CURRENT, 'utf8'));
    const bundle = path.join(CACHE, current.build, `${name}.mjs`);
    statSync(bundle);
    for (const file of [...current.inputs, ...ALSO_READ]) {
      if (statSync(path.resolve(ROOT, file)).mtimeMs > current.started - CLOCK_SLACK_MS) return null;
    }
    return bundle;
  } catch {
    return null; // no build yet, or an input gone (renamed, deleted): build again
  }
}

/**
 * Builds every entry into a folder named by its content, then points current.json at it (each
 * written under a temporary name and renamed, so that commands started at once never read half a
 * file or one build's worker beside another's writer). Returns `name`'s bundle. Throws when esbuild
 * is missing or a source does not compile.
 */
export async function build(name) {
  const started = Date.now();
  const { buildSync } = await import('esbuild');
  const result = buildSync({
    absWorkingDir: ROOT,
    entryPoints: { ...COMMANDS, ...workerEntries() },
    outdir: CACHE,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Every package is inlined (loading zod and drizzle-orm module by module cost a tenth of a second
    // a start) but the native better-sqlite3, and tsx, which a worker loads only under vitest.
    external: ['better-sqlite3', 'tsx'],
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const hash = createHash('sha256');
  for (const file of result.outputFiles) hash.update(path.basename(file.path)).update(file.contents);
  const folder = `build-${hash.digest('hex').slice(0, 16)}`;
  const dir = path.join(CACHE, folder);
  if (existsSync(dir)) {
    // The same output again (a file touched, not changed): it becomes the newest kept.
    const now = new Date();
    utimesSync(dir, now, now);
  } else {
    const temp = path.join(CACHE, `tmp-${process.pid}-${started}`);
    mkdirSync(temp, { recursive: true });
    for (const file of result.outputFiles) writeFileSync(path.join(temp, path.basename(file.path)), file.contents);
    writeFileSync(path.join(temp, 'meta.json'), JSON.stringify(result.metafile));
    try {
      renameSync(temp, dir);
    } catch (error) {
      rmSync(temp, { recursive: true, force: true });
      if (!existsSync(dir)) throw error; // not another command's identical build: a real failure
    }
  }
  const current = `${CURRENT}.${process.pid}.tmp`;
  writeFileSync(current, JSON.stringify({ build: folder, started, inputs: Object.keys(result.metafile.inputs) }));
  renameSync(current, CURRENT);
  try {
    removeOldBuilds(folder);
  } catch {
    // Another command cleaning up at the same moment: the next build tidies what is left.
  }
  return path.join(dir, `${name}.mjs`);
}

/** Every worker entry by its name (a new one changes the folder's time, which the freshness check reads). */
function workerEntries() {
  const names = readdirSync(path.join(ROOT, WORKERS)).filter((file) => file.endsWith('worker-entry.ts'));
  return Object.fromEntries(names.map((file) => [path.basename(file, '.ts'), `${WORKERS}/${file}`]));
}

/** Keeps the newest few builds; removes temporary folders a killed build left more than an hour ago. */
function removeOldBuilds(current) {
  const entries = readdirSync(CACHE, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== current)
    .map((entry) => ({ name: entry.name, mtimeMs: statSync(path.join(CACHE, entry.name)).mtimeMs }));
  const builds = entries.filter((entry) => entry.name.startsWith('build-')).sort((a, b) => b.mtimeMs - a.mtimeMs);
  const stale = entries.filter((entry) => entry.name.startsWith('tmp-') && entry.mtimeMs < Date.now() - 3_600_000);
  for (const entry of [...builds.slice(KEEP_OLD), ...stale]) rmSync(path.join(CACHE, entry.name), { recursive: true, force: true });
}

// cli/launch.mjs (what `npm run ingest`/`show` run) in a copy of the sources: it builds the bundles
// once and then runs them without building again; it builds again when an input, package-lock.json
// or the launcher itself is newer than the build, and an edited source is what runs (a new worker
// entry too); commands started at once share one build; without esbuild it runs the TypeScript
// through tsx, warning once.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../test/support/corpus';
import { makeTempDir } from '../test/support/temp-db';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A copy of what the commands are built from, with the repo's node_modules (all of it, or all but esbuild). */
function copyOfSources(withEsbuild = true): string {
  const root = makeTempDir('section16-launch-');
  roots.push(root);
  for (const dir of ['cli', 'ingest', 'db', 'lib']) {
    cpSync(path.join(repoRoot, dir), path.join(root, dir), { recursive: true, filter: (source) => !source.endsWith('.test.ts') });
  }
  for (const file of ['package.json', 'package-lock.json', 'tsconfig.json']) cpSync(path.join(repoRoot, file), path.join(root, file));
  const modules = path.join(repoRoot, 'node_modules');
  if (withEsbuild) {
    symlinkSync(modules, path.join(root, 'node_modules'));
  } else {
    mkdirSync(path.join(root, 'node_modules'));
    for (const name of readdirSync(modules)) {
      if (name !== 'esbuild') symlinkSync(path.join(modules, name), path.join(root, 'node_modules', name));
    }
  }
  return root;
}

function launch(root: string, args: string[]) {
  return spawnSync(process.execPath, ['cli/launch.mjs', ...args], { cwd: root, encoding: 'utf8' });
}

interface Current {
  build: string;
  started: number;
  inputs: string[];
}

const currentOf = (root: string) => JSON.parse(readFileSync(path.join(root, '.cache', 'cli', 'current.json'), 'utf8')) as Current;

describe('cli/launch.mjs', () => {
  const root = copyOfSources();

  it('builds the bundles once, then runs them without building again', () => {
    const first = launch(root, ['show', '--help']);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe('usage: npm run show -- <accession...> [--db PATH]\n');
    expect(first.status).toBe(0);
    const built = currentOf(root);
    expect(built.inputs).toEqual(expect.arrayContaining(['cli/show.ts', 'cli/ingest.ts', 'ingest/worker-entry.ts', 'cli/args.ts']));
    for (const name of ['ingest.mjs', 'show.mjs', 'worker-entry.mjs', 'meta.json']) {
      expect(existsSync(path.join(root, '.cache', 'cli', built.build, name)), name).toBe(true);
    }

    const again = launch(root, ['show', '--help']);
    expect(again.stdout).toBe(first.stdout);
    expect(currentOf(root), 'not built again').toEqual(built);
  });

  it("bundles only the parts of zod the commands use, none of its locales but English", () => {
    // Every command's start loads its bundle: zod's `z` namespace would bring all of it (a bundle of
    // 873 KB instead of 431, about 40 ms more a start), so the modules the commands load import by name.
    const meta = JSON.parse(readFileSync(path.join(root, '.cache', 'cli', currentOf(root).build, 'meta.json'), 'utf8')) as {
      outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
    };
    for (const [name, output] of Object.entries(meta.outputs)) {
      const locales = Object.entries(output.inputs).filter(([input, { bytesInOutput }]) => input.includes('zod/v4/locales/') && bytesInOutput > 0);
      expect(locales.every(([input]) => input.endsWith('/en.js')), `${name}: ${locales.map(([input]) => input).join(', ')}`).toBe(true);
    }
  });

  it('builds again when an input, package-lock.json or the launcher is newer than the build', () => {
    for (const file of ['cli/args.ts', 'lib/parser/xml.ts', 'package-lock.json', 'cli/launch.mjs']) {
      const before = currentOf(root);
      // Just after the build began (in the past: the build and a run have happened since).
      const seconds = (before.started + 1) / 1000;
      utimesSync(path.join(root, file), seconds, seconds);
      expect(launch(root, ['show', '--help']).status).toBe(0);
      const after = currentOf(root);
      expect(after.started, file).toBeGreaterThan(before.started);
      expect(after.build, 'the same sources build the same bundle').toBe(before.build);

      expect(launch(root, ['show', '--help']).status).toBe(0);
      expect(currentOf(root), `not built again after ${file}`).toEqual(after);
    }
  });

  it('runs an edited source, not the bundle built before the edit', () => {
    const before = currentOf(root);
    const show = path.join(root, 'cli', 'show.ts');
    writeFileSync(show, readFileSync(show, 'utf8').replace("'usage: npm run show --", "'usage (edited): npm run show --"));
    const result = launch(root, ['show', '--help']);
    expect(result.stdout).toBe('usage (edited): npm run show -- <accession...> [--db PATH]\n');
    expect(currentOf(root).build).not.toBe(before.build);
  });

  it('bundles a worker entry added to ingest/ under its own name', () => {
    writeFileSync(path.join(root, 'ingest', 'added-worker-entry.ts'), "import { parentPort } from 'node:worker_threads';\nparentPort?.postMessage('ready');\n");
    expect(launch(root, ['show', '--help']).status).toBe(0);
    expect(existsSync(path.join(root, '.cache', 'cli', currentOf(root).build, 'added-worker-entry.mjs'))).toBe(true);
  });

  it("passes the command's arguments, output and exit status through", () => {
    const result = launch(root, ['show', '--db', path.join(root, 'none.db')]);
    expect(result.stderr).toMatch(/^name at least one accession number\n/);
    expect(result.status).toBe(2);
    const unknown = launch(root, ['nonsense']);
    expect(unknown.stderr).toMatch(/^usage: node cli\/launch\.mjs ingest\|show/);
    expect(unknown.status).toBe(2);
  });
});

describe('cli/launch.mjs, commands started at once', () => {
  it('share one build and leave no temporary files', async () => {
    const root = copyOfSources();
    const runs = Array.from({ length: 4 }, () => {
      const child = spawn(process.execPath, ['cli/launch.mjs', 'show', '--help'], { cwd: root });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      return new Promise<{ status: number | null; stdout: string }>((resolve) => child.on('close', (status) => resolve({ status, stdout })));
    });
    for (const run of await Promise.all(runs)) {
      expect(run).toEqual({ status: 0, stdout: 'usage: npm run show -- <accession...> [--db PATH]\n' });
    }
    const left = readdirSync(path.join(root, '.cache', 'cli'));
    expect(left.filter((name) => name.startsWith('build-'))).toEqual([currentOf(root).build]);
    expect(left.filter((name) => name.includes('tmp'))).toEqual([]);
  });
});

describe('cli/launch.mjs without esbuild', () => {
  it('runs the TypeScript through tsx, with a one-line warning', () => {
    const root = copyOfSources(false);
    const help = launch(root, ['show', '--help']);
    expect(help.stderr).toMatch(/^warning: could not build cli\/show\.ts \(.*esbuild.*\); running it through tsx, which starts slower\n$/);
    expect(help.stdout).toBe('usage: npm run show -- <accession...> [--db PATH]\n');
    expect(help.status).toBe(0);
    const wrong = launch(root, ['show']);
    expect(wrong.stderr).toMatch(/\nname at least one accession number\n/);
    expect(wrong.status).toBe(2);
  });
});

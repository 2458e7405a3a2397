// The built app, frozen for the length of a benchmark. Everyone shares the checkout's `.next`, and a
// `next build` elsewhere (an e2e run, say) swaps its files under a running `next start`, which then
// answers 500 ("client reference manifest ... does not exist"). So the scale benchmark serves from
// a directory of its own: a copy of `.next` beside links to everything else in the repository.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { freePort, type RunningServer } from '../server';

/** Copies `<repo>/.next` (without its build cache) into `<dir>/.next` and links the rest; returns `dir`. */
export function snapshotApp(repoRoot: string, dir: string): string {
  const buildIdFile = path.join(repoRoot, '.next', 'BUILD_ID');
  for (let attempt = 0; attempt < 5; attempt++) {
    if (!existsSync(buildIdFile)) throw new Error('no production build in .next: run `npx next build`');
    const before = readFileSync(buildIdFile, 'utf8');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const entry of readdirSync(repoRoot)) {
      if (entry === '.next' || entry === '.git') continue;
      symlinkSync(path.join(repoRoot, entry), path.join(dir, entry));
    }
    try {
      cpSync(path.join(repoRoot, '.next'), path.join(dir, '.next'), {
        recursive: true,
        filter: (source) => !source.startsWith(path.join(repoRoot, '.next', 'cache')),
      });
    } catch {
      continue; // a build was rewriting it: try again
    }
    // A build that finished while we copied would leave a mix of two builds.
    if (existsSync(buildIdFile) && readFileSync(buildIdFile, 'utf8') === before) return dir;
  }
  throw new Error('.next kept changing while it was copied (someone is building): try again later');
}

/**
 * `next start` from `dir` (a snapshot) on a free port of 127.0.0.1, as bench/server.ts's startServer
 * does from the repository. Its own process group, so that stopping it stops the next-server child.
 */
export async function startServerIn(dir: string, databasePath: string): Promise<RunningServer> {
  const port = await freePort();
  const child: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, DATABASE_PATH: databasePath, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await new Promise((r) => child.once('exit', r));
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(5000) });
      if (res.status < 500) return { baseUrl, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error('next start did not answer within 60 s');
}

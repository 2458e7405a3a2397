// A `next start` of the built app over a database of a spec's own (samples, cluster buys, EDGAR
// loads): the shared e2e server holds the corpus, which those specs must not see or change.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Whether there is a production build to start. */
export const hasBuild = existsSync(path.join(repoRoot, '.next', 'BUILD_ID'));

interface OwnServer {
  url: string;
  /** Stops the server and every process it started (its process group). */
  stop(): void;
}

/** Starts the app on a free port with `env` added (DATABASE_PATH at least) and waits until it answers. */
async function startOwnServer(what: string, env: Record<string, string>): Promise<OwnServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const app: ChildProcess = spawn(path.join(repoRoot, 'node_modules', '.bin', 'next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  app.stdout!.on('data', (d) => (log += d));
  app.stderr!.on('data', (d) => (log += d));
  const stop = () => {
    if (!app.pid) return;
    try {
      process.kill(-app.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  try {
    await waitForServer(url, 90_000, () => `the ${what} test server did not start at ${url}:\n${log}`);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

/**
 * For the describe block it is called in: a temp folder of its own and the app started before the
 * block's tests, with the env `prepare` returns (DATABASE_PATH at least) after it has filled the
 * folder; both gone after the block. `url` is the app's address once it runs.
 */
export function useOwnServer(what: string, prepare: (workDir: string) => Record<string, string> | Promise<Record<string, string>>): { readonly url: string } {
  let app: OwnServer | null = null;
  let workDir = '';
  const server = { url: '' };
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    workDir = mkdtempSync(path.join(tmpdir(), `section16-${what.toLowerCase()}-e2e-`));
    app = await startOwnServer(what, await prepare(workDir));
    server.url = app.url;
  });
  test.afterAll(() => {
    app?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });
  return server;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, timeoutMs: number, failure: () => string): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`${url}/`);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(failure());
    await new Promise((r) => setTimeout(r, 250));
  }
}

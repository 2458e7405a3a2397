// A `next start` of the built app over a database of a spec's own (samples, cluster buys, EDGAR
// loads): the shared e2e server holds the corpus, which those specs must not see or change.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface OwnServer {
  url: string;
  /** Stops the server and every process it started (its process group). */
  stop(): void;
}

/** Starts the app on a free port with `env` added (DATABASE_PATH at least) and waits until it answers. */
export async function startOwnServer(what: string, env: Record<string, string>): Promise<OwnServer> {
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

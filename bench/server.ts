// Starts the built app (`next start`) on a free port against a given database, for timing pages.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/** `cwd`: the app folder to serve (default the repository; the scale benchmark serves a private copy). */
export async function startServer(databasePath: string, cwd = process.cwd()): Promise<RunningServer> {
  const port = await freePort();
  // Its own process group, so that stopping it also stops the next-server child it forks.
  const child: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
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

export interface Timed {
  times: number[];
  status: number;
  /** Response body size (uncompressed). */
  bytes: number;
  /** Of `bytes`, the RSC payload Next writes into the page in inline scripts (the server components' output again). */
  payloadBytes: number;
}

const PAYLOAD_SCRIPT = /<script>self\.__next_f\.push\(.*?\)<\/script>/gs;

export function payloadBytesOf(html: string): number {
  let n = 0;
  for (const m of html.matchAll(PAYLOAD_SCRIPT)) n += Buffer.byteLength(m[0]);
  return n;
}

async function timeOne(url: string, into: Timed): Promise<void> {
  const start = performance.now();
  const res = await fetch(url);
  const body = await res.arrayBuffer();
  into.times.push(performance.now() - start);
  into.status = res.status;
  into.bytes = body.byteLength;
  into.payloadBytes = payloadBytesOf(Buffer.from(body).toString('utf8'));
}

/** Sequential requests: server time as a user sees it, one request at a time. */
export async function timeRequests(url: string, count: number): Promise<Timed> {
  return (await timeSideBySide([url], count))[0]!;
}

/**
 * Sequential requests to each URL in turn, `count` rounds: figures to compare with each other, since
 * every URL sees the same machine (a shared machine's load changes from one minute to the next).
 */
export async function timeSideBySide(urls: string[], count: number): Promise<Timed[]> {
  // Warm caches and compiled routes.
  for (let i = 0; i < 3; i++) for (const url of urls) await (await fetch(url)).arrayBuffer();
  const timed = urls.map((): Timed => ({ times: [], status: 0, bytes: 0, payloadBytes: 0 }));
  for (let i = 0; i < count; i++) {
    for (let u = 0; u < urls.length; u++) await timeOne(urls[u]!, timed[u]!);
  }
  return timed;
}

// The ingest command as a user runs it (a child process, package.json's script): its request
// rate as the server sees it, killed midway and run again, and left following EDGAR until Ctrl-C.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS_DIR, hasCorpus, type RecordedRequest } from '../test/fake-edgar/fake-edgar';
import { maxInAnySecond, readStoredFilings } from '../test/fake-edgar/harness';
import { useFakeEdgar } from '../test/fake-edgar/fake-edgar-suite';
import { edgarToday } from '../lib/edgar/urls';
import { spawnOf } from '../test/support/cli';

if (!hasCorpus) console.warn(`EDGAR process tests skipped: the corpus is missing at ${CORPUS_DIR}`);

const REPO = fileURLToPath(new URL('..', import.meta.url));

const isDocument = (p: string) => /^\/Archives\/edgar\/data\/\d+\/\d{18}\/[^/]+\.xml$/.test(p);

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * `npm run ingest -- ...` as one process (package.json's script, without npm in between), in its
 * own process group, so that signals reach it as Ctrl-C does from a terminal.
 */
function startIngest(args: string[], env: Record<string, string | undefined>): Running {
  const ingest = spawnOf('ingest', args, { ...env, FORCE_COLOR: '0' });
  const child = spawn(process.execPath, ingest.argv, {
    cwd: REPO,
    env: ingest.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  child.stderr!.on('data', (d) => (text += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => text, exited };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!hasCorpus)('the ingest command against EDGAR', () => {
  const edgar = useFakeEdgar();
  const running: Running[] = [];

  afterEach(() => {
    for (const r of running.splice(0)) signalGroup(r.child, 'SIGKILL');
  });

  const start = (args: string[], extraEnv: Record<string, string> = {}) => {
    const r = startIngest([...args, '--db', edgar.ws.dbPath], edgar.env(extraEnv));
    running.push(r);
    return r;
  };

  it('resumes after being killed midway: nothing lost, nothing fetched twice', async () => {
    const yelp = edgar.fake.issuerByTicker('YELP');
    expect(yelp.filings.length).toBeGreaterThanOrEqual(15);
    const killAfter = 8;
    let documents = 0;
    const first = start(['--ticker', 'YELP']);
    edgar.fake.onRequest = (r) => {
      if (isDocument(r.path) && ++documents === killAfter) signalGroup(first.child, 'SIGKILL');
    };
    const killed = await first.exited;
    edgar.fake.onRequest = null;
    expect(killed.signal).toBe('SIGKILL');
    const firstRequests: RecordedRequest[] = edgar.fake.requests.splice(0);
    const storedFirst = readStoredFilings(edgar.ws.dbPath).map((f) => f.accession);
    // Midway: some stored, not all.
    expect(storedFirst.length).toBeGreaterThan(0);
    expect(storedFirst.length).toBeLessThan(yelp.filings.length);

    const second = start(['--ticker', 'YELP']);
    const done = await second.exited;
    expect(second.output()).toContain(`${yelp.filings.length} filings found on EDGAR, ${storedFirst.length} stored before`);
    expect(done.code).toBe(0);

    // Nothing lost: every filing, whole.
    const stored = readStoredFilings(edgar.ws.dbPath);
    expect(stored.map((f) => f.accession)).toEqual(yelp.filings.map((f) => f.accession).sort());
    const db = new Database(edgar.ws.dbPath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const empty = db.prepare(
        `SELECT accession FROM filings f WHERE NOT EXISTS (SELECT 1 FROM filing_owners o WHERE o.accession = f.accession)`,
      ).all();
      expect(empty).toEqual([]);
    } finally {
      db.close();
    }

    // Nothing twice: the listing came from the disk cache, stored filings were not asked for, and
    // a document was fetched again only if it was in flight when the process died.
    const secondRequests = edgar.fake.requests;
    expect(secondRequests.filter((r) => !isDocument(r.path))).toEqual([]);
    const storedPaths = new Set(yelp.filings.filter((f) => storedFirst.includes(f.accession)).map((f) => f.documentPath));
    expect(secondRequests.filter((r) => storedPaths.has(r.path))).toEqual([]);
    const firstPaths = new Set(firstRequests.map((r) => r.path));
    const again = secondRequests.filter((r) => firstPaths.has(r.path));
    expect(again.length).toBeLessThanOrEqual(4); // SEC_MAX_CONCURRENCY's default
    const all = [...firstRequests, ...secondRequests].filter((r) => isDocument(r.path));
    expect(new Set(all.map((r) => r.path)).size).toBe(yelp.filings.length);
    console.info(
      `resume test: killed after ${killAfter} document requests with ${storedFirst.length} filings stored; ` +
        `second run fetched ${secondRequests.length} documents (${again.length} in flight at the kill)`,
    );
  });

  it('never sends more than 10 requests in any second, as the server counts them', async () => {
    const tsla = edgar.fake.issuerByTicker('TSLA');
    const run = start(['--ticker', 'TSLA'], { SEC_MAX_CONCURRENCY: '8' });
    expect((await run.exited).code, run.output()).toBe(0);

    expect(edgar.fake.requests.length).toBeGreaterThan(tsla.filings.length);
    const peak = maxInAnySecond(edgar.fake.requests);
    const span = (edgar.fake.requests.at(-1)!.at - edgar.fake.requests[0]!.at) / 1000;
    console.info(
      `rate test: ${edgar.fake.requests.length} requests in ${span.toFixed(2)} s from first to last ` +
        `(${((edgar.fake.requests.length - 1) / span).toFixed(2)}/s), at most ${peak} in any one second`,
    );
    expect(peak).toBeLessThanOrEqual(10);
    // And not so timid that a load crawls.
    expect(peak).toBeGreaterThanOrEqual(8);
  });

  it('keeps to a lower limit when SEC_MAX_RPS sets one', async () => {
    const run = start(['--ticker', 'PLTR'], { SEC_MAX_RPS: '4' });
    expect((await run.exited).code, run.output()).toBe(0);
    const peak = maxInAnySecond(edgar.fake.requests);
    console.info(`rate test at SEC_MAX_RPS=4: ${edgar.fake.requests.length} requests, at most ${peak} in any one second`);
    expect(peak).toBeLessThanOrEqual(4);
    expect(peak).toBeGreaterThanOrEqual(3);
  });

  it('follows an issuer, loads a filing as it appears, and stops cleanly on Ctrl-C', async () => {
    const rum = edgar.fake.issuerByTicker('RUM');
    const newest = rum.filings[0]!;
    edgar.fake.hold(newest.accession);
    const follower = start(['--ticker', 'RUM', '--follow', '--interval', '0.3']);
    await waitFor(() => follower.output().includes('following EDGAR'), 'the first pass');
    expect(readStoredFilings(edgar.ws.dbPath)).toHaveLength(rum.filings.length - 1);

    edgar.fake.release(newest.accession);
    await waitFor(() => follower.output().includes('1 new filings loaded'), 'the new filing');
    expect(readStoredFilings(edgar.ws.dbPath).map((f) => f.accession)).toContain(newest.accession);

    signalGroup(follower.child, 'SIGINT');
    const done = await follower.exited;
    expect(done.code, follower.output()).toBe(0);
    expect(follower.output()).toContain('stopping: finishing the current write');
    expect(follower.output()).toContain('3 filings found on EDGAR, 0 stored before');
    expect(follower.output()).toMatch(/loaded 3 \(new 3/);
    // Polls re-read the latest submissions (not the cache), but never the older pages again.
    expect(edgar.fake.count((p) => p === '/submissions/CIK0001830081.json')).toBeGreaterThanOrEqual(2);
    expect(edgar.fake.count((p) => p.endsWith('-submissions-001.json'))).toBe(1);
  });

  it('follows the whole market through today\'s daily index', async () => {
    const today = edgarToday();
    const follower = start(['--follow', '--interval', '0.3']);
    await waitFor(() => follower.output().includes('following EDGAR'), 'the first pass');
    expect(follower.output()).toContain(`EDGAR daily index ${today}: 0 Form 3/4/5 filings`);

    edgar.fake.fileOn(today, '0001104659-25-025206');
    await waitFor(() => follower.output().includes('1 new filings loaded'), 'the new filing');
    expect(readStoredFilings(edgar.ws.dbPath).map((f) => f.accession)).toEqual(['0001104659-25-025206']);

    signalGroup(follower.child, 'SIGINT');
    expect((await follower.exited).code).toBe(0);
  });
});

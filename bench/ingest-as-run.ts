// `npm run ingest` of a folder as a user runs it, beside the peer run the same way: each a program
// of its own, started fresh, timed from its start to its exit, on the same folder of files. Ours is
// the command package.json's `ingest` script runs (npm's own start left out), into a fresh database;
// the peer's is bench/peer-parse.cjs, which reads and parses every file and stores nothing. Rounds
// alternate which goes first, so neither gets the quieter machine. This is the comparison issue 11's
// target is about; in-process rounds (bench/ingest-folder.ts) show the rate once warm.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type PackageScript, readPackageScript } from '@/cli/package-script';
import { fmt, median } from './stats';

export interface AsRunResult {
  files: number;
  /** Files a second over each whole run, start to exit: ours, the peer's, and their ratio (medians of the rounds). */
  ours: number[];
  peer: number[];
  ratio: number;
  /** The rate each printed by its own clock (ours: its summary; the peer: its read-and-parse loop). */
  oursOwnClock: number;
  peerOwnClock: number;
  /** The peer's CPU time per file in its read-and-parse loop (µs, median): what it costs on any machine. */
  peerCpuUs: number;
  /**
   * Where our runs' time went (seconds, medians): Node's start, loading the command and opening the
   * database, and the exit (the run less its summary's clock); loading the files; building the
   * screener's indexes the load dropped (as its summary says), on the writer alone. The first does
   * not shrink with a smaller folder, and the last runs on one core: at 8,580 files they weigh most.
   */
  phases: { startAndExit: number; loading: number; indexBuild: number };
  loadAverage: number[];
}

interface OurRun {
  rate: number;
  ownClock: number;
  phases: AsRunResult['phases'];
}

const PEER_SCRIPT = path.join(import.meta.dirname, 'peer-parse.cjs');

function timed(command: string, args: string[], env: Record<string, string> = {}): { seconds: number; stdout: string } {
  const started = performance.now();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 16 * 2 ** 20, env: { ...process.env, ...env } });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${run.status}: ${run.stderr.slice(-2000)}`);
  return { seconds, stdout: run.stdout };
}

function runOurs({ program, args, env }: PackageScript, folder: string, files: number): OurRun {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'section16-bench-as-run-'));
  try {
    const { seconds, stdout } = timed(program, [...args, '--quiet', '--db', path.join(dir, 'bench.db'), folder], env);
    const loaded = /loaded (\d+)/.exec(stdout);
    if (!loaded || Number(loaded[1]) !== files) throw new Error(`npm run ingest loaded ${loaded?.[1] ?? 'nothing'} of ${files}: ${stdout}`);
    const own = /files? in ([\d.]+) s \([^)]*?(?:; ([\d.]+) s of it building the screener's indexes)?\)/.exec(stdout);
    const ownSeconds = own ? Number(own[1]) : NaN;
    const indexBuild = own?.[2] ? Number(own[2]) : 0;
    return {
      rate: files / seconds,
      ownClock: files / ownSeconds,
      phases: { startAndExit: seconds - ownSeconds, loading: ownSeconds - indexBuild, indexBuild },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runPeer(folder: string, files: number): { rate: number; ownClock: number; cpuUs: number } {
  const { seconds, stdout } = timed(process.execPath, [PEER_SCRIPT, folder]);
  const result = JSON.parse(stdout) as { files: number; loopSeconds: number; loopCpuSeconds: number };
  if (result.files !== files) throw new Error(`the peer read ${result.files} of ${files} files`);
  return { rate: files / seconds, ownClock: files / result.loopSeconds, cpuUs: (result.loopCpuSeconds * 1e6) / files };
}

/** `folder` holds `files` filing XMLs; the peer must be installed (bench/parse.ts loadPeer). */
export function benchIngestAsRun(folder: string, files: number, rounds = 3): AsRunResult {
  const ours: OurRun[] = [];
  const peer: ReturnType<typeof runPeer>[] = [];
  // The command's bundle built beforehand, untimed, as any earlier run of it leaves it (cli/launch.mjs).
  const ingest = readPackageScript('ingest');
  timed(ingest.program, [...ingest.args, '--help'], ingest.env);
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      ours.push(runOurs(ingest, folder, files));
      peer.push(runPeer(folder, files));
    } else {
      peer.push(runPeer(folder, files));
      ours.push(runOurs(ingest, folder, files));
    }
  }
  return {
    files,
    ours: ours.map((r) => r.rate),
    peer: peer.map((r) => r.rate),
    ratio: median(ours.map((r, i) => r.rate / peer[i]!.rate)),
    oursOwnClock: median(ours.map((r) => r.ownClock)),
    peerOwnClock: median(peer.map((r) => r.ownClock)),
    peerCpuUs: median(peer.map((r) => r.cpuUs)),
    phases: {
      startAndExit: median(ours.map((r) => r.phases.startAndExit)),
      loading: median(ours.map((r) => r.phases.loading)),
      indexBuild: median(ours.map((r) => r.phases.indexBuild)),
    },
    loadAverage: os.loadavg(),
  };
}

export function printIngestAsRun(r: AsRunResult): void {
  const rates = (values: number[]) => values.map((x) => fmt(x, 0)).join(', ');
  console.log(`\ningest as run  npm run ingest of the folder (${r.files} files) as a command, start to exit, beside the peer's parser run on the same files as a program of its own; rounds alternate`);
  console.log(`  npm run ingest     ${fmt(median(r.ours), 0)} files/s = ${fmt(r.ratio, 1)}× the peer's (target ≥ 4×); rounds ${rates(r.ours)}; by its own summary's clock ${fmt(r.oursOwnClock, 0)}/s`);
  const { startAndExit, loading, indexBuild } = r.phases;
  const loadingRate = r.files / loading;
  console.log(`  of a run (medians) start and exit ${fmt(startAndExit, 2)} s, loading the files ${fmt(loading, 2)} s (${fmt(loadingRate, 0)} files/s = ${fmt(loadingRate / r.peerOwnClock, 1)}× the peer's read-and-parse loop), building the screener's indexes ${fmt(indexBuild, 2)} s`);
  console.log(`  the peer           ${fmt(median(r.peer), 0)} files/s read and parsed (nothing stored); rounds ${rates(r.peer)}; its read-and-parse loop alone ${fmt(r.peerOwnClock, 0)}/s, ${fmt(r.peerCpuUs, 0)} µs of CPU a file`);
  console.log(`  load average       ${r.loadAverage.map((l) => fmt(l, 2)).join(' ')}`);
}

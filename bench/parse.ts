// Parse throughput: Section16's parser beside sec-edgar-toolkit's OwnershipFormParser on the same
// files in the same run. Rounds alternate between the two so that neither gets a warmer machine.
// The peer is AGPL-3.0 and used by nothing else, so it is not a dependency: the bench installs it
// for the run without saving it, and leaves the comparison out when that fails (offline).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseFiling } from '@/lib/parser';
import type { CorpusFile } from './corpus';
import { fmt, median } from './stats';

export const PEER = 'sec-edgar-toolkit@0.2.0';
export const PEER_INSTALL = `npm install --no-save ${PEER}`;

export type PeerParser = new (text: string) => { parseAll(): unknown };

const PEER_NAME = 'sec-edgar-toolkit';

function requirePeer(): PeerParser | null {
  try {
    // require (the package is CommonJS) with a variable name: type checking must not need the optional package.
    return (createRequire(import.meta.url)(PEER_NAME) as { OwnershipFormParser: PeerParser }).OwnershipFormParser;
  } catch {
    return null;
  }
}

/** The package just installed, by the path of its main file: Node remembers the package.json it did not find before. */
function requireInstalledPeer(): PeerParser | null {
  try {
    const dir = path.resolve('node_modules', PEER_NAME);
    const { main } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { main?: string };
    return (createRequire(import.meta.url)(path.join(dir, main ?? 'index.js')) as { OwnershipFormParser: PeerParser }).OwnershipFormParser;
  } catch {
    return null;
  }
}

/** The peer's parser, installed for this run (`npm install --no-save`) when missing; null when it cannot be. */
export function loadPeer(): PeerParser | null {
  const found = requirePeer();
  if (found) return found;
  console.log(`parse  the peer parser ${PEER} (AGPL-3.0) is not installed: installing it for this run, unsaved (${PEER_INSTALL})`);
  const result = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', PEER], { stdio: ['ignore', 'ignore', 'inherit'] });
  return result.status === 0 ? requireInstalledPeer() : null;
}

function timeRound(files: CorpusFile[], parse: (text: string) => unknown): number {
  const start = process.hrtime.bigint();
  for (const f of files) parse(f.text);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface ParseResult {
  filings: number;
  oursMsPerFiling: number;
  /** Null when the peer could not be installed. */
  peerMsPerFiling: number | null;
  ratio: number | null;
  oursMBps: number;
}

/** `peer`: sec-edgar-toolkit's parser (loadPeer), or null to time ours alone. */
export function benchParse(xml: CorpusFile[], peer: PeerParser | null, rounds = 7): ParseResult {
  // parseAll() is the peer's "everything on the form" call, the same work parseFiling does.
  const parseWithPeer = peer ? (text: string): unknown => new peer(text).parseAll() : null;
  const quiet = { info: console.info, warn: console.warn, log: console.log };
  // The peer logs on every parse; printing would bill it for our terminal.
  console.info = console.warn = () => {};
  const ours: number[] = [];
  const peerTimes: number[] = [];
  try {
    for (let r = 0; r < 2; r++) {
      timeRound(xml, parseFiling);
      if (parseWithPeer) timeRound(xml, parseWithPeer);
    }
    for (let r = 0; r < rounds; r++) {
      ours.push(timeRound(xml, parseFiling));
      if (parseWithPeer) peerTimes.push(timeRound(xml, parseWithPeer));
    }
  } finally {
    Object.assign(console, quiet);
  }
  const bytes = xml.reduce((n, f) => n + f.text.length, 0);
  const oursMs = median(ours);
  const peerMs = parseWithPeer ? median(peerTimes) : null;
  return {
    filings: xml.length,
    oursMsPerFiling: oursMs / xml.length,
    peerMsPerFiling: peerMs === null ? null : peerMs / xml.length,
    ratio: peerMs === null ? null : peerMs / oursMs,
    oursMBps: bytes / 1e6 / (oursMs / 1000),
  };
}

export function printParse(r: ParseResult): void {
  console.log(`parse  ${r.filings} corpus XMLs, median of rounds`);
  console.log(`  section16          ${fmt(r.oursMsPerFiling * 1000, 1)} µs/filing  (${fmt(r.oursMBps, 0)} MB/s)`);
  if (r.peerMsPerFiling === null || r.ratio === null) {
    console.log(`  sec-edgar-toolkit  not installed and could not be: no peer ratio this run (to compare, run ${PEER_INSTALL} first)`);
    return;
  }
  console.log(`  sec-edgar-toolkit  ${fmt(r.peerMsPerFiling * 1000, 1)} µs/filing`);
  console.log(`  ratio              ${fmt(r.ratio, 1)}× faster (target ≥ 8×)`);
}

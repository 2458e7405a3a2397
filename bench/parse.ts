// Parse throughput: Section16's parser beside sec-edgar-toolkit's OwnershipFormParser on the same
// files in the same run. Rounds alternate between the two so that neither gets a warmer machine.
import { OwnershipFormParser } from 'sec-edgar-toolkit';
import { parseFiling } from '@/lib/parser';
import type { CorpusFile } from './corpus';
import { fmt, median } from './stats';

function parseWithPeer(text: string): unknown {
  const parser = new OwnershipFormParser(text);
  // parseAll() is the peer's "everything on the form" call, the same work parseFiling does.
  return parser.parseAll();
}

function timeRound(files: CorpusFile[], parse: (text: string) => unknown): number {
  const start = process.hrtime.bigint();
  for (const f of files) parse(f.text);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface ParseResult {
  filings: number;
  oursMsPerFiling: number;
  peerMsPerFiling: number;
  ratio: number;
  oursMBps: number;
}

export function benchParse(xml: CorpusFile[], rounds = 7): ParseResult {
  const quiet = { info: console.info, warn: console.warn, log: console.log };
  // The peer logs on every parse; printing would bill it for our terminal.
  console.info = console.warn = () => {};
  const ours: number[] = [];
  const peer: number[] = [];
  try {
    for (let r = 0; r < 2; r++) {
      timeRound(xml, parseFiling);
      timeRound(xml, parseWithPeer);
    }
    for (let r = 0; r < rounds; r++) {
      ours.push(timeRound(xml, parseFiling));
      peer.push(timeRound(xml, parseWithPeer));
    }
  } finally {
    Object.assign(console, quiet);
  }
  const bytes = xml.reduce((n, f) => n + f.text.length, 0);
  const oursMs = median(ours);
  const peerMs = median(peer);
  return {
    filings: xml.length,
    oursMsPerFiling: oursMs / xml.length,
    peerMsPerFiling: peerMs / xml.length,
    ratio: peerMs / oursMs,
    oursMBps: bytes / 1e6 / (oursMs / 1000),
  };
}

export function printParse(r: ParseResult): void {
  console.log(`parse  ${r.filings} corpus XMLs, median of rounds`);
  console.log(`  section16          ${fmt(r.oursMsPerFiling * 1000, 1)} µs/filing  (${fmt(r.oursMBps, 0)} MB/s)`);
  console.log(`  sec-edgar-toolkit  ${fmt(r.peerMsPerFiling * 1000, 1)} µs/filing`);
  console.log(`  ratio              ${fmt(r.ratio, 1)}× faster (target ≥ 8×)`);
}

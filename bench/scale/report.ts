// What the scale benchmark prints for each size it reaches (bench/scale/run.ts measures it).
import os from 'node:os';
import { fmt } from '../stats';
import type { findTargets, CsvResult, Timing } from './measure';
import { printScreener, type ScreenerTiming } from '../screener';
import { rate, type MeasuredRates, type RateRound } from './rates';

export interface SizeResult {
  filings: number;
  rows: number;
  /** The side-by-side ingest rounds (bench/scale/rates.ts); null when only pages were timed. */
  rates: MeasuredRates | null;
  bytesPerFiling: number;
  buildSeconds: number;
  targets: ReturnType<typeof findTargets>;
  idle: Timing[];
  busy: Timing[];
  csv: CsvResult | null;
  worker: { stored: number; ms: number; wallMs: number } | null;
  /** The screener's presets, cluster view and filter combinations (bench/screener.ts), idle. */
  screener: ScreenerTiming[];
}

const pct = (x: number) => `${x >= 0 ? '+' : ''}${fmt(x * 100, 1)}%`;

/** One side-by-side round as it finishes: wall-clock rates and CPU seconds of each load. */
export function printRound(r: RateRound): void {
  const one = (t: RateRound['on']) => `${fmt(rate(t), 0)}/s ${fmt(t.cpuMs / 1000, 1)} cpu-s`;
  const pair = r.onFirst ? `on ${one(r.on)} · off ${one(r.off)}` : `off ${one(r.off)} · on ${one(r.on)}`;
  console.log(`  round ${r.from.toLocaleString('en-US')}–${r.to.toLocaleString('en-US')}: fresh ${one(r.fresh)} · ${pair} · signals ${pct(r.on.cpuMs / r.off.cpuMs - 1)} cpu, ${pct(r.on.wallMs / r.off.wallMs - 1)} wall · load ${os.loadavg().map((l) => fmt(l, 1)).join(' ')}`);
}

export function printSize(r: SizeResult, chunk: number): void {
  console.log(`\n── ${r.filings.toLocaleString('en-US')} filings (${r.rows.toLocaleString('en-US')} table rows) ──`);
  const m = r.rates;
  if (m) {
    const n = `${m.rounds.length} rounds of ${chunk.toLocaleString('en-US')}, each load after an untimed load and delete of its chunk`;
    console.log(`  ingest rate          ${fmt(m.large, 0)} filings/s into the large database, ${fmt(m.empty, 0)}/s into a fresh file (medians of ${n}); large vs fresh ${pct(m.largeVsFresh)} CPU time, ${pct(m.largeVsFreshWall)} wall (medians of the rounds' ratios; target ≤ 20% slower)`);
    console.log(`  signals' cost        ${pct(m.signalsCost)} CPU time (median of the pairs' ratios; geometric mean ${pct(m.signalsCostGeo)}; wall clock ${pct(m.signalsCostWall)}; without them ${fmt(m.largeWithoutSignals, 0)} filings/s; target ≤ 10%)`);
    console.log(`  pairs (on ÷ off − 1, CPU; which went first alternates): ${m.rounds.map((p) => `${pct(p.on.cpuMs / p.off.cpuMs - 1)}${p.onFirst ? ' (on first)' : ' (off first)'}`).join(', ')}`);
  }
  console.log(`  database             ${fmt(r.bytesPerFiling / 1024, 2)} KiB per filing (${fmt((r.bytesPerFiling * r.filings) / 2 ** 30, 2)} GiB)`);
  console.log(`  load average now     ${os.loadavg().map((l) => fmt(l, 1)).join(' ')} (2 cores shared with other work: figures vary with it)`);
  const t = r.targets;
  console.log(`  largest issuer       ${t.issuer.name} (${t.issuer.ticker}, CIK ${t.issuer.cik}): ${t.issuer.filings.toLocaleString('en-US')} filings, ${t.issuer.rows.toLocaleString('en-US')} rows`);
  console.log(`  busiest owner        ${t.person.name} (CIK ${t.person.cik}): ${t.person.filings.toLocaleString('en-US')} filings`);
  if (r.idle.length) {
    console.log(`  ${'page'.padEnd(52)} ${'idle median'.padStart(11)} ${'p95'.padStart(8)}   ${'during ingest median'.padStart(20)} ${'p95'.padStart(8)}`);
    for (const idle of r.idle) {
      const busy = r.busy.find((b) => b.path === idle.path);
      const flag = idle.status === 200 ? '' : `  HTTP ${idle.status}`;
      console.log(`  ${idle.label.padEnd(52)} ${fmt(idle.medianMs, 1).padStart(8)} ms ${fmt(idle.p95Ms, 1).padStart(5)} ms   ${busy ? `${fmt(busy.medianMs, 1).padStart(17)} ms ${fmt(busy.p95Ms, 1).padStart(5)} ms` : ''}${flag}`);
    }
    if (r.worker) {
      console.log(`  ingest alongside     ${r.worker.stored.toLocaleString('en-US')} filings in ${fmt(r.worker.wallMs / 1000, 1)} s (${fmt(r.worker.stored / (r.worker.ms / 1000), 0)} filings/s while the pages were read)`);
    }
  }
  if (r.screener.length) printScreener(r.screener, `  screener and cluster buys, idle, sequential requests (${r.filings.toLocaleString('en-US')} filings)`);
  if (r.csv) {
    const c = r.csv;
    console.log(`  CSV export           ${(c.lines - 1).toLocaleString('en-US')} rows, ${fmt(c.bytes / 2 ** 20, 1)} MiB in ${fmt(c.totalMs / 1000, 2)} s (first byte ${fmt(c.firstByteMs, 0)} ms); server RSS ${fmt(c.baselineRssMiB, 0)} → peak ${fmt(c.peakRssMiB, 0)} MiB (+${fmt(c.growthMiB, 0)} MiB)`);
  }
}

// What the scale benchmark prints for each size it reaches (bench/scale/run.ts measures it).
import os from 'node:os';
import { fmt } from '../stats';
import type { findTargets, CsvResult, Timing } from './measure';
import { printScreener, type ScreenerTiming } from '../screener';

export interface SizeResult {
  filings: number;
  rows: number;
  ingestRate: number;
  emptyRate: number;
  withoutSignalsRate: number;
  signalsCost: number;
  pairCosts: number[];
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

export function printSize(r: SizeResult, rounds: number, chunk: number): void {
  const baseline = r.emptyRate;
  const slower = (1 - r.ingestRate / baseline) * 100;
  console.log(`\n── ${r.filings.toLocaleString('en-US')} filings (${r.rows.toLocaleString('en-US')} table rows) ──`);
  if (!Number.isNaN(r.ingestRate)) console.log(`  ingest rate          ${fmt(r.ingestRate, 0)} filings/s (median of ${rounds} rounds of ${chunk.toLocaleString('en-US')}; into a fresh file, alternating: ${fmt(baseline, 0)}/s; ${slower >= 0 ? `${fmt(slower, 0)}% slower` : `${fmt(-slower, 0)}% faster`}; target ≤ 20% slower)`);
  if (!Number.isNaN(r.signalsCost)) console.log(`  signals' cost        ${fmt(r.signalsCost * 100, 1)}% (the same ${rounds} chunks loaded without them: ${fmt(r.withoutSignalsRate, 0)} filings/s; mean of the pairs, alternating which goes first: ${r.pairCosts.map((c) => `${fmt(c * 100, 1)}%`).join(', ')}; of the medians ${fmt((1 - r.ingestRate / r.withoutSignalsRate) * 100, 1)}%; target ≤ 10%)`);
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

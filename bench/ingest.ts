// Ingest throughput into a fresh database (read from memory → parse → store, batched, one core), and of
// loading the same files again (all skipped). Rounds with the signals (store-signals) switched off
// alternate with the real ones, so their cost is measured side by side under the same load.
// The corpus is loaded several times so a run holds thousands of filings; each round starts from an
// empty file. Each copy is a different filing, as in a real load: a made-up accession number and
// another issuer CIK, so that no two hold the same content.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/db/index';
import { createFilingStore } from '@/db/store';
import { ingestDocuments, type IngestInput } from '@/ingest/pipeline';
import type { CorpusFile } from './corpus';
import { fmt, median } from './stats';

export interface IngestResult {
  filings: number;
  filingsPerSecond: number;
  /** Each round's rate, in the order run. */
  rates: number[];
  /** Filings per second of this process's CPU time (user + system): less moved by other work on the machine. */
  cpuRate: number;
  /** The same rounds with the signals switched off: wall and CPU rates (medians). */
  withoutSignals: { filingsPerSecond: number; cpuRate: number };
  /** What the signals cost: 1 − the rate with them ÷ the rate without, median of each pair of rounds (CPU time). */
  signalsCost: number;
  loadAverage: number[];
  /** The same files loaded again into the full database (all skipped), per second. */
  skippedPerSecond: number;
  bytesPerFiling: number;
  documentBytesPerFiling: number;
}

export function syntheticAccession(copy: number, index: number): string {
  return `9${String(copy).padStart(9, '0')}-26-${String(index).padStart(6, '0')}`;
}

/** The filing with its issuer CIK moved to another range per copy (real CIKs stay below 10 million). */
export function copyOf(text: string, copy: number): string {
  if (copy === 0) return text;
  return text.replace(/<issuerCik>\s*(\d+)\s*<\/issuerCik>/, (_, cik: string) => `<issuerCik>${Number(cik) + copy * 10_000_000}</issuerCik>`);
}

// Seven rounds of each: on a shared machine one slow round in three moved the median by a tenth.
export function benchIngest(xml: CorpusFile[], copies = 10, rounds = 7): IngestResult {
  const inputs: IngestInput[] = [];
  for (let copy = 0; copy < copies; copy++) {
    xml.forEach((f, i) => inputs.push({ source: f.path, text: copyOf(f.text, copy), accession: syntheticAccession(copy, i) }));
  }
  const rates: number[] = [];
  const cpuRates: number[] = [];
  const offRates: number[] = [];
  const offCpuRates: number[] = [];
  let bytesPerFiling = 0;
  const skipRates: number[] = [];
  // A round first that is not counted: the first load runs before the JIT has compiled the hot code.
  for (let round = -1; round < rounds; round++) {
    // Alternating which goes first, so that neither side always meets a warmer machine.
    for (const signals of round % 2 === 0 ? [true, false] : [false, true]) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'section16-bench-'));
      try {
        const { sqlite } = openDatabase(path.join(dir, 'bench.db'));
        const store = createFilingStore(sqlite, { signals });
        const cpuBefore = process.cpuUsage();
        const summary = ingestDocuments(store, inputs);
        const cpu = process.cpuUsage(cpuBefore);
        if (summary.failed > 0) throw new Error(`ingest failed: ${summary.failures[0]?.reason}`);
        // Loaded again after each round, with or without the signals, so that both leave the same garbage behind.
        const again = ingestDocuments(store, inputs);
        if (again.skipped !== inputs.length) throw new Error(`loading again skipped ${again.skipped} of ${inputs.length}`);
        if (round < 0 || !signals) {
          if (round >= 0) {
            offRates.push(summary.loaded / (summary.elapsedMs / 1000));
            offCpuRates.push(summary.loaded / ((cpu.user + cpu.system) / 1e6));
          }
          sqlite.close();
          continue;
        }
        rates.push(summary.loaded / (summary.elapsedMs / 1000));
        cpuRates.push(summary.loaded / ((cpu.user + cpu.system) / 1e6));
        skipRates.push(again.skipped / (again.elapsedMs / 1000));
        sqlite.pragma('wal_checkpoint(TRUNCATE)');
        const pages = sqlite.pragma('page_count', { simple: true }) as number;
        const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
        bytesPerFiling = (pages * pageSize) / summary.loaded;
        sqlite.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  return {
    filings: inputs.length,
    filingsPerSecond: median(rates),
    rates,
    cpuRate: median(cpuRates),
    withoutSignals: { filingsPerSecond: median(offRates), cpuRate: median(offCpuRates) },
    signalsCost: median(cpuRates.map((on, i) => 1 - on / offCpuRates[i]!)),
    loadAverage: os.loadavg(),
    skippedPerSecond: median(skipRates),
    bytesPerFiling,
    documentBytesPerFiling: xml.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / xml.length,
  };
}

export function printIngest(r: IngestResult): void {
  console.log(`\ningest  ${r.filings} filings (the corpus XMLs × ${r.filings / 429 | 0}) into a fresh database, median of rounds`);
  console.log(`  rate               ${fmt(r.filingsPerSecond, 0)} filings/s on one core (target ≥ 5,000)`);
  console.log(`  rounds             ${r.rates.map((rate) => fmt(rate, 0)).join(', ')} filings/s`);
  console.log(`  per CPU-second     ${fmt(r.cpuRate, 0)} filings (this process's user + system time)`);
  console.log(`  signals' cost      ${fmt(r.signalsCost * 100, 1)}% (without them ${fmt(r.withoutSignals.filingsPerSecond, 0)} filings/s, ${fmt(r.withoutSignals.cpuRate, 0)} per CPU-second; median of paired rounds, alternating; of the medians ${fmt((1 - r.cpuRate / r.withoutSignals.cpuRate) * 100, 1)}%)`);
  console.log(`  load average       ${r.loadAverage.map((l) => fmt(l, 2)).join(' ')} (2 cores shared with other work: figures vary with it)`);
  console.log(`  loaded again       ${fmt(r.skippedPerSecond, 0)} filings/s (the same files into the full database: all skipped)`);
  console.log(`  database           ${fmt(r.bytesPerFiling / 1024, 1)} KiB per filing (the original document alone: ${fmt(r.documentBytesPerFiling / 1024, 1)} KiB)`);
}

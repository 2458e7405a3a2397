// Data-set load rate: filings a second from an SEC data-set zip in memory to committed rows (unzip,
// read the tables, build each filing and its document, store), beside the XML ingest. The zip is
// written from the corpus XMLs in the SEC's format (test/support/dataset-writer.ts), copied as
// bench/ingest.ts copies them: each copy another accession and issuer CIK, so no two are the same.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/index';
import { createFilingStore } from '../db/store';
import { ingestDatasetZip } from '../ingest/datasets';
import { parseFiling } from '../lib/parser/index';
import { writeDatasetZip, type DatasetFilingInput } from '../test/support/dataset-writer';
import type { CorpusFile } from './corpus';
import { fmt, median } from './stats';

export interface DatasetResult {
  filings: number;
  filingsPerSecond: number;
  rates: number[];
  zipBytesPerFiling: number;
}

/** A real quarter's size (the range is about 40,000 to 65,000 filings). */
const QUARTER = 65_000;

/** The corpus `copies` times over; copies from `firstCopy` on, so that quarters made apart share no filing or issuer. */
export function quarterOf(xml: CorpusFile[], copies: number, firstCopy = 0): DatasetFilingInput[] {
  const parsed = xml.map((f) => parseFiling(f.text));
  const out: DatasetFilingInput[] = [];
  for (let copy = firstCopy; copy < firstCopy + copies; copy++) {
    parsed.forEach((p, i) => {
      const signed = p.signatures.map((s) => s.date).filter((d): d is string => d !== null && /^\d{4}-\d\d-\d\d$/.test(d)).sort().at(-1);
      out.push({
        accession: `8${String(copy).padStart(9, '0')}-26-${String(i).padStart(6, '0')}`,
        filedAt: signed ?? p.periodOfReport ?? '2026-01-02',
        parsed: copy === 0 ? p : { ...p, issuer: { ...p.issuer, cik: String(Number(p.issuer.cik) + copy * 10_000_000) } },
      });
    });
  }
  return out;
}

export function benchDatasets(xml: CorpusFile[], copies = 10, rounds = 3): DatasetResult {
  const filings = quarterOf(xml, copies);
  const zip = writeDatasetZip(filings, { aff10b5One: true });
  const rates: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'section16-bench-'));
    try {
      const { sqlite } = openDatabase(path.join(dir, 'bench.db'));
      const started = performance.now();
      const summary = ingestDatasetZip(createFilingStore(sqlite), zip, 'bench_form345.zip');
      const seconds = (performance.now() - started) / 1000;
      if (summary.failed > 0) throw new Error(`data-set load failed: ${summary.failures[0]?.reason}`);
      rates.push(summary.loaded / seconds);
      sqlite.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { filings: filings.length, filingsPerSecond: median(rates), rates, zipBytesPerFiling: zip.length / filings.length };
}

export function printDatasets(r: DatasetResult): void {
  console.log(`\ndata set  ${r.filings} filings in one SEC data-set zip in memory (the corpus XMLs written in its format) into a fresh database`);
  console.log(`  rate               ${fmt(r.filingsPerSecond, 0)} filings/s on one core (unzip, tables, each filing's document, store)`);
  console.log(`  rounds             ${r.rates.map((rate) => fmt(rate, 0)).join(', ')} filings/s`);
  console.log(`  a quarter          ${fmt(QUARTER / r.filingsPerSecond, 0)} s for ${QUARTER.toLocaleString('en-US')} filings at this rate (zip: ${fmt(r.zipBytesPerFiling / 1024, 2)} KiB a filing)`);
}

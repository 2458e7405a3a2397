// The folder ingest's bound on more cores: the one writer alone, given every document as the workers
// hand them over (read, parsed, compressed and serialized beforehand, outside the timing), so that
// the rate is what the writer does when workers enough keep it fed. Timed: taking each chunk off
// the wire as the writer takes a worker's message, and everything `npm run ingest` does with it
// (batches, the deferred indexes' build, the bulk load's journaling). Beside it, the peer's read-and-parse
// loop in a process of its own, from the as-run rounds of the same run (ingest-as-run.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { openDatabase } from '@/db/index';
import { createFilingStore } from '@/db/store';
import { startBulkLoad } from '@/db/bulk-load';
import { ingestDocuments, type IngestInput, type IngestPool, type PendingInput } from '@/ingest/pipeline';
import { prepareDocument } from '@/ingest/prepare-document';
import { chunkResult, type ChunkResult, preparedFrom } from '@/ingest/worker-protocol';
import type { CorpusFile } from './corpus';
import { copyOf, syntheticAccession } from './ingest';
import type { AsRunResult } from './ingest-as-run';
import { fmt, median } from './stats';

/** As the workers send them (worker-pool.ts): 32 documents a message. */
const CHUNK = 32;

export interface WriterBoundResult {
  filings: number;
  filingsPerSecond: number;
  rates: number[];
  loadAverage: number[];
}

/** A pool whose workers have done everything already: each chunk is deserialized when the writer reaches it. */
function preparedPool(messages: readonly Buffer[]): IngestPool {
  return {
    size: 1,
    *prepareInOrder(inputs: Iterable<IngestInput>): Generator<PendingInput> {
      let at = 0;
      let chunk: ReturnType<typeof preparedFrom> = [];
      for (const input of inputs) {
        if (at % CHUNK === 0) chunk = preparedFrom(deserialize(messages[at / CHUNK]!) as ChunkResult);
        yield { input, prepared: chunk[at++ % CHUNK] };
      }
    },
    whenReady: async () => {},
    stats: () => ({ byWorkers: 0, here: 0, writerWaitedMs: 0 }),
    close: async () => {},
  };
}

export function benchWriterBound(xml: CorpusFile[], copies = 20, rounds = 3): WriterBoundResult {
  const inputs: IngestInput[] = [];
  const texts: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    xml.forEach((f, i) => {
      inputs.push({ source: f.path, accession: syntheticAccession(copy, i) });
      texts.push(copyOf(f.text, copy));
    });
  }
  const messages: Buffer[] = [];
  for (let at = 0; at < texts.length; at += CHUNK) {
    const tasks = texts.slice(at, at + CHUNK).map((text) => ({ text }));
    messages.push(serialize(chunkResult(0, tasks, prepareDocument)));
  }
  const rates: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'section16-bench-writer-'));
    try {
      const started = performance.now();
      // As ingestPaths opens a load of more than one batch.
      const { sqlite } = openDatabase(path.join(dir, 'bench.db'), { bulkLoad: true });
      const bulkLoad = startBulkLoad(sqlite);
      const summary = ingestDocuments(createFilingStore(sqlite), inputs, { pool: preparedPool(messages), bulkLoad });
      bulkLoad.stop();
      sqlite.close();
      const rate = inputs.length / ((performance.now() - started) / 1000);
      if (summary.loaded !== inputs.length) throw new Error(`the writer alone loaded ${summary.loaded} of ${inputs.length}: ${summary.failures[0]?.reason ?? ''}`);
      rates.push(rate);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return {
    filings: inputs.length,
    filingsPerSecond: median(rates),
    rates,
    loadAverage: os.loadavg(),
  };
}

export function printWriterBound(r: WriterBoundResult, peer: AsRunResult | null): void {
  console.log(`\nwriter alone   the folder ingest's bound on more cores: ${r.filings} documents handed over as the workers send them (prepared beforehand), stored by the one writer, median of ${r.rates.length} rounds`);
  console.log(`  rate               ${fmt(r.filingsPerSecond, 0)} filings/s${peer ? ` = ${fmt(r.filingsPerSecond / peer.peerOwnClock, 1)}× the peer's read-and-parse loop (${fmt(peer.peerOwnClock, 0)}/s in its own process)` : ''}; rounds ${r.rates.map((x) => fmt(x, 0)).join(', ')}`);
  console.log(`  load average       ${r.loadAverage.map((l) => fmt(l, 2)).join(' ')}`);
}

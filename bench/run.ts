// `npm run bench`: prints the figures the README quotes. Reads the corpus from ../shared/corpus.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type CorpusFile, corpusDir, loadCorpus } from './corpus';
import { benchDatasets, printDatasets } from './datasets';
import { benchDatasetRun, benchDatasetsInto, printDatasetRun } from './datasets-run';
import { benchIngest, printIngest } from './ingest';
import { benchPages, printPages } from './pages';
import { benchIngestAsRun, printIngestAsRun } from './ingest-as-run';
import { benchFolderIngest, printFolderIngest, writeFolder } from './ingest-folder';
import { benchParse, loadPeer, printParse } from './parse';
import { benchWriterBound, printWriterBound } from './writer-bound';
import { benchScreener, printScreener } from './screener';

const corpus = loadCorpus();
if (!corpus) {
  console.error(`No corpus at ${corpusDir}: the benchmarks need ../shared/corpus.`);
  process.exit(1);
}

// --pages-only: just the page times (the parse and ingest rounds take about a minute).
const pagesOnly = process.argv.includes('--pages-only');
// --datasets-only [--quarters N] [--copies N] [--into PATH]: the data-set figures alone, at a size of
// your choosing (--copies 120: quarters of 51,480 filings), or on a kept database (bench/datasets-run.ts).
// --folder-only [--copies N]: the folder ingest's figures alone, on the corpus × N (20 unless given).
const { values: args } = parseArgs({ strict: false, options: { quarters: { type: 'string' }, copies: { type: 'string' }, into: { type: 'string' } } });
const count = (value: unknown, fallback: number) => (typeof value === 'string' && Number(value) >= 1 ? Math.floor(Number(value)) : fallback);

console.log(`Section16 benchmarks · Node ${process.version} · ${new Date().toISOString()}\n`);
if (process.argv.includes('--datasets-only')) {
  const copies = count(args.copies, 10);
  if (typeof args.into === 'string') benchDatasetsInto(args.into, corpus.xml, copies);
  else {
    printDatasets(benchDatasets(corpus.xml, copies, 1));
    printDatasetRun(benchDatasetRun(corpus.xml, count(args.quarters, 4), copies));
  }
  process.exit(0);
}
/** The folder ingest as run (beside the peer, when installed), warm in this process, and its writer alone, on the files × `copies`. */
function benchFolder(xml: CorpusFile[], copies: number, peer: boolean): void {
  const folder = writeFolder(xml, copies);
  try {
    const filings = xml.length * copies;
    const asRun = peer ? benchIngestAsRun(folder, filings) : null;
    if (asRun) printIngestAsRun(asRun);
    else console.log('\ningest as run  not measured: the peer is not installed');
    printFolderIngest(benchFolderIngest(folder, filings), copies, asRun);
    printWriterBound(benchWriterBound(xml, copies), asRun);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv.includes('--folder-only')) {
  benchFolder(corpus.xml, count(args.copies, 20), loadPeer() !== null);
  process.exit(0);
}
if (!pagesOnly) {
  const peer = loadPeer();
  const parse = benchParse(corpus.xml, peer);
  printParse(parse);
  printIngest(benchIngest(corpus.xml));
  // The corpus × 20 as 8,580 files, each run's start (Node, our modules, the workers) counted as a user waits for it.
  benchFolder(corpus.xml, 20, peer !== null);
  printDatasets(benchDatasets(corpus.xml));
  printDatasetRun(benchDatasetRun(corpus.xml));
}
if (pagesOnly || !process.argv.includes('--no-pages')) {
  printPages(await benchPages());
  printScreener(await benchScreener(), 'screener and cluster buys  next start on the corpus database, sequential requests');
}

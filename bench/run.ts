// `npm run bench`: prints the figures the README quotes. Reads the corpus from ../shared/corpus.
import { corpusDir, loadCorpus } from './corpus';
import { benchDatasets, printDatasets } from './datasets';
import { benchIngest, printIngest } from './ingest';
import { benchPages, printPages } from './pages';
import { benchFolderIngest, printFolderIngest } from './ingest-folder';
import { benchParse, loadPeer, printParse } from './parse';
import { benchScreener, printScreener } from './screener';

const corpus = loadCorpus();
if (!corpus) {
  console.error(`No corpus at ${corpusDir}: the benchmarks need ../shared/corpus.`);
  process.exit(1);
}

// --pages-only: just the page times (the parse and ingest rounds take about a minute).
const pagesOnly = process.argv.includes('--pages-only');

console.log(`Section16 benchmarks · Node ${process.version} · ${new Date().toISOString()}\n`);
if (!pagesOnly) {
  const peer = loadPeer();
  const parse = benchParse(corpus.xml, peer);
  printParse(parse);
  printIngest(benchIngest(corpus.xml));
  printFolderIngest(benchFolderIngest(corpus.xml, peer), parse);
  printDatasets(benchDatasets(corpus.xml));
}
if (pagesOnly || !process.argv.includes('--no-pages')) {
  printPages(await benchPages());
  printScreener(await benchScreener(), 'screener and cluster buys  next start on the corpus database, sequential requests');
}

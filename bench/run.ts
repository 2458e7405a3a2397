// `npm run bench`: prints the figures the README quotes. Reads the corpus from ../shared/corpus.
import { corpusDir, loadCorpus } from './corpus';
import { benchIngest, printIngest } from './ingest';
import { benchPages, printPages } from './pages';
import { benchParse, printParse } from './parse';

const corpus = loadCorpus();
if (!corpus) {
  console.error(`No corpus at ${corpusDir}: the benchmarks need ../shared/corpus.`);
  process.exit(1);
}

console.log(`Section16 benchmarks · Node ${process.version} · ${new Date().toISOString()}\n`);
printParse(benchParse(corpus.xml));
printIngest(benchIngest(corpus.xml));
if (!process.argv.includes('--no-pages')) printPages(await benchPages());

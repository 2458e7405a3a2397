// The bulk ingest that runs in its own process while the scale benchmark times pages: it goes on
// loading the benchmark's next filings until SIGTERM (or --count), then prints one line of JSON.
// Usage: tsx bench/scale/ingest-worker.ts --db PATH --from I --count N --max M
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/index';
import { createFilingStore } from '@/db/store';
import { DEFAULT_BATCH_SIZE } from '@/ingest/pipeline';
import { startBulkLoad } from '@/db/bulk-load';
import { loadCorpus } from '../corpus';
import { ingestRange } from './build';
import { FilingGenerator, planFor } from './generate';

const { values } = parseArgs({
  options: { db: { type: 'string' }, from: { type: 'string' }, count: { type: 'string' }, max: { type: 'string' } },
});
const from = Number(values.from);
const count = Number(values.count);
const max = Number(values.max);
if (!values.db || !Number.isInteger(from) || !Number.isInteger(count) || !Number.isInteger(max)) {
  console.error('usage: ingest-worker --db PATH --from I --count N --max M');
  process.exit(2);
}

let stop = false;
process.on('SIGTERM', () => {
  stop = true;
});

const corpus = loadCorpus();
if (!corpus) throw new Error('no corpus');
const generator = FilingGenerator.fromCorpus(corpus.xml, planFor(max));
const { sqlite } = openDatabase(values.db, { bulkLoad: true });
const store = createFilingStore(sqlite);
const bulkLoad = startBulkLoad(sqlite);
// Tell the parent we are about to write, so its timings start with the ingest under way.
process.stdout.write('ready\n');
const started = performance.now();
// A batch at a time, committed as `npm run ingest` commits them; a stop comes within a few seconds.
// The SIGTERM handler runs between batches: each yields to the event loop.
let next = from;
let stored = 0;
let ms = 0;
let failed = 0;
while (!stop && next < from + count) {
  const r = ingestRange(store, generator, next, Math.min(from + count, next + DEFAULT_BATCH_SIZE), max, { bulkLoad });
  next = r.next;
  stored += r.stored;
  failed += r.failed;
  ms += r.ms;
  await new Promise((resolve) => setImmediate(resolve));
}
bulkLoad.stop();
sqlite.close();
process.stdout.write(`${JSON.stringify({ next, stored, failed, ms, wallMs: performance.now() - started })}\n`);

// Runs the EDGAR look-alike on its own, for the Playwright test's web server and for trying the
// loader by hand:  npx tsx test/fake-edgar/serve-fake-edgar.ts [port]
// then  EDGAR_BASE_URL=http://127.0.0.1:PORT EDGAR_DATA_URL=http://127.0.0.1:PORT npm run ingest -- --ticker MDB
import { CORPUS_DIR, hasCorpus, startFakeEdgar } from './fake-edgar';

if (!hasCorpus) {
  console.error(`the EDGAR look-alike needs the corpus at ${CORPUS_DIR}`);
  process.exit(1);
}
const port = Number(process.argv[2] ?? process.env.FAKE_EDGAR_PORT ?? 0);
const fake = await startFakeEdgar({ port });
console.log(`fake EDGAR listening on ${fake.url} (${fake.issuers.size} issuers)`);
const stop = () => void fake.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

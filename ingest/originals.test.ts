// The originals of data-set filings, against the loopback EDGAR look-alike: the corpus submissions
// written as a data set and loaded from it, then their own documents fetched newest first and stored
// over the copies; a second run asks for nothing; --since; a 404 leaves the copy; the app's
// background fetch one at a time, each filing once; and the command line.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../db/index';
import { getFilingJson } from '../db/queries/filing-json';
import { createFilingStore } from '../db/store';
import { EdgarClient } from '../lib/edgar/client';
import { readEdgarConfig } from '../lib/edgar/env';
import { Progress } from '../lib/edgar/progress';
import { parseFiling } from '../lib/parser/index';
import { finished, startCli } from '../test/support/cli';
import { corpusFiles } from '../test/support/corpus';
import { writeDatasetZip, type DatasetFilingInput } from '../test/support/dataset-writer';
import { hasCorpus } from '../test/fake-edgar/fake-edgar';
import { useFakeEdgar } from '../test/fake-edgar/fake-edgar-suite';
import { ingestDatasetZip } from './datasets';
import { createLoadRegistry } from './edgar-jobs';
import { loadAllOriginals } from './originals';

/** The corpus submissions (each with its accession, issuer and EDGAR filing date in its header). */
const submissions = hasCorpus
  ? corpusFiles('submissions').map((file) => {
      const parsed = parseFiling(readFileSync(file, 'utf8'));
      return { file, accession: parsed.accession!, issuerCik: parsed.issuer.cik, filedAt: parsed.filedAt!, parsed };
    })
  : [];
const archivePath = (s: { issuerCik: string; accession: string }) => `/Archives/edgar/data/${s.issuerCik}/${s.accession}.txt`;
/** Newest filing date first, then the higher accession: the order the originals are asked for. */
const newestFirst = [...submissions].sort((a, b) => b.filedAt.localeCompare(a.filedAt) || b.accession.localeCompare(a.accession));

describe.skipIf(!hasCorpus)('the originals of data-set filings', () => {
  const edgar = useFakeEdgar();
  let opened: OpenedDatabase;

  beforeEach(() => {
    opened = openDatabase(edgar.ws.dbPath);
    const copies: DatasetFilingInput[] = submissions.map(({ accession, filedAt, parsed }) => ({ accession, filedAt, parsed }));
    const summary = ingestDatasetZip(createFilingStore(opened.sqlite), writeDatasetZip(copies, { aff10b5One: true }), 'corpus_form345.zip');
    expect(summary).toMatchObject({ loaded: submissions.length, failed: 0 });
  });
  afterEach(() => {
    if (opened.sqlite.open) opened.sqlite.close();
  });

  const origins = () => opened.sqlite.prepare('SELECT origin, count(*) AS n FROM filings GROUP BY origin ORDER BY origin').all();
  const run = async (since: string | null = null) => {
    const client = new EdgarClient(readEdgarConfig(edgar.env({ SEC_RETRY_BASE_MS: '1', SEC_MAX_RETRIES: '1' })));
    const progress = new Progress();
    const deps = { client, hosts: client.config, store: createFilingStore(opened.sqlite), db: opened.db, progress, concurrency: 1 };
    await loadAllOriginals(deps, { since });
    return progress.snapshot();
  };

  it('fetches each submission newest first and stores it over its copy; a second run asks for nothing', async () => {
    expect(origins()).toEqual([{ origin: 'dataset', n: submissions.length }]);
    const copy = getFilingJson('0000320193-22-000061', opened.db)!;
    expect(copy).toMatchObject({ source: 'dataset', acceptedAt: null });

    const first = await run();
    expect(first).toMatchObject({ found: submissions.length, loaded: submissions.length, replaced: submissions.length, failed: 0 });
    expect(edgar.fake.requests.map((r) => r.path)).toEqual(newestFirst.map(archivePath));
    expect(origins()).toEqual([{ origin: 'document', n: submissions.length }]);
    // Apple's Form 4 of 2022-05-06 as filed: its acceptance time is back, its days late unchanged.
    expect(getFilingJson('0000320193-22-000061', opened.db)).toMatchObject({ source: 'document', acceptedAt: '2022-05-06T18:30:57', filedAt: '2022-05-06', daysLate: copy.daysLate });

    edgar.fake.reset();
    expect(await run()).toMatchObject({ found: 0, loaded: 0, failed: 0 });
    expect(edgar.fake.requests).toEqual([]);
  });

  it('with a day, fetches only the filings filed on or after it', async () => {
    const since = '2025-03-01';
    const wanted = newestFirst.filter((s) => s.filedAt >= since);
    expect(wanted.length).toBeGreaterThan(3);
    expect(await run(since)).toMatchObject({ found: wanted.length, loaded: wanted.length, failed: 0 });
    expect(edgar.fake.requests.map((r) => r.path)).toEqual(wanted.map(archivePath));
    expect(origins()).toEqual([{ origin: 'dataset', n: submissions.length - wanted.length }, { origin: 'document', n: wanted.length }]);
  });

  it('names a document EDGAR will not serve, keeps its copy and goes on', async () => {
    const gone = newestFirst[1]!;
    edgar.fake.fault(archivePath(gone), { status: 404 });
    const summary = await run();
    expect(summary).toMatchObject({ loaded: submissions.length - 1, failed: 1 });
    expect(summary.failures).toEqual([{ accession: gone.accession, url: `${edgar.fake.url}${archivePath(gone)}`, reason: expect.stringMatching(/^HTTP 404/) }]);
    expect(getFilingJson(gone.accession, opened.db)).toMatchObject({ source: 'dataset' });
  });

  it("fetches a page's original in the background, one at a time and each once, when the server may load", async () => {
    const registry = createLoadRegistry({ env: edgar.env(), openStore: () => createFilingStore(opened.sqlite) });
    const [a, b] = newestFirst;
    const ask = (s: typeof a) => registry.fetchOriginal({ accession: s!.accession, issuerCik: s!.issuerCik, formType: '4', filedAt: s!.filedAt });
    edgar.fake.delay(archivePath(a!), 300);
    expect(ask(a)).toBe(true);
    expect(ask(b)).toBe(true);
    expect(ask(a)).toBe(false); // already asked: the same fetch, not a second one
    await registry.originalsSettled();
    expect(edgar.fake.requests.map((r) => r.path)).toEqual([archivePath(a!), archivePath(b!)]);
    // The second is asked for only once the first (held back 300 ms) has come.
    expect(edgar.fake.requests[1]!.at - edgar.fake.requests[0]!.at).toBeGreaterThanOrEqual(290);
    expect(getFilingJson(a!.accession, opened.db)).toMatchObject({ source: 'document' });
    expect(getFilingJson(b!.accession, opened.db)).toMatchObject({ source: 'document' });
    expect(ask(b)).toBe(false);
    expect(edgar.fake.requests).toHaveLength(2);
  });

  // Started, not run synchronously: the look-alike server answers from this process.
  const ingest = (args: string[], env: Record<string, string | undefined>) => finished(startCli('ingest', args, env));

  it('runs from the command line, and a second run finds nothing to do', async () => {
    opened.sqlite.close();
    const env = { ...edgar.env(), DATABASE_PATH: edgar.ws.dbPath };
    const first = await ingest(['--originals', '--since', '2025-03-12', '--quiet'], env);
    expect(first.stderr).toBe('');
    const wanted = newestFirst.filter((s) => s.filedAt >= '2025-03-12').length;
    expect(first.stdout).toContain(`loaded ${wanted} (new 0, replaced ${wanted}, unchanged 0), failed 0`);
    expect(first.status).toBe(0);
    const again = await ingest(['--originals', '--since', '2025-03-12', '--quiet'], env);
    expect(again.stdout).toMatch(/^0 filings found on EDGAR, 0 stored before; fetched 0 with 0 requests/);
    expect(await ingest(['--originals', '--since', 'March'], env)).toMatchObject({ status: 2, stderr: expect.stringContaining('--since "March" is not a day') });
  });
});

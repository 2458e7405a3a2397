// Industries for a history loaded from the data sets, against the loopback EDGAR look-alike: the
// corpus submissions written as a data set (which carries no SIC code) and loaded from it, then each
// issuer's code asked of its submissions JSON, which lists Tesla's as EDGAR does.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../db/index';
import { listIndustryActivity } from '../db/queries/industries';
import { getIssuerByCik } from '../db/queries/issuers';
import { createFilingStore } from '../db/store';
import { EdgarClient } from '../lib/edgar/client';
import { readEdgarConfig } from '../lib/edgar/env';
import { Progress } from '../lib/edgar/progress';
import { parseFiling } from '../lib/parser/index';
import { parseTradeParams } from '../lib/trade-params';
import { finished, startCli } from '../test/support/cli';
import { corpusFiles } from '../test/support/corpus';
import { writeDatasetZip } from '../test/support/dataset-writer';
import { hasCorpus } from '../test/fake-edgar/fake-edgar';
import { useFakeEdgar } from '../test/fake-edgar/fake-edgar-suite';
import { ingestDatasetZip } from './datasets';
import { fillIndustries } from './industries';

const submissions = hasCorpus ? corpusFiles('submissions').map((file) => parseFiling(readFileSync(file, 'utf8'))) : [];
const issuers = [...new Set(submissions.map((s) => s.issuer.cik))];
const TESLA = '1318605';

describe.skipIf(!hasCorpus)('industries for a history loaded from the data sets', () => {
  const edgar = useFakeEdgar();
  let opened: OpenedDatabase;

  beforeEach(() => {
    opened = openDatabase(edgar.ws.dbPath);
    const copies = submissions.map((parsed) => ({ accession: parsed.accession!, filedAt: parsed.filedAt!, parsed }));
    expect(ingestDatasetZip(createFilingStore(opened.sqlite), writeDatasetZip(copies), 'corpus_form345.zip')).toMatchObject({ failed: 0 });
  });
  afterEach(() => {
    if (opened.sqlite.open) opened.sqlite.close();
  });

  const run = () => {
    const client = new EdgarClient(readEdgarConfig(edgar.env({ SEC_RETRY_BASE_MS: '1', SEC_MAX_RETRIES: '1' })));
    return fillIndustries({ client, hosts: client.config, store: createFilingStore(opened.sqlite), db: opened.db, progress: new Progress(), concurrency: 2 });
  };
  const asked = () => edgar.fake.requests.map((r) => /^\/submissions\/CIK0*(\d+)\.json$/.exec(r.path)?.[1] ?? r.path).sort();

  it('asks each issuer without a code once and gives it the code EDGAR lists; a run again asks only the rest', async () => {
    expect(getIssuerByCik(TESLA, opened.db)?.industry).toBeNull();
    const first = await run();
    expect(asked()).toEqual([...issuers].sort());
    expect(first).toMatchObject({ asked: issuers.length, coded: 1 });
    expect(first.none + first.failures.length).toBe(issuers.length - 1);
    const motorVehicles = { sic: '3711', title: 'Motor Vehicles & Passenger Car Bodies' };
    expect(getIssuerByCik(TESLA, opened.db)?.industry).toEqual(motorVehicles);
    // Each of its lines carries it, and those of its filings loaded from the next data set too (on /industries).
    const linesOf = () => opened.sqlite.prepare<[string], string | null>(
      'SELECT DISTINCT i.sic FROM filing_rows r JOIN issuers i ON i.cik = r.issuer_cik WHERE r.issuer_cik = ?').pluck().all(TESLA);
    expect(linesOf()).toEqual(['3711']);
    const tesla = submissions.filter((s) => s.issuer.cik === TESLA);
    const later = tesla.map((parsed, i) => ({ accession: `9999999999-26-${String(i).padStart(6, '0')}`, filedAt: '2026-11-02', parsed }));
    expect(ingestDatasetZip(createFilingStore(opened.sqlite), writeDatasetZip(later), 'later_form345.zip')).toMatchObject({ loaded: tesla.length });
    expect(getIssuerByCik(TESLA, opened.db)?.industry).toEqual(motorVehicles);
    const window = parseTradeParams(new URLSearchParams('filedFrom=2026-11-01')).params;
    expect(listIndustryActivity(window, { db: opened.db }).map((a) => a.industry)).toEqual([motorVehicles]);

    edgar.fake.reset();
    const second = await run();
    expect(second).toMatchObject({ asked: issuers.length - 1, coded: 0 });
    expect(asked()).not.toContain(TESLA);
  });

  it('runs from the command line, naming an issuer EDGAR would not answer for, and exits 1', async () => {
    opened.sqlite.close();
    edgar.fake.fault('/submissions/CIK0000320193.json', { status: 404 });
    const run = startCli('ingest', ['--industries', '--quiet'], { ...edgar.env({ SEC_MAX_RETRIES: '0' }), DATABASE_PATH: edgar.ws.dbPath });
    const { status, stdout, stderr } = await finished(run);
    expect(stdout).toMatch(new RegExp(`^industries: ${issuers.length} issuers asked in [\\d.]+ s \\(\\d+ requests\\); 1 given a code, ${issuers.length - 2} without one at EDGAR, 1 failed`));
    expect(stderr).toContain('  CIK 320193: EDGAR has no filer with CIK 320193');
    expect(status).toBe(1);
    expect(await finished(startCli('ingest', ['--industries', 'some.xml'], edgar.env()))).toMatchObject({ status: 2, stderr: expect.stringContaining('--industries asks SEC EDGAR: name no files') });
  });
});

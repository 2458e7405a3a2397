// `npm run ingest -- --datasets 2024q3 | 2020q1:2024q4 | all`: the quarters found on the SEC's
// listing page, downloaded through the project's EDGAR client (SEC_USER_AGENT, at most 10 requests
// a second, retries, disk cache: a zip once downloaded is not downloaded again, so a run killed
// halfway resumes where it stopped, and the filings it stored are skipped) and loaded as local zips are.
import { createCoverageLog } from '../db/edgar-coverage';
import { openDatabase, resolveDatabasePath } from '../db/index';
import { createFilingStore, type FilingStore } from '../db/store';
import { startBulkLoad } from '../db/bulk-load';
import { DATASETS_LISTING_PATH, listedQuarters, parseQuarterSpec, selectQuarters } from '../lib/datasets/listing';
import { EdgarClient, EdgarRequestError } from '../lib/edgar/client';
import { readEdgarConfig, type EdgarEnv } from '../lib/edgar/env';
import { ingestDatasetZip, type DatasetOptions } from './datasets';
import { startPartsRun } from './index-run';
import type { IngestPathsOptions } from './files';
import { emptySummary, type IngestSummary } from './pipeline';

/** The listing changes once a quarter: a copy younger than this is used again. */
const LISTING_MAX_AGE_MS = 6 * 3600_000;

export interface DatasetQuartersOptions extends DatasetOptions {
  /** Told the latest quarter the SEC's listing links (the filings after it come from EDGAR's daily indexes). */
  onLatest?: (quarter: string) => void;
}

/**
 * Loads the quarters `spec` names into `store`. A quarter the page does not list, a zip EDGAR will
 * not serve (after the client's retries) and everything a zip's own problems are become failures
 * in the summary; the rest is loaded.
 */
export async function ingestDatasetQuarters(
  client: EdgarClient,
  spec: string,
  store: FilingStore,
  options: DatasetQuartersOptions = {},
  summary: IngestSummary = emptySummary(0),
): Promise<IngestSummary> {
  const wanted = parseQuarterSpec(spec);
  const pageUrl = `${client.config.baseUrl}${DATASETS_LISTING_PATH}`;
  const fail = (source: string, reason: string) => {
    summary.total++;
    summary.failed++;
    summary.failures.push({ source, reason });
  };
  let html: string;
  try {
    html = await client.getText(pageUrl, { maxAgeMs: LISTING_MAX_AGE_MS });
  } catch (error) {
    if (!(error instanceof EdgarRequestError)) throw error;
    fail(pageUrl, `the SEC's data-set listing could not be read: ${error.message}`);
    return summary;
  }
  const listed = listedQuarters(html, pageUrl);
  if (listed.length === 0) {
    fail(pageUrl, 'the SEC\'s data-set listing links no quarter (no "YYYYqN_form345.zip"): has the page changed?');
    return summary;
  }
  options.onLatest?.(listed.at(-1)!.quarter);
  const { quarters, unlisted } = selectQuarters(listed, wanted);
  for (const quarter of unlisted) fail(pageUrl, `${quarter} is not on the SEC's data-set listing`);
  // One load for the deferred indexes (ingest/index-run.ts): the quarters weigh the same, their
  // sizes being unknown until downloaded.
  const run = startPartsRun(store, quarters.map(() => 1), summary);
  try {
    for (const [part, { url }] of quarters.entries()) {
      let zip: Uint8Array;
      try {
        // Published quarters do not change: a cached zip is never fetched again.
        zip = await client.getBytes(url, { maxAgeMs: Infinity });
      } catch (error) {
        if (!(error instanceof EdgarRequestError)) throw error;
        fail(url, error.message);
        continue;
      }
      run.at(part);
      ingestDatasetZip(store, zip, url, { ...options, indexRun: run }, summary);
    }
  } finally {
    run.finish();
  }
  return summary;
}

/** The command line's way in: the environment's EDGAR settings, the database opened for a bulk load. */
export async function loadDatasetQuarters(spec: string, options: IngestPathsOptions & Pick<DatasetQuartersOptions, 'onLatest'> & { env?: EdgarEnv } = {}): Promise<IngestSummary> {
  parseQuarterSpec(spec); // a bad spec is named before the database is opened or anything is sent
  const client = new EdgarClient(readEdgarConfig(options.env ?? process.env));
  const { sqlite } = openDatabase(resolveDatabasePath(options.dbPath), { bulkLoad: true });
  const bulkLoad = startBulkLoad(sqlite);
  try {
    return await ingestDatasetQuarters(client, spec, createFilingStore(sqlite), { ...options, bulkLoad, coverage: createCoverageLog(sqlite) });
  } finally {
    bulkLoad.stop();
    sqlite.close();
  }
}

// The original is better than the copy: the filer's own documents of the filings stored from the
// SEC's data sets (numbers rounded to the cent, no acceptance time), fetched from EDGAR newest first
// through the project's client (SEC_USER_AGENT, its rate limit, retries, disk cache) as the complete
// submission `.txt`, and stored through the pipeline over the copy. Resumable: a filing whose
// original is stored is no longer a data-set filing, so a second run goes on with the rest.
import type { AppDatabase } from '../db/index';
import type { FilingStore } from '../db/store';
import { type DatasetFilingRef, listDatasetFilings } from '../db/queries/dataset-filings';
import { fetchDocuments, type FetchDeps } from '../lib/edgar/fetch';
import type { FilingRef } from '../lib/edgar/sources';
import { submissionTextUrl } from '../lib/edgar/urls';
import { ParseError } from '../lib/parser/index';
import { ingestStream, type IngestInput, type IngestOutcome, type IngestPool } from './pipeline';

export interface OriginalsDeps extends FetchDeps {
  store: FilingStore;
  /** Workers that parse and compress the documents fetched (the command line's); without, this thread does. */
  pool?: IngestPool;
}

/** Data-set filings read from the database at a time (each page is fetched, then the next read). */
const PAGE = 500;

/** Where EDGAR keeps a filing's complete submission (under its issuer's CIK, as under each filer's). */
export function originalRef(filing: Pick<DatasetFilingRef, 'accession' | 'issuerCik' | 'formType' | 'filedAt'>, hosts: FetchDeps['hosts']): FilingRef {
  return { accession: filing.accession, formType: filing.formType, url: submissionTextUrl(hosts, filing.issuerCik, filing.accession), filedAt: filing.filedAt, acceptedAt: null };
}

/**
 * Fetches and stores the originals of these filings (their copies are replaced: the store lets an
 * original replace a data set's copy), counting into `deps.progress`. A document EDGAR will not
 * serve or that does not parse is a failure there, and its copy stays.
 */
export async function loadOriginals(deps: OriginalsDeps, refs: readonly FilingRef[]): Promise<void> {
  const documents = fetchDocuments(deps, refs, { isStored: () => false });
  async function* inputs(): AsyncGenerator<IngestInput> {
    for await (const d of documents) yield { source: d.source, text: d.text, accession: d.accession, filedAt: d.filedAt, acceptedAt: d.acceptedAt };
  }
  // force: the original replaces the copy even where the two say the same.
  await ingestStream(deps.store, inputs(), { force: true, pool: deps.pool, onOutcome: (outcome) => count(deps, outcome) });
}

/**
 * Every data-set filing filed on or after `since` (all without it), newest first, a page at a time.
 * Stops between documents when `deps.signal` aborts; what was stored stays.
 */
export async function loadAllOriginals(deps: OriginalsDeps & { db: AppDatabase }, options: { since?: string | null } = {}): Promise<void> {
  let after: { filingDate: string; accession: string } | null = null;
  while (!deps.signal?.aborted) {
    const page = listDatasetFilings(deps.db, { since: options.since ?? null, after, limit: PAGE });
    if (page.length === 0) return;
    await loadOriginals(deps, page.map((f) => originalRef(f, deps.hosts)));
    // Failed ones stay data-set filings: the key moves past them, so this run does not ask again.
    const last = page[page.length - 1]!;
    after = { filingDate: last.filingDate, accession: last.accession };
  }
}

function count({ progress }: OriginalsDeps, outcome: IngestOutcome): void {
  if (outcome.status !== 'failed') return progress.stored(outcome.status);
  const reason = outcome.error instanceof ParseError ? `bad filing (${outcome.error.code}): ${outcome.error.message}` : outcome.reason;
  progress.failed({ accession: outcome.accession ?? '', url: outcome.source, reason });
}

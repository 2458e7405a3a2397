import type { AppDatabase } from '../db/index';
import { countStoredFilings, getFilingDocument, listStoredFilings } from './filing-document';
import type { FilingStore } from '../db/store';
import { emptySummary, ingestDocuments, type IngestInput, type IngestOptions, type IngestSummary } from './pipeline';

/** Filings listed at a time: the list of a few million keys is never held at once. */
const PAGE = 20_000;

/**
 * Parses every stored filing again from its original document and replaces it: after a parser fix,
 * the database catches up without the files it was loaded from. A filing keeps its key, its source
 * and (a bare XML) the filing date its submission gave it; one whose document no longer parses is
 * reported as failed and stays as it was.
 */
export function reparseStored(db: AppDatabase, store: FilingStore, options: Omit<IngestOptions, 'force'> = {}): IngestSummary {
  const summary = emptySummary(countStoredFilings(db));
  for (let after = ''; ;) {
    const page = listStoredFilings(after, PAGE, db);
    if (page.length === 0) return summary;
    after = page.at(-1)!.accession;
    const inputs = page.map(({ accession, source, origin }): IngestInput => ({
      source: source ?? `stored:${accession}`,
      accession,
      origin,
      read: () => {
        const stored = getFilingDocument(accession, db);
        if (!stored) throw new Error('deleted while re-parsing');
        return stored.text;
      },
    }));
    ingestDocuments(store, inputs, { ...options, force: true }, summary);
  }
}

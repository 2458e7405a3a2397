// The bundled sample filings (made-up issuers such as Contoso Retail, and the seed Form 4) that a
// fresh install starts with. This file is the one place that knows how a filing is a sample: the
// sample loader (ingest/sample.ts) stores each under a `sample:` source, and nothing else does.
//
// Samples never sit beside real filings: they go only into an empty database, and the store removes
// them all (with the issuers and owners left without a filing) in the transaction that stores the
// first real filing. So while samples are stored every filing is one, and the first row says which
// kind of database this is: one indexed read, where looking for a `sample:` source would scan the table.
import type Database from 'better-sqlite3';

const SAMPLE_PREFIX = 'sample:';

/** The source a sample filing is stored under: `sample:` and the file it came from. */
export function sampleSource(file: string): string {
  return `${SAMPLE_PREFIX}${file}`;
}

export function isSampleSource(source: string | null | undefined): boolean {
  return source != null && source.startsWith(SAMPLE_PREFIX);
}

/** SQL: whether the database holds the samples (then every filing in it is one). */
export const HOLDS_SAMPLES_SQL = `SELECT coalesce((SELECT substr(source, 1, ${SAMPLE_PREFIX.length}) = '${SAMPLE_PREFIX}' FROM filings ORDER BY rowid LIMIT 1), 0) AS holds`;

/** SQL: the stored sample filings (a scan, run only when the database holds them). */
const SAMPLE_FILINGS_SQL = `SELECT accession FROM filings WHERE substr(source, 1, ${SAMPLE_PREFIX.length}) = '${SAMPLE_PREFIX}'`;

export interface SampleSweep {
  /**
   * Before a filing from `source` is stored: when it is real and the database holds samples,
   * removes every sample filing and the issuers and owners left with none. Runs inside the
   * store's transaction; true when it removed something (the store then forgets the names it
   * remembered).
   */
  beforeStore(source: string | null): boolean;
  /** At the start of each transaction: the next real filing looks again (another connection may have loaded samples). */
  forget(): void;
}

/** `removeFiling` deletes one filing the way the store does (relinking amendments that pointed at it). */
export function createSampleSweep(sqlite: Database.Database, removeFiling: (accession: string) => void): SampleSweep {
  const statements = {
    holdsSamples: sqlite.prepare<[], number>(HOLDS_SAMPLES_SQL).pluck(),
    sampleFilings: sqlite.prepare<[], string>(SAMPLE_FILINGS_SQL).pluck(),
    issuersOf: sqlite.prepare<[string], string>('SELECT issuer_cik FROM filings WHERE accession = ?').pluck(),
    ownersOf: sqlite.prepare<[string], string>('SELECT owner_cik FROM filing_owners WHERE accession = ?').pluck(),
    deleteIssuer: sqlite.prepare<[string]>('DELETE FROM issuers WHERE cik = ? AND NOT EXISTS (SELECT 1 FROM filings WHERE issuer_cik = issuers.cik)'),
    // A made-up issuer's names are no former names of anyone: search must not find them (migration 0014).
    deleteAliases: sqlite.prepare<[string]>('DELETE FROM issuer_aliases WHERE cik = ?'),
    deleteNameSearch: sqlite.prepare<[string]>('DELETE FROM issuer_name_search WHERE cik = ?'),
    deleteOwner: sqlite.prepare<[string]>('DELETE FROM owners WHERE cik = ? AND NOT EXISTS (SELECT 1 FROM filing_owners WHERE owner_cik = owners.cik)'),
  };

  // Within a transaction, once the database is known to hold no samples it holds none until a
  // sample is stored: the check runs once per transaction, not once per filing.
  let noSamples = false;
  return {
    beforeStore(source) {
      if (isSampleSource(source)) {
        noSamples = false;
        return false;
      }
      if (noSamples) return false;
      noSamples = true;
      if (statements.holdsSamples.get() !== 1) return false;
      const issuers = new Set<string>();
      const owners = new Set<string>();
      for (const accession of statements.sampleFilings.all()) {
        for (const cik of statements.issuersOf.all(accession)) issuers.add(cik);
        for (const cik of statements.ownersOf.all(accession)) owners.add(cik);
        removeFiling(accession);
      }
      for (const cik of issuers) {
        if (statements.deleteIssuer.run(cik).changes === 0) continue;
        statements.deleteAliases.run(cik);
        statements.deleteNameSearch.run(cik);
      }
      for (const cik of owners) statements.deleteOwner.run(cik);
      return true;
    },
    forget: () => {
      noSamples = false;
    },
  };
}

/**
 * A database prepared before samples were marked holds them under their file paths: when every
 * filing in it came from one of `files` (the bundled sample's paths as stored then), they are
 * marked as samples now (`files` maps each path to its sample source). Returns how many were marked.
 */
export function markUnmarkedSamples(sqlite: Database.Database, files: ReadonlyMap<string, string>): number {
  const sources = sqlite.prepare<[number], string | null>('SELECT source FROM filings LIMIT ?').pluck();
  const stored = sources.all(files.size + 1);
  if (stored.length === 0 || stored.length > files.size || !stored.every((source) => source !== null && files.has(source))) return 0;
  const mark = sqlite.prepare<[string, string]>('UPDATE filings SET source = ? WHERE source = ?');
  return sqlite.transaction(() => stored.reduce((marked, source) => marked + mark.run(files.get(source!)!, source!).changes, 0)).immediate();
}

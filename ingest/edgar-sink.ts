// Where fetched filings go. The loader only needs two questions answered ("is this accession
// stored?" and "store this text"), so it takes this small interface: the real one sits on the
// SQLite store, tests can hand in anything.
import type { ParsedFiling } from '../lib/parser/types';

export type SinkOutcome = 'loaded' | 'replaced' | 'skipped';

/** What EDGAR's listing says about a filing, for documents (bare XML) that do not carry it. */
export interface FilingMeta {
  accession: string;
  filedAt: string | null;
  acceptedAt: string | null;
}

export interface FilingSink {
  has(accession: string): boolean;
  /** Parses and stores one document atomically. Throws (a `ParseError`, say) when it cannot. */
  store(text: string, source: string, meta: FilingMeta): SinkOutcome;
}

/** The parts of the filing store (db/store.ts) the sink uses. */
export interface StoreLike {
  hasFiling(accession: string): boolean;
  storeFiling(
    parsed: ParsedFiling,
    options: { document: string; source?: string | null; accession?: string | null },
  ): { status: SinkOutcome };
}

/**
 * A sink over the filing store. A bare XML carries no accession, filing date or acceptance time:
 * they come from EDGAR's listing. A complete submission's own header wins where it has them.
 */
export function createStoreSink(store: StoreLike, parse: (text: string) => ParsedFiling): FilingSink {
  return {
    has: (accession) => store.hasFiling(accession),
    store(text, source, meta) {
      const parsed = parse(text);
      const filing: ParsedFiling = {
        ...parsed,
        accession: parsed.accession ?? meta.accession,
        filedAt: parsed.filedAt ?? meta.filedAt,
        acceptedAt: parsed.acceptedAt ?? meta.acceptedAt,
      };
      return store.storeFiling(filing, { document: text, source, accession: filing.accession }).status;
    },
  };
}

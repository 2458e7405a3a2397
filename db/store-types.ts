// What the store takes and answers (db/store.ts): the options of one filing, the filing as the
// store reads it, and the store's interface.
import type { DerivativeRow, Industry, NonDerivativeRow, ParsedFiling } from '../lib/parser/types';

export type StoreStatus = 'loaded' | 'replaced' | 'skipped';

export interface StoreResult {
  status: StoreStatus;
  /** The key the filing is stored under (for `skipped`, the one already there). */
  accession: string;
}

export interface StoreOptions {
  /**
   * The original text as read (a bare XML or a whole submission), kept for re-parsing. With
   * `packedDocument` given, read only when the store needs the text (it may be a getter that
   * unpacks it).
   */
  document: string;
  /** The document already compressed (`packDocument`, db/document.ts), by an ingest worker. */
  packedDocument?: Uint8Array;
  /** Where it came from: a file path or URL. */
  source?: string | null;
  /** The accession when the text does not carry one (taken from a file name or an EDGAR path). */
  accession?: string | null;
  /** Replace even when the same content is stored already (after a parser fix, say). */
  force?: boolean;
  /**
   * 'dataset' for a document written from the SEC's data sets (lib/datasets): it never replaces a
   * filing stored from its original document, which always replaces it. Default 'document'.
   */
  origin?: 'document' | 'dataset';
}

/** A line of Table I or II as the store reads it: its footnote ids are kept in the document only. */
export type StorableLine = Omit<NonDerivativeRow, 'footnoteIds'>;
export type StorableDerivativeLine = Omit<DerivativeRow, 'footnoteIds'>;

/**
 * A parsed filing as the store reads it: all but its footnotes, remarks and lines' footnote ids,
 * which only the stored document keeps (the filing's page reads them there). What an ingest worker
 * sends; a `ParsedFiling` is one.
 */
export type StorableFiling = Omit<ParsedFiling, 'footnotes' | 'remarks' | 'nonDerivative' | 'derivative'> & {
  nonDerivative: StorableLine[];
  derivative: StorableDerivativeLine[];
};

export interface StoreItem {
  parsed: StorableFiling;
  options: StoreOptions;
}

export type StoreItemOutcome = StoreResult | { status: 'failed'; error: unknown };

export interface FilingStore {
  /**
   * Stores one parsed filing atomically: all of it or nothing. Inside `batch` it runs in a
   * SAVEPOINT, so a failure undoes only this filing.
   */
  storeFiling(parsed: StorableFiling, options: StoreOptions): StoreResult;
  /**
   * Stores many filings in one transaction (one commit: the fast way to load), or in one savepoint
   * inside `batch`. A filing that fails comes back as `failed` and leaves no trace; the others are
   * stored. Atomic as a whole: a killed process leaves all of them or none.
   */
  storeFilings(items: readonly StoreItem[]): StoreItemOutcome[];
  /**
   * Inside `batch` only: stores filings with no savepoint each (the fast way: in a large database a
   * savepoint costs more than the filing's own writes). When one fails it throws, and the whole
   * batch must roll back; a caller may then run it again with `storeFiling`, one savepoint each.
   */
  storeFilingsOrThrow(items: readonly StoreItem[]): StoreResult[];
  /** Runs `fn` in one write transaction (BEGIN IMMEDIATE): many filings, one commit. */
  batch<T>(fn: () => T): T;
  hasFiling(accession: string): boolean;
  /**
   * Gives issuer `cik` the industry EDGAR's listing of it gives on day `asOf` (YYYY-MM-DD): every
   * line of the issuer's shows it, those of its data sets' copies and bare XMLs too, until a filing
   * filed later says otherwise. False when the issuer is not stored.
   */
  setIssuerIndustry(cik: string, industry: Industry, asOf: string): boolean;
  /**
   * Whether the filing stored under `accession` has exactly this document: storing it again would
   * skip it, so a load run again can say so without parsing it. The document may be given as a
   * function that returns it: called only when a filing is stored under the accession.
   */
  holdsDocument(accession: string, document: string | (() => string)): boolean;
  countFilings(): number;
  /** Removes a filing and everything under it; amendments that pointed at it are relinked. */
  deleteFiling(accession: string): boolean;
  /** Whether a load of `incoming` filings is large enough against the database to build the indexes the store never reads after it (db/deferred-indexes.ts). */
  worthDeferringIndexes(incoming: number): boolean;
  /** Drops the indexes the store never reads, to be built once by `buildDeferredIndexes`; inside a batch, undone with it. */
  deferIndexes(): void;
  /** After a load: builds the indexes deferred (by this load or one that died). */
  buildDeferredIndexes(): void;
}

export interface FilingStoreOptions {
  /**
   * false: store no signals (days late, suspect-value flags, months traded), so that the bench can
   * measure what they cost. Default true; a database loaded without them needs a reparse.
   */
  signals?: boolean;
}

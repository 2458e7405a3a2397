// The store: each parsed filing stored once, atomically, under its accession (or an id derived from
// its content), replacing what it supersedes. Writing the rows (store-writes), keeping names
// (store-names) and linking amendments (store-amendments) live beside it; its types in store-types.
import type Database from 'better-sqlite3';
import { deferIndexes, restoreDeferredIndexes, worthDeferring } from './deferred-indexes';
import { createStoredAliases } from './store-aliases';
import { createAmendmentLinks } from './store-amendments';
import { createStoredNames } from './store-names';
import { createFilingWrites } from './store-writes';
import { createSampleSweep } from './samples';
import { contentHashOf, createContentLookup, derivedAccession, isDerivedAccession } from './same-content';

export type {
  FilingStore, FilingStoreOptions, StorableDerivativeLine, StorableFiling, StorableLine, StoreItem, StoreItemOutcome,
  StoreOptions, StoreResult, StoreStatus,
} from './store-types';
import type { FilingStore, FilingStoreOptions, StorableFiling, StoreItem, StoreItemOutcome, StoreOptions, StoreResult } from './store-types';

export function createFilingStore(sqlite: Database.Database, storeOptions: FilingStoreOptions = {}): FilingStore {
  const statements = {
    filingByAccession: sqlite.prepare<[string], StoredHeader & { content_hash: string; origin: string }>(
      'SELECT content_hash, filed_at, accepted_at, issuer_sic, issuer_sic_title, origin FROM filings WHERE accession = ?',
    ),
    exists: sqlite.prepare<[string], number>('SELECT 1 FROM filings WHERE accession = ?').pluck(),
    count: sqlite.prepare<[], number>('SELECT count(*) FROM filings').pluck(),
  };
  const countFilings = () => statements.count.get() ?? 0;
  const writes = createFilingWrites(sqlite, { signals: storeOptions.signals });
  const names = createStoredNames(sqlite);
  const aliases = createStoredAliases(sqlite);
  const amendments = createAmendmentLinks(sqlite);
  const content = createContentLookup(sqlite);
  // A filing removed: what is known of derived ids is read again; the amendments it orphans are
  // returned (removeAndRelink links them anew at once).
  const remove = (accession: string) => {
    derivedKnown = null;
    return writes.remove(accession);
  };
  const removeAndRelink = (accession: string) => {
    for (const amendment of remove(accession)) amendments.relink(amendment);
  };
  const samples = createSampleSweep(sqlite, removeAndRelink);

  // The store's outermost write (a batch, or a filing or deletion on its own): what is checked once
  // per transaction is checked afresh at its start, and the signals that read across filings are
  // settled before it commits. Writes nested in it (a filing's savepoint in a batch) leave both to it.
  let depth = 0;
  // Whether a filing is stored under a derived id, as last read in this transaction: read again
  // after this store removes a filing or stores one under a derived id.
  let derivedKnown: boolean | null = null;
  const anyDerived = () => (derivedKnown ??= content.anyDerived());
  function outermost<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
    return (...args) => {
      if (depth > 0) return fn(...args);
      depth++;
      samples.forget();
      aliases.forget();
      names.begin();
      derivedKnown = null;
      try {
        const result = fn(...args);
        writes.settle();
        return result;
      } catch (error) {
        writes.discard();
        throw error;
      } finally {
        depth--;
      }
    };
  }

  const forgetNamesOnError = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      // A rollback may undo a write noted here, or bring back the samples a sweep removed.
      derivedKnown = null;
      names.forget();
      samples.forget();
      aliases.forget();
      throw error;
    }
  };

  function storeOne(filed: StorableFiling, options: StoreOptions): StoreResult {
    // The first real filing takes the bundled samples away (db/samples.ts), names and all.
    if (samples.beforeStore(options.source ?? null)) {
      names.forget();
      aliases.forget();
    }
    let parsed = filed;
    const given = parsed.accession ?? options.accession ?? null;
    // The content hash keys a bare XML (its derived id) and finds the same content stored under
    // another id, which matters only to a bare XML (given no id, or its derived id by a re-parse)
    // and, where a bare XML may be stored under a derived id, to a filing with an accession. When no derived id is stored at all (a database
    // loaded from EDGAR), a new filing is stored with '' for a hash and hashed when first compared:
    // hashing every filing was a tenth of the ingest. The same-content lookup reads a row of each
    // same-day filing of the issuer.
    const derivedStored = given !== null && anyDerived();
    const contentHash = given === null || derivedStored || isDerivedAccession(given) ? contentHashOf(parsed.ownershipXml) : null;
    const sameContent = contentHash === null ? [] : content.accessionsWithContent(parsed, contentHash);

    if (given === null && sameContent.length > 0 && !options.force) {
      // A bare XML already stored, under its derived id or the real accession: prefer the real one.
      const existing = sameContent.find((a) => !isDerivedAccession(a)) ?? sameContent[0]!;
      return { status: 'skipped', accession: existing };
    }
    // A bare XML known by its derived id (as a re-parse gives it) that has since moved to its real
    // accession (a data set's copy gave it one) is stored there.
    const moved = given !== null && isDerivedAccession(given) ? sameContent.find((a) => !isDerivedAccession(a)) : undefined;
    if (moved !== undefined && !statements.exists.get(given!)) return { status: 'skipped', accession: moved };
    // A bare XML whose data set's copy is stored takes the copy's place and accession, when exactly
    // one copy is the same filing to the cent (lib/domain/same-filing.ts): never a guess.
    const copy = given === null && sameContent.length === 0 && options.origin !== 'dataset' ? content.onlyCopyOf(parsed) : null;
    const accession = given ?? copy ?? derivedAccession(contentHash ?? contentHashOf(parsed.ownershipXml));

    const stored = statements.filingByAccession.get(accession);
    // The original is better than the copy: a data set's copy never replaces a filer's own document.
    if (stored && options.origin === 'dataset' && stored.origin !== 'dataset') return { status: 'skipped', accession };
    if (stored) {
      // A bare XML knows no filing date, acceptance time or industry: reloading one over its
      // submission (or its data set's copy) keeps them.
      parsed = withStoredHeader(parsed, stored);
      if (!options.force && !addsHeader(stored, parsed) && content.sameAsStored(accession, stored.content_hash, parsed, options.document, contentHash)) {
        return { status: 'skipped', accession };
      }
    }

    let write: FilingWrite = { parsed, contentHash: contentHash ?? '', source: options.source ?? null, document: options.packedDocument ?? options.document, origin: options.origin };
    // Replace this accession, and the same content stored earlier under a derived id.
    const replaced = stored ? [accession] : [];
    if (given !== null) replaced.push(...sameContent.filter((a) => isDerivedAccession(a) && a !== accession));
    if (options.origin === 'dataset' && derivedStored) {
      // A data set's copy of a bare XML stored under a derived id (exactly one, the same filing to the
      // cent): the original stays, moved to the copy's accession with the copy's filing date.
      const original = content.onlyOriginalOf(parsed, accession, replaced);
      if (original !== null) {
        write = {
          parsed: { ...original.parsed, filedAt: parsed.filedAt ?? original.parsed.filedAt, acceptedAt: original.acceptedAt ?? original.parsed.acceptedAt },
          contentHash: original.contentHash, source: original.source, document: original.document, origin: 'document',
        };
        replaced.push(original.accession);
      }
    }
    const orphaned = replaced.flatMap(remove);
    if (isDerivedAccession(accession)) derivedKnown = null;

    names.note(write.parsed);
    writes.insert(accession, write.parsed, write.contentHash, write.source, write.document, write.origin);
    aliases.note(write.parsed.issuer);

    for (const amendment of orphaned) amendments.relink(amendment);
    amendments.linkStored(accession, write.parsed);

    return { status: replaced.length > 0 ? 'replaced' : 'loaded', accession };
  }

  // Inside another transaction this is a SAVEPOINT: a failure undoes this filing only.
  const storeInSavepoint = sqlite.transaction(outermost(storeOne));
  const storeFiling = (parsed: StorableFiling, options: StoreOptions) => forgetNamesOnError(() => storeInSavepoint(parsed, options));

  // A savepoint per filing costs about as much as the filing's own writes (SQLite copies every
  // page a savepoint touches first), and store failures are rare (parse errors happen before any
  // write). So: the whole batch without savepoints, and only if something fails, all of it again
  // with one savepoint per filing.
  const storeEachOrThrow = (items: readonly StoreItem[]): StoreResult[] => items.map((item) => storeOne(item.parsed, item.options));
  const storeAllOrThrow = sqlite.transaction(outermost(storeEachOrThrow));
  const storeEachSafely = sqlite.transaction(outermost((items: readonly StoreItem[]): StoreItemOutcome[] =>
    items.map((item) => {
      try {
        return storeFiling(item.parsed, item.options);
      } catch (error) {
        return { status: 'failed', error };
      }
    })));
  function storeFilings(items: readonly StoreItem[]): StoreItemOutcome[] {
    if (items.length === 0) return [];
    try {
      return forgetNamesOnError(() => storeAllOrThrow.immediate(items));
    } catch {
      return storeEachSafely.immediate(items);
    }
  }

  const deleteFiling = sqlite.transaction(outermost((accession: string): boolean => {
    if (!statements.exists.get(accession)) return false;
    removeAndRelink(accession);
    return true;
  }));

  return {
    storeFiling,
    storeFilings,
    storeFilingsOrThrow: (items) => {
      if (!sqlite.inTransaction) throw new Error('storeFilingsOrThrow runs inside batch()');
      return storeEachOrThrow(items);
    },
    batch: (fn) => forgetNamesOnError(() => sqlite.transaction(outermost(fn)).immediate()),
    hasFiling: (accession) => statements.exists.get(accession) !== undefined,
    setIssuerIndustry: (cik, industry, asOf) => sqlite.transaction(() => names.setIndustry(cik, industry, asOf)).immediate(),
    holdsDocument: (accession, document) => content.holdsDocument(accession, document),
    countFilings,
    deleteFiling: (accession) => deleteFiling(accession),
    worthDeferringIndexes: (incoming) => worthDeferring(incoming, countFilings),
    deferIndexes: () => deferIndexes(sqlite),
    buildDeferredIndexes: () => void restoreDeferredIndexes(sqlite),
  };
}

/** What is written for one filing: what was given, or the original a data set's copy found. */
interface FilingWrite {
  parsed: StorableFiling;
  contentHash: string;
  source: string | null;
  /** As text, or already packed. */
  document: string | Uint8Array;
  origin: StoreOptions['origin'];
}

/** What a submission's header adds to its XML, as stored. */
interface StoredHeader {
  filed_at: string | null;
  accepted_at: string | null;
  issuer_sic: string | null;
  issuer_sic_title: string | null;
}

/** `parsed` with the header fields it lacks taken from the stored filing. */
function withStoredHeader<T extends StorableFiling>(parsed: T, stored: StoredHeader): T {
  return {
    ...parsed,
    filedAt: parsed.filedAt ?? stored.filed_at,
    acceptedAt: parsed.acceptedAt ?? stored.accepted_at,
    issuerIndustry: parsed.issuerIndustry ?? (stored.issuer_sic === null ? null : { sic: stored.issuer_sic, title: stored.issuer_sic_title }),
  };
}

/** A submission's header (filing date, acceptance time, industry) is worth a reload of the same XML without one. */
function addsHeader(stored: StoredHeader, parsed: StorableFiling): boolean {
  return (parsed.filedAt !== null && parsed.filedAt !== stored.filed_at)
    || (parsed.acceptedAt !== null && parsed.acceptedAt !== stored.accepted_at)
    || (parsed.issuerIndustry !== null && (parsed.issuerIndustry.sic !== stored.issuer_sic || parsed.issuerIndustry.title !== stored.issuer_sic_title));
}

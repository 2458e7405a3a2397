// Which stored filing holds the same content as a new one: the same ownership XML, whichever file
// (a bare XML, a submission) it came in and whatever id it was stored under; and which data set's
// copy is the same filing as a bare XML, which has no accession to say so (lib/domain/same-filing.ts).
import { hash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { isSameFilingToTheCent } from '../lib/domain/same-filing';
import { parseFiling } from '../lib/parser/index';
import type { ParsedFiling } from '../lib/parser/types';
import type { StorableFiling } from './store';
import { unpackDocument } from './document';

/** sha256 of the ownership XML: the same filing has the same hash whichever file it came in. */
export function contentHashOf(ownershipXml: string): string {
  return hash('sha256', ownershipXml, 'hex');
}

/** The stable id of a filing known only by its content: `x` + 20 hex digits of its hash. */
export function derivedAccession(contentHash: string): string {
  return `x${contentHash.slice(0, 20)}`;
}

export function isDerivedAccession(accession: string): boolean {
  return accession.startsWith('x');
}

/**
 * Lookups by content, on the store's connection, inside its transactions. `content_hash` is '' for
 * a filing stored under its accession while no bare XML was stored under a derived id (see
 * `storeOne` in db/store.ts): these hash such a filing from its document when they first need to.
 */
export function createContentLookup(sqlite: Database.Database) {
  const statements = {
    // The same content has the same issuer, period and form: found through their index, so the hash
    // needs none of its own (a random-key index costs a page write per filing in a large database).
    // Those stored without a hash ('') are candidates until hashed.
    accessionsWithContent: sqlite.prepare<[string, string | null, string, string], { accession: string; contentHash: string }>(
      "SELECT accession, content_hash AS contentHash FROM filings WHERE issuer_cik = ? AND period_of_report IS ? AND form_type = ? AND content_hash IN (?, '') ORDER BY accession"),
    documentOf: sqlite.prepare<[string], string | Buffer>('SELECT document FROM filings WHERE accession = ?').pluck(),
    setContentHash: sqlite.prepare<[string, string]>('UPDATE filings SET content_hash = ? WHERE accession = ?'),
    // Derived ids (`x…`) sort after every EDGAR accession (digits): the end of the primary key.
    anyDerived: sqlite.prepare<[], number>("SELECT 1 FROM filings WHERE accession >= 'x' LIMIT 1").pluck(),
    // The same filing has the same owners: only the filings of the issuer, period and form that one
    // of them is on are parsed and compared.
    datasetCopies: sqlite.prepare<[string, string | null, string, string], { accession: string; document: string | Buffer }>(`
      SELECT accession, document FROM filings f
      WHERE issuer_cik = ? AND period_of_report IS ? AND form_type = ? AND origin = 'dataset'
        AND EXISTS (SELECT 1 FROM filing_owners o WHERE o.accession = f.accession AND o.owner_cik = ?)
      ORDER BY accession`),
    derivedOriginals: sqlite.prepare<[string, string | null, string, string], StoredOriginalRow>(`
      SELECT accession, document, source, content_hash AS contentHash, accepted_at AS acceptedAt FROM filings f
      WHERE issuer_cik = ? AND period_of_report IS ? AND form_type = ? AND accession >= 'x' AND origin = 'document'
        AND EXISTS (SELECT 1 FROM filing_owners o WHERE o.accession = f.accession AND o.owner_cik = ?)
      ORDER BY accession`),
  };

  /** The text of the document stored under `accession` (decompressed once), or null when there is none. */
  function storedText(accession: string): string | null {
    const stored = statements.documentOf.get(accession);
    return stored === undefined ? null : unpackDocument(stored);
  }

  /** Stored filings of the issuer, period and form whose ownership XML has this hash. */
  function accessionsWithContent(parsed: StorableFiling, contentHash: string): string[] {
    const found: string[] = [];
    for (const candidate of statements.accessionsWithContent.all(parsed.issuer.cik, parsed.periodOfReport, parsed.formType, contentHash)) {
      let candidateHash = candidate.contentHash;
      if (candidateHash === '') {
        // Stored without its hash: hashed now, and kept.
        const text = storedText(candidate.accession);
        const xml = text === null ? null : ownershipXmlOf(text);
        if (xml === null) continue;
        candidateHash = contentHashOf(xml);
        statements.setContentHash.run(candidateHash, candidate.accession);
      }
      if (candidateHash === contentHash) found.push(candidate.accession);
    }
    return found;
  }

  /** Whether the filing stored under `accession` has the same ownership XML as `parsed`. */
  function sameAsStored(accession: string, storedHash: string, parsed: StorableFiling, document: string, contentHash: string | null): boolean {
    if (storedHash !== '') return storedHash === (contentHash ?? contentHashOf(parsed.ownershipXml));
    // Stored without its hash: the same file loaded again has the same document (the common case,
    // a load run twice); a submission and its bare XML have the same ownership XML.
    const text = storedText(accession);
    if (text === document) return true;
    return text !== null && ownershipXmlOf(text) === parsed.ownershipXml;
  }

  /** Whether the filing stored under `accession` has exactly this document (given as a function: asked for only when one is stored). */
  function holdsDocument(accession: string, document: string | (() => string)): boolean {
    const stored = storedText(accession);
    return stored !== null && stored === (typeof document === 'string' ? document : document());
  }

  /** The data sets' copies of the filing a bare XML holds (lib/domain/same-filing.ts). */
  function datasetCopiesOf(original: StorableFiling): { accession: string; parsed: ParsedFiling }[] {
    const owner = original.reportingOwners[0]?.cik;
    if (owner === undefined) return [];
    const found: { accession: string; parsed: ParsedFiling }[] = [];
    for (const row of statements.datasetCopies.all(original.issuer.cik, original.periodOfReport, original.formType, owner)) {
      const parsed = parsedOrNull(unpackDocument(row.document));
      if (parsed !== null && isSameFilingToTheCent(original, parsed)) found.push({ accession: row.accession, parsed });
    }
    return found;
  }

  /** The bare XMLs stored under a derived id that hold the filing a data set's copy is of. */
  function derivedOriginalsOf(copy: StorableFiling): StoredOriginal[] {
    const owner = copy.reportingOwners[0]?.cik;
    if (owner === undefined) return [];
    const found: StoredOriginal[] = [];
    for (const row of statements.derivedOriginals.all(copy.issuer.cik, copy.periodOfReport, copy.formType, owner)) {
      const document = unpackDocument(row.document);
      const parsed = parsedOrNull(document);
      if (parsed !== null && isSameFilingToTheCent(parsed, copy)) found.push({ ...row, document, parsed });
    }
    return found;
  }

  /**
   * The accession of the one data set's copy of the filing a bare XML (not stored yet) holds; null
   * when there is none, or more than one, or the copy is as much the copy of another bare XML stored
   * under a derived id: never a guess.
   */
  function onlyCopyOf(original: StorableFiling): string | null {
    const copies = datasetCopiesOf(original);
    if (copies.length !== 1) return null;
    return derivedOriginalsOf(copies[0]!.parsed).length === 0 ? copies[0]!.accession : null;
  }

  /**
   * The one bare XML stored under a derived id (other than those in `besides`) of the filing a data
   * set's copy, to be stored under `accession`, holds; null when there is none, or more than one, or
   * it is as much the original of another copy stored: never a guess.
   */
  function onlyOriginalOf(copy: StorableFiling, accession: string, besides: readonly string[]): StoredOriginal | null {
    const originals = derivedOriginalsOf(copy).filter((o) => !besides.includes(o.accession));
    if (originals.length !== 1) return null;
    const others = datasetCopiesOf(originals[0]!.parsed).filter((c) => c.accession !== accession);
    return others.length === 0 ? originals[0]! : null;
  }

  return {
    /** Whether any filing is stored under a derived id. */
    anyDerived: () => statements.anyDerived.get() !== undefined,
    accessionsWithContent,
    onlyCopyOf,
    onlyOriginalOf,
    sameAsStored,
    holdsDocument,
  };
}

interface StoredOriginalRow {
  accession: string;
  document: string | Buffer;
  source: string | null;
  contentHash: string;
  acceptedAt: string | null;
}

/** A filing stored from its own document under a derived id, parsed again from that document. */
export interface StoredOriginal extends Omit<StoredOriginalRow, 'document'> {
  document: string;
  parsed: ParsedFiling;
}

/** A stored document's text parsed again; null if that no longer parses. */
function parsedOrNull(text: string): ParsedFiling | null {
  try {
    return parseFiling(text);
  } catch {
    return null;
  }
}

/** The ownership XML of a stored document's text, parsed again; null if that no longer parses. */
function ownershipXmlOf(text: string): string | null {
  return parsedOrNull(text)?.ownershipXml ?? null;
}

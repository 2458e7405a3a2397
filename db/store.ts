import type Database from 'better-sqlite3';
import type { DerivativeRow, FiledNumber, NonDerivativeRow, ParsedFiling, Signature } from '../lib/parser/types';
import { chooseAmendedFiling, type AmendmentCandidate } from './amendments';
import { packDocument } from './document';
import { contentHashOf, createContentLookup, derivedAccession, isDerivedAccession } from './same-content';

export type StoreStatus = 'loaded' | 'replaced' | 'skipped';

export interface StoreResult {
  status: StoreStatus;
  /** The key the filing is stored under (for `skipped`, the one already there). */
  accession: string;
}

export interface StoreOptions {
  /** The original text as read (a bare XML or a whole submission), kept for re-parsing. */
  document: string;
  /** Where it came from: a file path or URL. */
  source?: string | null;
  /** The accession when the text does not carry one (taken from a file name or an EDGAR path). */
  accession?: string | null;
  /** Replace even when the same content is stored already (after a parser fix, say). */
  force?: boolean;
}

export interface StoreItem {
  parsed: ParsedFiling;
  options: StoreOptions;
}

export type StoreItemOutcome = StoreResult | { status: 'failed'; error: unknown };

export interface FilingStore {
  /**
   * Stores one parsed filing atomically: all of it or nothing. Inside `batch` it runs in a
   * SAVEPOINT, so a failure undoes only this filing.
   */
  storeFiling(parsed: ParsedFiling, options: StoreOptions): StoreResult;
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
   * Whether the filing stored under `accession` has exactly this document: storing it again would
   * skip it, so a load run again can say so without parsing it.
   */
  holdsDocument(accession: string, document: string): boolean;
  countFilings(): number;
  /** Removes a filing and everything under it; amendments that pointed at it are relinked. */
  deleteFiling(accession: string): boolean;
}

/** The form an amendment amends: `4/A` → `4`. */
export function baseFormType(formType: string): string {
  return formType.endsWith('/A') ? formType.slice(0, -2) : formType;
}

const flag = (value: boolean | null | undefined): number | null => (value == null ? null : value ? 1 : 0);

/** shares × price when both are numbers, else the filed total value: the dollar figure users sort by. */
export function rowValue(row: NonDerivativeRow): number | null {
  if (typeof row.shares === 'number' && typeof row.pricePerShare === 'number') {
    // toPrecision strips binary noise (100 × 12.34 = 1233.9999999999998).
    return Number((row.shares * row.pricePerShare).toPrecision(15));
  }
  return typeof row.totalValue === 'number' ? row.totalValue : null;
}

const numeric = (value: FiledNumber): number | string | null => value;

export function createFilingStore(sqlite: Database.Database): FilingStore {
  const statements = {
    filingByAccession: sqlite.prepare<[string], { content_hash: string; filed_at: string | null; accepted_at: string | null }>(
      'SELECT content_hash, filed_at, accepted_at FROM filings WHERE accession = ?',
    ),
    amendedBy: sqlite.prepare<[string], string>('SELECT accession FROM filings WHERE amends = ?').pluck(),
    exists: sqlite.prepare<[string], number>('SELECT 1 FROM filings WHERE accession = ?').pluck(),
    count: sqlite.prepare<[], number>('SELECT count(*) FROM filings').pluck(),
    deleteFiling: sqlite.prepare<[string]>('DELETE FROM filings WHERE accession = ?'),
    // Names and tickers change only for a filing at least as new as every stored one of the issuer
    // (or owner): the newest filing's names win whatever the load order. Run only when a filing's
    // names differ from the stored ones (see `noteNames`), so the subquery is rare.
    upsertIssuer: sqlite.prepare(`
      INSERT INTO issuers (cik, name, ticker, named_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (cik) DO UPDATE SET
        name = coalesce(excluded.name, issuers.name),
        ticker = coalesce(excluded.ticker, issuers.ticker),
        named_at = coalesce(excluded.named_at, issuers.named_at)
      WHERE issuers.name IS NULL
        OR (excluded.named_at IS NOT NULL AND excluded.named_at >= coalesce(
          (SELECT max(filing_date) FROM filings WHERE issuer_cik = excluded.cik), ''))`),
    upsertOwner: sqlite.prepare(`
      INSERT INTO owners (cik, name, named_at) VALUES (?, ?, ?)
      ON CONFLICT (cik) DO UPDATE SET
        name = coalesce(excluded.name, owners.name),
        named_at = coalesce(excluded.named_at, owners.named_at)
      WHERE owners.name IS NULL
        OR (excluded.named_at IS NOT NULL AND excluded.named_at >= coalesce(
          (SELECT max(f.filing_date) FROM filing_owners o JOIN filings f ON f.accession = o.accession
           WHERE o.owner_cik = excluded.cik), ''))`),
    issuerNames: sqlite.prepare<[string], { name: string | null; ticker: string | null }>('SELECT name, ticker FROM issuers WHERE cik = ?'),
    ownerName: sqlite.prepare<[string], { name: string | null }>('SELECT name FROM owners WHERE cik = ?'),
    dataVersion: sqlite.prepare<[], number>('PRAGMA data_version').pluck(),
    insertFiling: sqlite.prepare(`
      INSERT INTO filings (accession, form_type, schema_version, issuer_cik, issuer_name, issuer_ticker,
        period_of_report, date_of_original_submission, filed_at, accepted_at, not_subject_to_section16,
        no_securities_owned, aff10b5_one, signatures, content_hash, source, document)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertOwner: sqlite.prepare(`
      INSERT INTO filing_owners (accession, position, owner_cik, name, street1, street2, city, state, zip_code,
        state_description, is_director, is_officer, is_ten_percent_owner, is_other, officer_title, other_text)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertRow: sqlite.prepare(`
      INSERT INTO filing_rows ("accession", "table", "position", "kind", "issuer_cik", "filed_at", "security_title",
        "transaction_date", "code", "shares", "price_per_share", "acquired_disposed", "shares_owned_after",
        "direct_or_indirect", "conversion_or_exercise_price", "underlying_title", "underlying_shares", "value")
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    // Amendment linking: filings of one issuer, period and form, whose first reporting owner is the same.
    amendmentKey: sqlite.prepare<[string], AmendmentKey>(`
      SELECT f.issuer_cik AS issuerCik, f.period_of_report AS periodOfReport, f.form_type AS formType,
        f.date_of_original_submission AS dateOfOriginalSubmission, o.owner_cik AS ownerCik, ${effectiveDate('f')} AS effectiveDate,
        f.amends AS amends
      FROM filings f LEFT JOIN filing_owners o ON o.accession = f.accession AND o.position = 0
      WHERE f.accession = ?`),
    sameKeyFilings: sqlite.prepare<[string, string | null, string, string | null], AmendmentCandidate>(`
      SELECT f.accession, f.filed_at AS filedAt, ${effectiveDate('f')} AS effectiveDate
      FROM filings f JOIN filing_owners o ON o.accession = f.accession AND o.position = 0
      WHERE f.issuer_cik = ? AND f.period_of_report IS ? AND f.form_type = ? AND o.owner_cik IS ?`),
    setAmends: sqlite.prepare<[string | null, string]>('UPDATE filings SET amends = ? WHERE accession = ?'),
  };

  /** Points an amendment at the best stored original (or at nothing), whatever order they came in. */
  function relinkAmendment(accession: string, known?: AmendmentKey): void {
    const key = known ?? statements.amendmentKey.get(accession);
    if (!key || !key.formType.endsWith('/A')) return;
    const candidates = statements.sameKeyFilings.all(key.issuerCik, key.periodOfReport, baseFormType(key.formType), key.ownerCik);
    const target = chooseAmendedFiling(key, candidates);
    if (target !== key.amends) statements.setAmends.run(target, accession);
  }

  /** Links a just-stored filing: an amendment to its original, an original to its amendments. */
  function linkAmendments(accession: string, parsed: ParsedFiling): void {
    const issuerCik = parsed.issuer.cik;
    const ownerCik = parsed.reportingOwners[0]?.cik ?? null;
    if (parsed.formType.endsWith('/A')) {
      relinkAmendment(accession, {
        issuerCik, periodOfReport: parsed.periodOfReport, formType: parsed.formType, ownerCik,
        dateOfOriginalSubmission: parsed.dateOfOriginalSubmission, effectiveDate: filingDateOf(parsed), amends: null,
      });
      return;
    }
    // Amendments stored before their original now have (perhaps a better) one.
    for (const amendment of statements.sameKeyFilings.all(issuerCik, parsed.periodOfReport, `${parsed.formType}/A`, ownerCik)) {
      relinkAmendment(amendment.accession);
    }
  }

  // The names stored in issuers and owners, as this connection last read or wrote them: almost every
  // filing brings the names already stored, and then writes nothing there. (In a million-filing
  // database rewriting the issuer's and each owner's row cost a tenth of the ingest.) Forgotten on
  // any rollback, which may undo a write noted here, and when another connection commits.
  const storedNames = new Map<string, readonly (string | null)[]>();
  let namesVersion = -1;
  const forgetNamesOnError = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      storedNames.clear();
      throw error;
    }
  };

  /** Runs `write` unless the filing's names (null: not given) are those stored under `key`. */
  function noteNames(key: string, filed: readonly (string | null)[], read: () => (string | null)[] | undefined, write: () => void): void {
    let stored = storedNames.get(key);
    if (stored === undefined) {
      // A full-history load meets hundreds of thousands of owners: start over rather than keep them all.
      if (storedNames.size >= MAX_NOTED_NAMES) storedNames.clear();
      stored = read();
      if (stored) storedNames.set(key, stored);
    }
    if (stored && filed.every((value, i) => value === null || value === stored[i])) return;
    write();
    storedNames.set(key, read() ?? []);
  }

  function insertFiling(accession: string, parsed: ParsedFiling, contentHash: string, options: StoreOptions): void {
    const namedAt = parsed.filedAt ?? parsed.periodOfReport;
    const { issuer } = parsed;
    const version = statements.dataVersion.get();
    if (version !== namesVersion) {
      storedNames.clear();
      namesVersion = version ?? -1;
    }
    noteNames(`i${issuer.cik}`, [issuer.name, issuer.ticker],
      () => { const row = statements.issuerNames.get(issuer.cik); return row && [row.name, row.ticker]; },
      () => statements.upsertIssuer.run(issuer.cik, issuer.name, issuer.ticker, namedAt));
    for (const owner of parsed.reportingOwners) {
      noteNames(`o${owner.cik}`, [owner.name],
        () => { const row = statements.ownerName.get(owner.cik); return row && [row.name]; },
        () => statements.upsertOwner.run(owner.cik, owner.name, namedAt));
    }
    statements.insertFiling.run(
      accession, parsed.formType, parsed.schemaVersion, issuer.cik, issuer.name, issuer.ticker,
      parsed.periodOfReport, parsed.dateOfOriginalSubmission, parsed.filedAt, parsed.acceptedAt,
      flag(parsed.notSubjectToSection16), flag(parsed.noSecuritiesOwned), flag(parsed.aff10b5One),
      signaturesJson(parsed.signatures), contentHash, options.source ?? null, packDocument(options.document),
    );
    parsed.reportingOwners.forEach((o, position) => {
      statements.insertOwner.run(
        accession, position, o.cik, o.name, o.street1, o.street2, o.city, o.state, o.zipCode, o.stateDescription,
        flag(o.isDirector), flag(o.isOfficer), flag(o.isTenPercentOwner), flag(o.isOther), o.officerTitle, o.otherText,
      );
    });
    const insertRow = (table: 'N' | 'D', row: NonDerivativeRow & Partial<DerivativeRow>, position: number) => {
      statements.insertRow.run(
        accession, table, position, row.kind, issuer.cik, parsed.filedAt, row.securityTitle, row.transactionDate, row.code,
        numeric(row.shares), numeric(row.pricePerShare), row.acquiredDisposed, numeric(row.sharesOwnedAfter), row.directOrIndirect,
        numeric(row.conversionOrExercisePrice ?? null), row.underlyingTitle ?? null, numeric(row.underlyingShares ?? null), rowValue(row),
      );
    };
    parsed.nonDerivative.forEach((row, position) => insertRow('N', row, position));
    parsed.derivative.forEach((row, position) => insertRow('D', row, position));
  }

  function removeFiling(accession: string): string[] {
    const amendments = statements.amendedBy.all(accession);
    statements.deleteFiling.run(accession); // children go by ON DELETE CASCADE
    return amendments;
  }

  const content = createContentLookup(sqlite);

  function storeOne(filed: ParsedFiling, options: StoreOptions): StoreResult {
    let parsed = filed;
    const given = parsed.accession ?? options.accession ?? null;
    // The content hash keys a bare XML (its derived id) and finds the same content stored under
    // another id, which matters only to a bare XML and, where a bare XML may be stored under a
    // derived id, to a filing with an accession. When no derived id is stored at all (a database
    // loaded from EDGAR), a new filing is stored with '' for a hash and hashed when first compared:
    // hashing every filing was a tenth of the ingest. The same-content lookup reads a row of each
    // same-day filing of the issuer.
    const contentHash = given === null || content.anyDerived() ? contentHashOf(parsed.ownershipXml) : null;
    const sameContent = contentHash === null ? [] : content.accessionsWithContent(parsed, contentHash);

    if (given === null && sameContent.length > 0 && !options.force) {
      // A bare XML already stored, under its derived id or the real accession: prefer the real one.
      const existing = sameContent.find((a) => !isDerivedAccession(a)) ?? sameContent[0]!;
      return { status: 'skipped', accession: existing };
    }
    const accession = given ?? derivedAccession(contentHash ?? contentHashOf(parsed.ownershipXml));

    const stored = statements.filingByAccession.get(accession);
    if (stored) {
      // A bare XML knows no filing date or acceptance time: reloading one over its submission keeps them.
      parsed = { ...parsed, filedAt: parsed.filedAt ?? stored.filed_at, acceptedAt: parsed.acceptedAt ?? stored.accepted_at };
      if (!options.force && !addsHeader(stored, parsed) && content.sameAsStored(accession, stored.content_hash, parsed, options.document, contentHash)) {
        return { status: 'skipped', accession };
      }
    }

    // Replace this accession, and the same content stored earlier under a derived id.
    const replaced = stored ? [accession] : [];
    if (given !== null) replaced.push(...sameContent.filter((a) => isDerivedAccession(a) && a !== accession));
    const orphaned = replaced.flatMap(removeFiling);

    insertFiling(accession, parsed, contentHash ?? '', options);

    for (const amendment of orphaned) relinkAmendment(amendment);
    linkAmendments(accession, parsed);

    return { status: replaced.length > 0 ? 'replaced' : 'loaded', accession };
  }

  // Inside another transaction this is a SAVEPOINT: a failure undoes this filing only.
  const storeInSavepoint = sqlite.transaction(storeOne);
  const storeFiling = (parsed: ParsedFiling, options: StoreOptions) => forgetNamesOnError(() => storeInSavepoint(parsed, options));

  // A savepoint per filing costs about as much as the filing's own writes (SQLite copies every
  // page a savepoint touches first), and store failures are rare (parse errors happen before any
  // write). So: the whole batch without savepoints, and only if something fails, all of it again
  // with one savepoint per filing.
  const storeEachOrThrow = (items: readonly StoreItem[]): StoreResult[] => items.map((item) => storeOne(item.parsed, item.options));
  const storeAllOrThrow = sqlite.transaction(storeEachOrThrow);
  const storeEachSafely = sqlite.transaction((items: readonly StoreItem[]): StoreItemOutcome[] =>
    items.map((item) => {
      try {
        return storeFiling(item.parsed, item.options);
      } catch (error) {
        return { status: 'failed', error };
      }
    }));
  function storeFilings(items: readonly StoreItem[]): StoreItemOutcome[] {
    if (items.length === 0) return [];
    try {
      return forgetNamesOnError(() => storeAllOrThrow.immediate(items));
    } catch {
      return storeEachSafely.immediate(items);
    }
  }

  const deleteFiling = sqlite.transaction((accession: string): boolean => {
    if (!statements.exists.get(accession)) return false;
    for (const amendment of removeFiling(accession)) relinkAmendment(amendment);
    return true;
  });

  return {
    storeFiling,
    storeFilings,
    storeFilingsOrThrow: (items) => {
      if (!sqlite.inTransaction) throw new Error('storeFilingsOrThrow runs inside batch()');
      return storeEachOrThrow(items);
    },
    batch: (fn) => forgetNamesOnError(() => sqlite.transaction(fn).immediate()),
    hasFiling: (accession) => statements.exists.get(accession) !== undefined,
    holdsDocument: (accession, document) => content.holdsDocument(accession, document),
    countFilings: () => statements.count.get() ?? 0,
    deleteFiling: (accession) => deleteFiling(accession),
  };
}

/** Issuers and owners whose stored names a store remembers at most (about 40 MiB of memory, measured). */
const MAX_NOTED_NAMES = 250_000;

interface AmendmentKey {
  issuerCik: string;
  periodOfReport: string | null;
  formType: string;
  dateOfOriginalSubmission: string | null;
  ownerCik: string | null;
  effectiveDate: string | null;
  amends: string | null;
}

/** A filing's date for ordering: the filing date, or for a bare XML (which has none) its latest signature date. */
function effectiveDate(alias: string): string {
  return `coalesce(${alias}.filed_at, (SELECT max(s.value ->> 'date') FROM json_each(${alias}.signatures) s))`;
}

/** As `effectiveDate` in SQL: the filing date, else the latest signature date. */
function filingDateOf(parsed: ParsedFiling): string | null {
  if (parsed.filedAt !== null) return parsed.filedAt;
  let latest: string | null = null;
  for (const s of parsed.signatures) if (s.date !== null && (latest === null || s.date > latest)) latest = s.date;
  return latest;
}

/** A submission's header (filing date, acceptance time) is worth a reload of the same XML without one. */
function addsHeader(stored: { filed_at: string | null; accepted_at: string | null }, parsed: ParsedFiling): boolean {
  return (parsed.filedAt !== null && parsed.filedAt !== stored.filed_at)
    || (parsed.acceptedAt !== null && parsed.acceptedAt !== stored.accepted_at);
}

// Only the filed fields, in the column's documented shape, whatever else a parsed object carries.
function signaturesJson(signatures: readonly Signature[]): string {
  return JSON.stringify(signatures.map(({ name, date }) => ({ name, date })));
}

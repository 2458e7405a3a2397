// A filing's rows as the store writes and removes them: the filing, its reporting owners, and the
// lines of Tables I and II with what the issuer and person tables read, with their signals
// (store-signals: days late, suspect values, the months each insider traded).
import type Database from 'better-sqlite3';
import { rowValue } from '../lib/domain/values';
import type { FiledNumber, Signature } from '../lib/parser/types';
import type { StorableDerivativeLine, StorableFiling, StorableLine } from './store';
import { packDocument } from './document';
import { createSignalWrites, NO_SIGNALS } from './store-signals';

export interface FilingWrites {
  /** Inserts the filing and everything under it (its names are the store's to note); the document as text or already packed. */
  insert(accession: string, parsed: StorableFiling, contentHash: string, source: string | null, document: string | Uint8Array, origin?: 'document' | 'dataset'): void;
  /** Deletes the filing and everything under it; returns the amendments that pointed at it. */
  remove(accession: string): string[];
  /** Before the transaction commits: the signals that read across filings (store-signals' `settle`). */
  settle(): void;
  /** After a rollback. */
  discard(): void;
}

const flag = (value: boolean | null | undefined): number | null => (value == null ? null : value ? 1 : 0);

const numeric = (value: FiledNumber): number | string | null => value;

/** `signals: false` stores no days late, flags or months traded (for the bench to measure what they cost). */
export function createFilingWrites(sqlite: Database.Database, options: { signals?: boolean } = {}): FilingWrites {
  const statements = {
    insertFiling: sqlite.prepare(`
      INSERT INTO filings (accession, form_type, schema_version, issuer_cik, issuer_name, issuer_ticker,
        period_of_report, date_of_original_submission, filed_at, accepted_at, issuer_sic, issuer_sic_title,
        not_subject_to_section16, no_securities_owned, aff10b5_one, signatures, content_hash, source, document, origin, days_late)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertOwner: sqlite.prepare(`
      INSERT INTO filing_owners (accession, position, owner_cik, name, street1, street2, city, state, zip_code,
        state_description, is_director, is_officer, is_ten_percent_owner, is_other, officer_title, other_text)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertRow: sqlite.prepare(`
      INSERT INTO filing_rows ("accession", "table", "position", "kind", "issuer_cik", "filed_at", "security_title",
        "transaction_date", "code", "shares", "price_per_share", "acquired_disposed", "shares_owned_after",
        "direct_or_indirect", "conversion_or_exercise_price", "underlying_title", "underlying_shares", "value",
        "days_late", "flags")
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    amendedBy: sqlite.prepare<[string], string>('SELECT accession FROM filings WHERE amends = ?').pluck(),
    deleteFiling: sqlite.prepare<[string]>('DELETE FROM filings WHERE accession = ?'),
  };
  const signals = options.signals === false ? NO_SIGNALS : createSignalWrites(sqlite);

  function insert(accession: string, parsed: StorableFiling, contentHash: string, source: string | null, document: string | Uint8Array, origin: 'document' | 'dataset' = 'document'): void {
    const { issuer } = parsed;
    // Each line's value and signals first: the filing's days late is its lines'.
    const lines: [table: 'N' | 'D', row: StorableLine & Partial<StorableDerivativeLine>, position: number][] = [];
    parsed.nonDerivative.forEach((row, position) => lines.push(['N', row, position]));
    parsed.derivative.forEach((row, position) => lines.push(['D', row, position]));
    const values = lines.map(([, row]) => rowValue(row));
    const lineSignals = lines.map(([, row], i) => signals.line(parsed, row, values[i]!));
    statements.insertFiling.run(
      accession, parsed.formType, parsed.schemaVersion, issuer.cik, issuer.name, issuer.ticker,
      parsed.periodOfReport, parsed.dateOfOriginalSubmission, parsed.filedAt, parsed.acceptedAt,
      parsed.issuerIndustry?.sic ?? null, parsed.issuerIndustry?.title ?? null,
      flag(parsed.notSubjectToSection16), flag(parsed.noSecuritiesOwned), flag(parsed.aff10b5One),
      signaturesJson(parsed.signatures), contentHash, source, typeof document === 'string' ? packDocument(document) : document, origin,
      signals.filing(parsed, lineSignals.map(([daysLate]) => daysLate)),
    );
    parsed.reportingOwners.forEach((o, position) => {
      statements.insertOwner.run(
        accession, position, o.cik, o.name, o.street1, o.street2, o.city, o.state, o.zipCode, o.stateDescription,
        flag(o.isDirector), flag(o.isOfficer), flag(o.isTenPercentOwner), flag(o.isOther), o.officerTitle, o.otherText,
      );
    });
    lines.forEach(([table, row, position], i) => {
      const [daysLate, flags] = lineSignals[i]!;
      statements.insertRow.run(
        accession, table, position, row.kind, issuer.cik, parsed.filedAt, row.securityTitle, row.transactionDate, row.code,
        numeric(row.shares), numeric(row.pricePerShare), row.acquiredDisposed, numeric(row.sharesOwnedAfter), row.directOrIndirect,
        numeric(row.conversionOrExercisePrice ?? null), row.underlyingTitle ?? null, numeric(row.underlyingShares ?? null), values[i]!,
        daysLate, flags,
      );
    });
    signals.afterInsert(parsed);
  }

  function remove(accession: string): string[] {
    const amendments = statements.amendedBy.all(accession);
    const removed = signals.beforeRemove(accession);
    statements.deleteFiling.run(accession); // children go by ON DELETE CASCADE
    signals.afterRemove(removed);
    return amendments;
  }

  return { insert, remove, settle: signals.settle, discard: signals.discard };
}

// Only the filed fields, in the column's documented shape, whatever else a parsed object carries.
function signaturesJson(signatures: readonly Signature[]): string {
  return JSON.stringify(signatures.map(({ name, date }) => ({ name, date })));
}

import { asc, eq } from 'drizzle-orm';
import { getDb, type AppDatabase } from '../index';
import { normalizeAccession } from '../accession';
import { filingOwners, filings } from '../schema';
import { parseFiling } from '../../lib/parser/index';
import type { FootnoteIds, ParsedFiling } from '../../lib/parser/types';
import { unpackDocument } from '../document';
import { rowsAsFiled, getStoredRows } from './filing-json-rows';
import { ownerRelationshipColumns } from '../owner-relationship';

/** A number as filed (JSON number), the filed text when it is not a number, or `null`. */
export type FiledNumberJson = number | string | null;

/** One line of Table I. The keys first, then the rest of what the form holds. */
export interface FilingJsonRow {
  kind: 'transaction' | 'holding';
  securityTitle: string | null;
  transactionDate: string | null;
  deemedExecutionDate: string | null;
  code: string | null;
  shares: FiledNumberJson;
  pricePerShare: FiledNumberJson;
  acquiredDisposed: string | null;
  sharesOwnedAfter: FiledNumberJson;
  directOrIndirect: string | null;
  natureOfOwnership: string | null;
  /** Footnote ids per field, only for fields that have footnotes. */
  footnoteIds: FootnoteIds;
  /** `transactionFormType`. */
  formType: string | null;
  equitySwapInvolved: boolean | null;
  /** `E` early, `L` late. */
  timeliness: string | null;
  /** `transactionTotalValue`, filed in place of shares. */
  totalValue: FiledNumberJson;
  /** `valueOwnedFollowingTransaction`, filed in place of shares owned after. */
  valueOwnedAfter: FiledNumberJson;
  /** shares × price when both are numbers, else the filed total value. */
  value: number | null;
}

/** One line of Table II. */
export interface FilingJsonDerivativeRow extends FilingJsonRow {
  conversionOrExercisePrice: FiledNumberJson;
  exerciseDate: string | null;
  expirationDate: string | null;
  underlyingTitle: string | null;
  underlyingShares: FiledNumberJson;
  underlyingValue: FiledNumberJson;
}

export interface FilingJsonOwner {
  /** Without leading zeros. */
  cik: string;
  /** As filed on this filing. */
  name: string | null;
  isDirector: boolean;
  isOfficer: boolean;
  isTenPercentOwner: boolean;
  isOther: boolean;
  officerTitle: string | null;
  otherText: string | null;
  street1: string | null;
  street2: string | null;
  city: string | null;
  state: string | null;
  zipCode: string | null;
  stateDescription: string | null;
}

/** A stored filing as `npm run show` prints it and `/api/filings/[accession]` serves it. */
export interface FilingJson {
  accession: string;
  formType: string;
  periodOfReport: string | null;
  /** `YYYY-MM-DD` from the submission header; `null` for a bare XML. */
  filedAt: string | null;
  /** Issuer as filed on this filing. */
  issuer: { cik: string; name: string | null; ticker: string | null };
  reportingOwners: FilingJsonOwner[];
  nonDerivative: FilingJsonRow[];
  derivative: FilingJsonDerivativeRow[];
  footnotes: { id: string; text: string }[];
  remarks: string | null;
  signatures: { name: string | null; date: string | null }[];
  aff10b5One: boolean | null;
  /** Accession of the filing this amendment amends, when both are stored. */
  amends: string | null;
  /** Accessions of stored amendments of this filing. */
  amendedBy: string[];
  schemaVersion: string | null;
  dateOfOriginalSubmission: string | null;
  /** Acceptance time from the submission header (EDGAR's Eastern time, no zone); `null` for a bare XML. */
  acceptedAt: string | null;
  notSubjectToSection16: boolean;
  noSecuritiesOwned: boolean;
}

/** The stored filing in the public JSON shape, or `null` when there is none with that accession. */
export function getFilingJson(accession: string, db: AppDatabase = getDb()): FilingJson | null {
  const key = normalizeAccession(accession);
  if (key === null) return null;
  const filing = db
    .select({
      accession: filings.accession,
      formType: filings.formType,
      periodOfReport: filings.periodOfReport,
      filedAt: filings.filedAt,
      issuerCik: filings.issuerCik,
      issuerName: filings.issuerName,
      issuerTicker: filings.issuerTicker,
      document: filings.document,
      signatures: filings.signatures,
      aff10b5One: filings.aff10b5One,
      amends: filings.amends,
      schemaVersion: filings.schemaVersion,
      dateOfOriginalSubmission: filings.dateOfOriginalSubmission,
      acceptedAt: filings.acceptedAt,
      notSubjectToSection16: filings.notSubjectToSection16,
      noSecuritiesOwned: filings.noSecuritiesOwned,
    })
    .from(filings)
    .where(eq(filings.accession, key))
    .get();
  if (!filing) return null;

  const owners = db
    .select({
      cik: filingOwners.ownerCik,
      name: filingOwners.name,
      ...ownerRelationshipColumns,
      street1: filingOwners.street1,
      street2: filingOwners.street2,
      city: filingOwners.city,
      state: filingOwners.state,
      zipCode: filingOwners.zipCode,
      stateDescription: filingOwners.stateDescription,
    })
    .from(filingOwners)
    .where(eq(filingOwners.accession, key))
    .orderBy(asc(filingOwners.position))
    .all();

  const parsed = parseStoredDocument(filing.accession, filing.document);
  const { nonDerivative, derivative } = parsed ? rowsAsFiled(parsed) : getStoredRows(key, db);

  const amendedBy = db
    .select({ accession: filings.accession })
    .from(filings)
    .where(eq(filings.amends, key))
    .orderBy(asc(filings.accession))
    .all()
    .map((a) => a.accession);

  return {
    accession: filing.accession,
    formType: filing.formType,
    periodOfReport: filing.periodOfReport,
    filedAt: filing.filedAt,
    issuer: { cik: filing.issuerCik, name: filing.issuerName, ticker: filing.issuerTicker },
    reportingOwners: owners,
    nonDerivative,
    derivative,
    footnotes: parsed ? parsed.footnotes.map(({ id, text }) => ({ id, text })) : [],
    remarks: parsed?.remarks ?? null,
    signatures: filing.signatures,
    aff10b5One: filing.aff10b5One,
    amends: filing.amends,
    amendedBy,
    schemaVersion: filing.schemaVersion,
    dateOfOriginalSubmission: filing.dateOfOriginalSubmission,
    acceptedAt: filing.acceptedAt,
    notSubjectToSection16: filing.notSubjectToSection16,
    noSecuritiesOwned: filing.noSecuritiesOwned,
  };
}

/**
 * The stored document, parsed: the rows with every field as filed, the footnotes and the remarks
 * come from it, as the database keeps only what the lists and tables read (a parse is well under a
 * millisecond). `null` when it no longer parses (a stricter parser since it was loaded), which the
 * server's log names.
 */
function parseStoredDocument(accession: string, document: string | Uint8Array): ParsedFiling | null {
  try {
    return parseFiling(unpackDocument(document));
  } catch (error) {
    console.error(`filing ${accession}: its stored document no longer parses, so it is shown as stored, without footnotes and remarks (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
}

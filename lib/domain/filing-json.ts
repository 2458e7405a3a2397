// The public JSON shape of a stored filing (`npm run show`, /api/filings/[accession], the filing
// page), built from the parser's types: a field the parser gains reaches the JSON's type too. Types
// only, so components can import them without importing a query module.
import type { DerivativeRow, Footnote, Industry, Issuer, NonDerivativeRow, ReportingOwner, Signature } from '../parser/types';

/** The relationship boxes as filed on one filing, with the officer's title and the other text. */
export type Roles = Pick<ReportingOwner, 'isDirector' | 'isOfficer' | 'isTenPercentOwner' | 'isOther' | 'officerTitle' | 'otherText'>;

/** The line's dollar value (lib/domain/values.ts `rowValue`), which the tables sort and sum by. */
type Valued = { value: number | null };

/** One line of Table I, every field as filed. */
export type FilingJsonRow = NonDerivativeRow & Valued;

/** One line of Table II. */
export type FilingJsonDerivativeRow = DerivativeRow & Valued;

/** A reporting owner with the name, address and relationship as filed on this filing. */
export type FilingJsonOwner = ReportingOwner;

/** A stored filing as `npm run show` prints it and `/api/filings/[accession]` serves it. */
export interface FilingJson {
  accession: string;
  formType: string;
  periodOfReport: string | null;
  /** `YYYY-MM-DD` from the submission header; `null` for a bare XML. */
  filedAt: string | null;
  /** Issuer as filed on this filing. */
  issuer: Issuer;
  reportingOwners: FilingJsonOwner[];
  nonDerivative: FilingJsonRow[];
  derivative: FilingJsonDerivativeRow[];
  footnotes: Footnote[];
  remarks: string | null;
  signatures: Signature[];
  aff10b5One: boolean | null;
  /** Accession of the filing this amendment amends, when both are stored. */
  amends: string | null;
  /** Accessions of stored amendments of this filing. */
  amendedBy: string[];
  schemaVersion: string | null;
  dateOfOriginalSubmission: string | null;
  /** Acceptance time from the submission header (EDGAR's Eastern time, no zone); `null` for a bare XML. */
  acceptedAt: string | null;
  /** The issuer's SIC code as EDGAR gave it (the submission's header, or its listing of the issuer); `null` when neither was read. */
  issuerIndustry: Industry | null;
  notSubjectToSection16: boolean;
  noSecuritiesOwned: boolean;
  /**
   * Business days late under the form's deadline (0 on time), as stored at ingest
   * (lib/domain/filing-deadlines.ts filingLateness); `null` when unknown.
   */
  daysLate: number | null;
  /** Loaded from its original document, or from the SEC's data sets (numbers to the cent, no acceptance time). */
  source: 'document' | 'dataset';
}

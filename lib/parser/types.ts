// The typed filing the parser produces. Every other layer (store, CLI, pages, API) depends on
// these types; the parser depends only on lib/domain's rules (form types, industry codes).
import type { Industry } from '../domain/industry';

export type { Industry };

export type FormType = '3' | '3/A' | '4' | '4/A' | '5' | '5/A';

/**
 * A number exactly as filed. A filed value that is not a number (say "See footnote") stays text,
 * because turning it into 0 would invent a fact. `null` when the element is absent or empty.
 */
export type FiledNumber = number | string | null;

/** Dates are `YYYY-MM-DD`; a filed date that is not one is kept as the text filed. */
export type FiledDate = string | null;

/** The fields of a table row that a footnote can explain. Keys of `footnoteIds`. */
export type RowField =
  | 'securityTitle'
  | 'transactionDate'
  | 'deemedExecutionDate'
  | 'code' // footnotes on <transactionCoding>
  | 'timeliness'
  | 'shares'
  | 'totalValue'
  | 'pricePerShare'
  | 'acquiredDisposed'
  | 'sharesOwnedAfter'
  | 'valueOwnedAfter'
  | 'directOrIndirect'
  | 'natureOfOwnership'
  | 'conversionOrExercisePrice'
  | 'exerciseDate'
  | 'expirationDate'
  | 'underlyingTitle'
  | 'underlyingShares'
  | 'underlyingValue';

/** Footnote ids (`F1`, `F2`, ...) per field, in the order filed. Fields without footnotes are absent. */
export type FootnoteIds = Partial<Record<RowField, string[]>>;

/** One line of Table I (non-derivative securities). */
export interface NonDerivativeRow {
  kind: 'transaction' | 'holding';
  securityTitle: string | null;
  transactionDate: FiledDate;
  deemedExecutionDate: FiledDate;
  /** `transactionFormType`: the form the transaction is reported on (holdings may carry it too). */
  formType: string | null;
  /** Transaction code (P, S, A, M, F, G, ...). */
  code: string | null;
  equitySwapInvolved: boolean | null;
  /** `E` early or `L` late, when filed. */
  timeliness: string | null;
  shares: FiledNumber;
  /** `transactionTotalValue`, filed in place of shares for some securities. */
  totalValue: FiledNumber;
  pricePerShare: FiledNumber;
  acquiredDisposed: string | null;
  sharesOwnedAfter: FiledNumber;
  /** `valueOwnedFollowingTransaction`, filed in place of shares owned after. */
  valueOwnedAfter: FiledNumber;
  directOrIndirect: string | null;
  natureOfOwnership: string | null;
  footnoteIds: FootnoteIds;
}

/** One line of Table II (derivative securities). */
export interface DerivativeRow extends NonDerivativeRow {
  conversionOrExercisePrice: FiledNumber;
  exerciseDate: FiledDate;
  expirationDate: FiledDate;
  underlyingTitle: string | null;
  underlyingShares: FiledNumber;
  underlyingValue: FiledNumber;
}

export interface Issuer {
  /** Without leading zeros. */
  cik: string;
  name: string | null;
  ticker: string | null;
}

export interface ReportingOwner {
  /** Without leading zeros. */
  cik: string;
  /** Exactly as filed, e.g. "Federico Richard D". */
  name: string | null;
  street1: string | null;
  street2: string | null;
  city: string | null;
  state: string | null;
  zipCode: string | null;
  /** Free text the form allows for non-US addresses. */
  stateDescription: string | null;
  isDirector: boolean;
  isOfficer: boolean;
  isTenPercentOwner: boolean;
  isOther: boolean;
  officerTitle: string | null;
  otherText: string | null;
}

export interface Footnote {
  id: string;
  text: string;
}

export interface Signature {
  name: string | null;
  date: FiledDate;
}

export interface ParsedFiling {
  /** From a submission's header; `null` for a bare XML (the store then derives one). */
  accession: string | null;
  /** Filing date from a submission's header, `YYYY-MM-DD`. */
  filedAt: string | null;
  /** Acceptance time from a submission's header, ISO 8601 without zone (EDGAR's is Eastern time). */
  acceptedAt: string | null;
  /** The issuer's industry from a submission's header (EDGAR's record when filed); `null` for a bare XML. */
  issuerIndustry: Industry | null;
  formType: FormType;
  schemaVersion: string | null;
  periodOfReport: FiledDate;
  dateOfOriginalSubmission: FiledDate;
  notSubjectToSection16: boolean;
  noSecuritiesOwned: boolean;
  /** `null` when the form predates the checkbox or leaves it out. */
  aff10b5One: boolean | null;
  issuer: Issuer;
  reportingOwners: ReportingOwner[];
  /** Table I in the order filed (transactions and holdings interleaved as filed). */
  nonDerivative: NonDerivativeRow[];
  /** Table II in the order filed. */
  derivative: DerivativeRow[];
  footnotes: Footnote[];
  remarks: string | null;
  signatures: Signature[];
  /** The `<ownershipDocument>` XML as it appears in the input, for hashing and re-parsing. */
  ownershipXml: string;
}

export type ParseErrorCode =
  | 'empty' // nothing but white space
  | 'binary' // not text
  | 'malformed-xml' // not well-formed: mismatched tag, truncated, bad entity...
  | 'not-ownership' // well-formed, but not a Form 3/4/5 ownershipDocument (a 10-K, say)
  | 'invalid-ownership'; // an ownershipDocument missing what every filing must have

/** Thrown by the parser. `line` and `column` are 1-based and point into the input text. */
export class ParseError extends Error {
  override readonly name = 'ParseError';
  constructor(
    readonly code: ParseErrorCode,
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(line === undefined ? detail : `${detail} (line ${line}, column ${column ?? 1})`);
  }
}

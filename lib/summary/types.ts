import type { DerivativeRow, Footnote, NonDerivativeRow, ReportingOwner } from '@/lib/parser/types';

/** The row fields the sentence reads; the JSON rows of the API carry at least these. */
export type SummaryRow = Pick<
  NonDerivativeRow,
  'kind' | 'securityTitle' | 'transactionDate' | 'code' | 'shares' | 'pricePerShare' | 'acquiredDisposed' | 'sharesOwnedAfter' | 'directOrIndirect' | 'natureOfOwnership' | 'footnoteIds'
> &
  Partial<Pick<NonDerivativeRow, 'totalValue' | 'valueOwnedAfter'>>;

export type SummaryDerivativeRow = SummaryRow &
  Pick<DerivativeRow, 'conversionOrExercisePrice' | 'underlyingTitle' | 'underlyingShares'>;

export type SummaryOwner = Pick<ReportingOwner, 'name' | 'isDirector' | 'isOfficer' | 'isTenPercentOwner' | 'isOther' | 'officerTitle' | 'otherText'> & {
  /** The name as decided from the owner's filings (db/queries/names-evidence); else readableName(name). */
  readableName?: string;
};

export interface SummaryFiling {
  formType: string;
  issuer: { name: string | null };
  reportingOwners: SummaryOwner[];
  nonDerivative: SummaryRow[];
  derivative: SummaryDerivativeRow[];
  footnotes: Footnote[];
  noSecuritiesOwned?: boolean;
  amends?: string | null;
  dateOfOriginalSubmission?: string | null;
}

/** What every clause of one sentence shares. */
export interface Context {
  /** The issuer's short name ("Allied Motion Technologies"). */
  issuer: string;
  /** Footnote id → the number readers see. */
  numbers: Map<string, number>;
  /** Footnote id → text. */
  footnotes: Map<string, string>;
  /** Several reporting owners: "were granted", "now hold". */
  plural: boolean;
}

/** Rows of one table with one code, direction and security: told as one clause. */
export interface Group {
  table: 'N' | 'D';
  code: string;
  acquired: boolean;
  title: string;
  rows: SummaryRow[];
}

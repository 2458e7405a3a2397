// Plain row shapes the query modules return and the client islands receive (types only: safe to
// import anywhere). Columns read from a table keep that table's type (db/schema.ts); filed amounts
// are a number, the filed text when it was not a number, or null (lib/parser/types.ts FiledNumber).

import type { SortDir, SortKey } from '@/lib/search-params';
import type { Roles } from '@/lib/domain/filing-json';
import type { FiledNumber } from '@/lib/parser/types';
import type { Industry } from '@/lib/domain/industry';
import type { SuspectFlag } from '@/lib/domain/suspect-values';
import type { TradingPattern } from '@/lib/domain/trading-pattern';
import type { FilingRecord, FilingRowRecord, IssuerRow, OwnerRow } from '@/db/schema';

export type { FiledNumber, Roles };

/** One line of Table I or II, with its filing, issuer and the reporting owner shown for it. */
export type TransactionRow = Roles & Pick<FilingRowRecord,
  | 'id' | 'accession' | 'filedAt' | 'issuerCik' | 'table' | 'kind' | 'securityTitle' | 'transactionDate' | 'code'
  | 'acquiredDisposed' | 'shares' | 'pricePerShare' | 'value' | 'sharesOwnedAfter' | 'directOrIndirect'
  | 'underlyingTitle' | 'underlyingShares' | 'conversionOrExercisePrice'
> & Pick<FilingRecord, 'formType'> & {
  issuerName: IssuerRow['name'];
  issuerTicker: IssuerRow['ticker'];
  ownerCik: string | null;
  ownerName: string | null;
  /** Reporting owners on the filing (joint filings have several). */
  ownerCount: number;
} & RowSignals;

/** A line's signals (db/queries/signals.ts reads them). */
export type RowSignals = {
  /** Routine, opportunistic or unclassified (the row's owner at its issuer, that year) for an open-market trade (P or S); null for any other line. */
  pattern: TradingPattern | null;
  /** Why, for the badge ("traded in March in 2021, 2022 and 2023"); null with the pattern. */
  patternReason: string | null;
  /** Business days late under the line's deadline (0 on time); null when unknown. */
  daysLate: number | null;
  /** Suspect values, kept as filed (SUSPECT_FLAG_TEXT in lib/domain/suspect-values.ts says why); empty when none. */
  flags: SuspectFlag[];
};

export type IssuerSummary = Pick<IssuerRow, 'cik' | 'name' | 'ticker'> & {
  /** Its industry: the newest SIC code EDGAR gave (db/schema.ts issuers.sic); null while none has. */
  industry: Industry | null;
  filings: number;
  firstFiledAt: string | null;
  lastFiledAt: string | null;
  lateFilings: LateFilings;
};

/** How many filings were filed late, of those whose lateness is known (filings.days_late not null). */
export type LateFilings = {
  late: number;
  known: number;
  /** late ÷ known; null when no filing's lateness is known. */
  share: number | null;
};

export type Insider = Roles & {
  cik: string;
  /** The name as filed most recently. */
  name: string | null;
  filings: number;
  lastFiledAt: string | null;
  lastAccession: string;
  /** Shares held after the latest reported non-derivative line, as filed. */
  sharesHeld: FiledNumber;
  heldDirectOrIndirect: string | null;
  heldSecurity: string | null;
  /** The filing that line is on: its Table I says what the insider holds (db/queries/holdings.ts). */
  heldAccession: string | null;
};

export type BuySellWindow = {
  months: 3 | 6 | 12;
  /** First day inside the window (YYYY-MM-DD); the window ends at the anchor date. */
  since: string;
  buys: TradeTotals;
  sells: TradeTotals;
};

export type TradeTotals = {
  count: number; shares: number; value: number; insiders: number;
  /** Lines left out of the totals because a value is suspect (flagged). */
  flagged: number;
};

export type BuySellSummary = {
  /** The date the windows end on: the issuer's latest filing in the data. */
  anchor: string | null;
  windows: BuySellWindow[];
};

export type PersonSummary = Pick<OwnerRow, 'cik' | 'name'> & {
  filings: number;
  firstFiledAt: string | null;
  lastFiledAt: string | null;
  lateFilings: LateFilings;
};

export type PersonIssuer = Roles & Pick<IssuerRow, 'cik' | 'name' | 'ticker'> & {
  filings: number;
  lastFiledAt: string | null;
};

export type LatestFiling = Roles & Pick<FilingRecord, 'accession' | 'formType' | 'issuerCik' | 'issuerName' | 'issuerTicker'> & {
  /** The filing's date (`filings.filing_date`). */
  filedAt: FilingRecord['filingDate'];
  ownerCik: string | null;
  ownerName: string | null;
  /** `ownerName` as readers see it, decided from the owner's filings (db/queries/names-evidence). */
  ownerReadableName: string | null;
  ownerCount: number;
  /** The filing's main line: its open-market purchases or sales, else its first Table I transaction, else Table II, else a holding; null when it has no lines. */
  kind: 'transaction' | 'holding' | null;
  code: string | null;
  acquiredDisposed: string | null;
  /** Totals over the filing's lines with the main line's table, code and direction (for a holding, the shares held). */
  shares: FiledNumber;
  /** value ÷ shares when every such line has a price; the single price when there is one line. */
  pricePerShare: FiledNumber;
  value: number | null;
  /** Lines summed into the main line ("23 lots"). */
  lines: number;
  /** Lines in the filing beyond those summed. */
  otherLines: number;
  /** Those other lines counted by code, open-market ones first ("1 × M"). */
  also: { code: string | null; kind: 'transaction' | 'holding'; lines: number }[];
};

export type SearchHit = { kind: 'owner' | 'issuer' } & Pick<IssuerRow, 'cik' | 'name' | 'ticker'>;

export type TransactionPage = {
  rows: TransactionRow[];
  total: number;
  /** The page shown: the asked page, clamped to the last one. */
  page: number;
  pageSize: number;
  pageCount: number;
  sort: { key: SortKey; dir: SortDir };
};

// Row shapes of the market screener and cluster queries (db/queries/trades*.ts, clusters*.ts), types
// only: the pages, their client islands and the feeds import them from here, not from a query
// module. Filed amounts are a number, the filed text when it was not a number, or null.
import type { RowSignals } from '@/db/queries/types';
import type { LineValues } from './line-values';
import type { ClusterSortKey, TradeSortKey } from '@/lib/trade-params';

/** The relationship boxes checked, by the API's role names. */
export type OwnerBox = 'director' | 'officer' | 'tenPercentOwner' | 'other';

export type TradeIssuer = { cik: string; ticker: string | null; name: string | null };

export type TradeOwner = {
  cik: string;
  /** As filed ("MUSK ELON"); readableName (lib/domain/names.ts) for display. */
  name: string | null;
  roles: OwnerBox[];
  officerTitle: string | null;
  otherText: string | null;
};

/** One transaction line (Table I or II) of one filing. */
export type TradeRow = {
  /** filing_rows id: stable while the filing stays stored. */
  id: number;
  accession: string;
  formType: string;
  /** Filing date (YYYY-MM-DD); null for a bare XML loaded without its submission header. */
  filedAt: string | null;
  /** With its industry's SIC code (db/schema.ts issuers.sic); null while EDGAR has given none. */
  issuer: TradeIssuer & { sic: string | null };
  /**
   * The reporting owner shown: the one filtered on (`owner`), else the filing's first owner with a
   * role filtered on, else its first owner. A joint filing's rows are listed once, not per owner.
   */
  owner: TradeOwner | null;
  /** Reporting owners on the filing (a joint filing has several). */
  ownerCount: number;
  /** Shares traded over shares held before, in percent; null unless both are known and some were held. */
  ownershipChangePct: number | null;
  /** Table II (options, warrants, ...): its price is the option's own, not the stock's. */
  isDerivative: boolean;
  /** The 10b5-1 checkbox: null where the filing does not have it (before April 2023). */
  aff10b5One: boolean | null;
  /** The accession this filing amends, for a 4/A whose original is stored. */
  amends: string | null;
} & LineValues & RowSignals;

export type TradePage = {
  rows: TradeRow[];
  /** Matching rows, counted up to TOTAL_CAP (then `totalIsCapped`: this many or more; a pattern's count also stops after PATTERN_COUNT_WALK rows). */
  total: number;
  totalIsCapped: boolean;
  /** The page shown: the asked page, clamped to the last one. */
  page: number;
  size: number;
  pageCount: number;
  sort: { key: TradeSortKey; dir: 'asc' | 'desc' };
};

export type ClusterInsider = TradeOwner & {
  /** The first trade date and filing of this insider's purchases in the cluster. */
  accessions: string[];
};

/** Open-market purchases (code P) by several insiders of one issuer within the window. */
export type Cluster = {
  issuer: TradeIssuer;
  /** Every owner on the cluster's filings, in order of their first purchase. */
  insiders: ClusterInsider[];
  /** Distinct insiders: the owners of one joint filing count as one. */
  insiderCount: number;
  /** First and last transaction date. */
  from: string;
  to: string;
  /** Transaction lines (a joint filing's lines once). */
  trades: number;
  /** Sums of the lines filed as numbers. */
  shares: number;
  value: number;
  /** The filings, newest first. */
  accessions: string[];
};

export type ClusterPage = {
  clusters: Cluster[];
  total: number;
  page: number;
  size: number;
  pageCount: number;
  sort: { key: ClusterSortKey; dir: 'asc' | 'desc' };
};

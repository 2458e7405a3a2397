// The screener's URLs as its table and form build them (pure: the table island runs it too).
import type { TableState } from '@/components/table/table-state';
import { clusterRowFilters, derivativeDefault, type ClusterParams, type TradeParams, type TradeSortKey } from '@/lib/trade-params';
import { toTradeQueryString } from '@/lib/trade-urls';

/**
 * The view sorted so, from page 1. Derivative rows follow the new sort's default unless they were
 * asked for otherwise: ranking by value leaves options out, the newest-first list has them.
 */
export function tradeSortQuery(p: TradeParams, sort: TradeSortKey, dir: 'asc' | 'desc'): string {
  const asked = p.derivative !== derivativeDefault(p);
  const next = { ...p, sort, dir, page: 1 };
  return toTradeQueryString(next, { derivative: asked ? p.derivative : derivativeDefault(next) });
}

/** The screener's sort and page as TanStack state (manual: the server sorted and paged). */
export function toTradeTableState(p: TradeParams): TableState {
  return {
    sorting: [{ id: p.sort, desc: p.dir === 'desc' }],
    columnFilters: [],
    pagination: { pageIndex: p.page - 1, pageSize: p.size },
  };
}

/** The view's filters alone (newest first, first page, default size): what a feed follows. */
export function tradeFeedQuery(p: TradeParams): string {
  return tradeSortQuery({ ...p, size: 50, format: 'json' }, 'filed', 'desc');
}

/** A cluster view's filters alone (newest first, first page): what its feed follows. */
export function clusterFeedQuery(p: ClusterParams): string {
  return toTradeQueryString({ ...p, sort: 'date', dir: 'desc', page: 1, size: 50, format: 'json' });
}

/**
 * A cluster's purchases on the screener: the view's filters of rows (not the cluster's value bounds
 * or insider, which pick clusters), its issuer and its dates. A cluster holds every purchase of its
 * issuer between its first and last date, so the screener lists exactly its trades.
 */
export function clusterTradesQuery(p: ClusterParams, cluster: { issuerCik: string; from: string; to: string }): string {
  const trade: TradeParams = {
    ...clusterRowFilters(p), codes: ['P'], sort: 'filed', dir: 'desc', page: 1, size: 50, format: 'json', pattern: null, late: false,
    issuer: { cik: cluster.issuerCik }, from: cluster.from, to: cluster.to,
  };
  return toTradeQueryString(trade);
}

import 'server-only';
import { iterateTrades, listTrades } from '@/db/queries/trades';
import { listAllClusters, listClusters } from '@/db/queries/clusters';
import type { Cluster, TradeRow } from '@/lib/domain/market-rows';
import { csvHeaders, streamCsv, type CsvColumn } from '@/app/api/_lib/csv-stream';
import { joinFlags } from '@/lib/domain/suspect-values';
import { parseClusterParamsStrict, parseTradeParamsStrict } from '@/lib/trade-params';
import { badParameters } from '@/app/api/_lib/bad-parameters';

const TRADE_COLUMNS: CsvColumn<TradeRow>[] = [
  { header: 'accession', value: (r) => r.accession },
  { header: 'form_type', value: (r) => r.formType },
  { header: 'filed_at', value: (r) => r.filedAt },
  { header: 'transaction_date', value: (r) => r.transactionDate },
  { header: 'issuer_cik', value: (r) => r.issuer.cik },
  { header: 'issuer_ticker', value: (r) => r.issuer.ticker },
  { header: 'issuer_name', value: (r) => r.issuer.name },
  { header: 'issuer_sic', value: (r) => r.issuer.sic },
  { header: 'owner_cik', value: (r) => r.owner?.cik ?? null },
  { header: 'owner_name', value: (r) => r.owner?.name ?? null },
  { header: 'owner_roles', value: (r) => r.owner?.roles.join(';') ?? null },
  { header: 'officer_title', value: (r) => r.owner?.officerTitle ?? null },
  { header: 'other_text', value: (r) => r.owner?.otherText ?? null },
  { header: 'owners_on_filing', value: (r) => r.ownerCount },
  { header: 'security_title', value: (r) => r.securityTitle },
  { header: 'code', value: (r) => r.code },
  { header: 'acquired_disposed', value: (r) => r.acquiredDisposed },
  { header: 'shares', value: (r) => r.shares },
  { header: 'price_per_share', value: (r) => r.pricePerShare },
  { header: 'value', value: (r) => r.value },
  { header: 'shares_owned_after', value: (r) => r.sharesOwnedAfter },
  { header: 'ownership_change_pct', value: (r) => r.ownershipChangePct },
  { header: 'direct_or_indirect', value: (r) => r.directOrIndirect },
  { header: 'is_derivative', value: (r) => (r.isDerivative ? 1 : 0) },
  { header: 'aff10b5_one', value: (r) => (r.aff10b5One === null ? null : r.aff10b5One ? 1 : 0) },
  { header: 'amends', value: (r) => r.amends },
  // The signals, as the issuer and person CSVs give them (app/api/_lib/transactions-csv.ts): empty
  // pattern on a line that is no open-market trade, empty days late when unknown, flags a comma list.
  { header: 'pattern', value: (r) => r.pattern },
  { header: 'pattern_reason', value: (r) => r.patternReason },
  { header: 'days_late', value: (r) => r.daysLate },
  { header: 'flags', value: (r) => joinFlags(r.flags) },
];

const CLUSTER_COLUMNS: CsvColumn<Cluster>[] = [
  { header: 'issuer_cik', value: (c) => c.issuer.cik },
  { header: 'issuer_ticker', value: (c) => c.issuer.ticker },
  { header: 'issuer_name', value: (c) => c.issuer.name },
  { header: 'from', value: (c) => c.from },
  { header: 'to', value: (c) => c.to },
  { header: 'insiders', value: (c) => c.insiderCount },
  { header: 'insider_ciks', value: (c) => c.insiders.map((i) => i.cik).join(';') },
  { header: 'insider_names', value: (c) => c.insiders.map((i) => i.name ?? '').join(';') },
  { header: 'trades', value: (c) => c.trades },
  { header: 'shares', value: (c) => c.shares },
  { header: 'value', value: (c) => c.value },
  { header: 'accessions', value: (c) => c.accessions.join(';') },
];

export const TRADE_CSV_HEADERS = TRADE_COLUMNS.map((c) => c.header);
export const CLUSTER_CSV_HEADERS = CLUSTER_COLUMNS.map((c) => c.header);

// Examples (parameters: lib/trade-params.ts; every one also works on /trades and /trades/feed):
//   curl 'http://localhost:3000/api/trades?code=P&days=7'                         purchases filed this week
//   curl 'http://localhost:3000/api/trades?code=P&role=officer&minValue=100000'  officer buys of $100k or more
//   curl 'http://localhost:3000/api/trades?code=S&role=ceo,cfo&issuer=TSLA'      CEO and CFO sales at Tesla
//   curl 'http://localhost:3000/api/trades?code=P&sort=value&size=1000'          the largest purchases
//   curl -o buys.csv 'http://localhost:3000/api/trades?code=P&from=2024-01-01&format=csv'
//   curl 'http://localhost:3000/api/clusters?minInsiders=3&window=14&minValue=1000000'
//   curl 'http://localhost:3000/trades/feed?owner=1494730'                         an Atom feed of one insider
// A bad parameter answers 400: {"error": "Bad parameters: code unknown transaction code \"Q\"...",
// "problems": [{"param": "code", "message": "..."}]}.

/**
 * GET /api/trades: one page of the screener as JSON (`rows`, `total`, `totalIsCapped`, `page`,
 * `size`, `pageCount`, `sort`), or with `format=csv` every matching row, streamed. Same parameters
 * as /trades; anything malformed is a 400 naming it.
 */
export function tradesResponse(url: URL): Response {
  const parsed = parseTradeParamsStrict(url.searchParams);
  if (!parsed.ok) return badParameters(parsed.problems);
  const params = parsed.params;
  if (params.format === 'csv') {
    const body = streamCsv(TRADE_CSV_HEADERS, () => iterateTrades(params), (r) => TRADE_COLUMNS.map((c) => c.value(r)));
    return new Response(body, { headers: csvHeaders('trades.csv') });
  }
  return Response.json(listTrades(params), { headers: { 'Cache-Control': 'no-store' } });
}

/**
 * GET /api/clusters: cluster buys as JSON (`clusters`, `total`, `page`, `size`, `pageCount`,
 * `sort`), or with `format=csv` every cluster, one line each.
 */
export function clustersResponse(url: URL): Response {
  const parsed = parseClusterParamsStrict(url.searchParams);
  if (!parsed.ok) return badParameters(parsed.problems);
  const params = parsed.params;
  if (params.format === 'csv') {
    const open = () => ({ rows: listAllClusters(params)[Symbol.iterator](), close: () => {} });
    return new Response(streamCsv(CLUSTER_CSV_HEADERS, open, (c) => CLUSTER_COLUMNS.map((col) => col.value(c))), {
      headers: csvHeaders('clusters.csv'),
    });
  }
  return Response.json(listClusters(params), { headers: { 'Cache-Control': 'no-store' } });
}

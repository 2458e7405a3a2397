import 'server-only';
import { listTrades } from '@/db/queries/trades';
import { tradeFeedEntries } from '@/lib/feeds/trade-feed';
import { siteUrl } from '@/lib/site-url';
import { parseTradeParamsStrict } from '@/lib/trade-params';
import { toTradeQueryString } from '@/lib/trade-urls';
import { badParametersText } from '@/app/api/_lib/bad-parameters';
import { listingFeedResponse } from '@/app/api/_lib/listing-feed';

/** Filings in a feed: a reader polls it, so the newest fifty are plenty. */
const FEED_FILINGS = 50;

/**
 * GET /trades/feed?<screener parameters>: an Atom feed of the matching filings, one entry per
 * filing, newest first, linking to /filings/<accession> on the host the request came to. A
 * malformed parameter is a 400 naming it (a feed reader shows it; a quietly wider feed would not).
 */
export function tradesFeedResponse(request: Request): Response {
  const url = new URL(request.url);
  const parsed = parseTradeParamsStrict(url.searchParams);
  if (!parsed.ok) return badParametersText(parsed.problems);
  // A feed is always newest filing first, from its first row: enough rows for FEED_FILINGS filings
  // (the widest filings have a few dozen lines).
  const params = { ...parsed.params, sort: 'filed' as const, dir: 'desc' as const, page: 1, size: 1_000, format: 'json' as const };
  const rows = listTrades(params).rows;
  // The address the reader asked (or SITE_URL): under `next start` the request's own URL says localhost.
  const origin = siteUrl(request.headers);
  const query = toTradeQueryString(params, { size: 50 });
  const entries = tradeFeedEntries(rows, origin);
  // The last filing may be cut off by the row limit: leave it for the next poll.
  if (rows.length === params.size) entries.pop();
  entries.splice(FEED_FILINGS);
  return listingFeedResponse({ origin, page: '/trades', query, title: 'insider trades', entries });
}

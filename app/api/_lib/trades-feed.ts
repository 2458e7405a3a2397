import 'server-only';
import { listTrades } from '@/db/queries/trades';
import { tradeFeedEntries } from '@/lib/feeds/trade-feed';
import type { AtomEntry } from '@/lib/feeds/atom';
import { siteUrl } from '@/lib/site-url';
import { parseTradeParams, parseTradeParamsStrict, type TradeParams } from '@/lib/trade-params';
import { toTradeQueryString } from '@/lib/trade-urls';
import { badParametersText } from '@/app/api/_lib/bad-parameters';
import { listingFeedResponse } from '@/app/api/_lib/listing-feed';

/** Filings in a feed: a reader polls it, so the newest fifty are plenty. */
const FEED_FILINGS = 50;
/** Rows read for them: the widest filings have a few dozen lines. */
const FEED_ROWS = 1_000;

/** The view as a feed reads it: newest filing first, from its first row, enough rows for FEED_FILINGS filings. */
function feedParams(filter: TradeParams): TradeParams {
  return { ...filter, sort: 'filed', dir: 'desc', page: 1, size: FEED_ROWS, format: 'json' };
}

/** One entry per filing of the view's rows, newest first, at most FEED_FILINGS. */
function filingEntries(params: TradeParams, origin: string): AtomEntry[] {
  const rows = listTrades(params).rows;
  const entries = tradeFeedEntries(rows, origin);
  // The last filing may be cut off by the row limit: leave it for the next poll.
  if (rows.length === params.size) entries.pop();
  return entries.slice(0, FEED_FILINGS);
}

/**
 * GET /trades/feed?<screener parameters>: an Atom feed of the matching filings, one entry per
 * filing, newest first, linking to /filings/<accession> on the host the request came to. A
 * malformed parameter is a 400 naming it (a feed reader shows it; a quietly wider feed would not).
 */
export function tradesFeedResponse(request: Request): Response {
  const parsed = parseTradeParamsStrict(new URL(request.url).searchParams);
  if (!parsed.ok) return badParametersText(parsed.problems);
  const params = feedParams(parsed.params);
  // The address the reader asked (or SITE_URL): under `next start` the request's own URL says localhost.
  const origin = siteUrl(request.headers);
  const query = toTradeQueryString(params, { size: FEED_FILINGS });
  return listingFeedResponse({ origin, page: '/trades', query, title: 'insider trades', entries: filingEntries(params, origin) });
}

/** An Atom feed of one issuer's or one person's filings with transactions (`<page>/feed`), as /trades/feed builds its entries. */
export function filingsFeedResponse(request: Request, { filter, title, page }: {
  filter: Partial<TradeParams>;
  title: string;
  /** The page the feed follows ("/issuers/1318605"). */
  page: string;
}): Response {
  const params = feedParams({ ...parseTradeParams({}).params, ...filter });
  const origin = siteUrl(request.headers);
  return listingFeedResponse({ origin, page, title, entries: filingEntries(params, origin) });
}

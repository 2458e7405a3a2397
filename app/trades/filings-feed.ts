import 'server-only';
import { listTrades } from '@/db/queries/trades';
import { atomXml } from '@/lib/feeds/atom';
import { tradeFeedEntries } from '@/lib/feeds/trade-feed';
import { parseTradeParams, type TradeParams } from '@/lib/trade-params';
import { siteUrl } from '@/lib/site-url';
import { ATOM_HEADERS } from '@/app/api/_lib/listing-feed';

/** Filings in a feed: a reader polls it, so the newest fifty are plenty (as /trades/feed). */
const FEED_FILINGS = 50;
/** Rows read for them: the widest filings have a few dozen lines. */
const FEED_ROWS = 1_000;

/**
 * An Atom feed of one issuer's or one person's filings with transactions: one entry per filing,
 * newest first, built as the screener's feed builds them (lib/feeds/trade-feed.ts).
 */
export function filingsFeedResponse(request: Request, { filter, title, page }: {
  filter: Partial<TradeParams>;
  title: string;
  /** The page the feed follows ("/issuers/1318605"). */
  page: string;
}): Response {
  const params: TradeParams = { ...parseTradeParams({}).params, ...filter, sort: 'filed', dir: 'desc', page: 1, size: FEED_ROWS };
  const rows = listTrades(params).rows;
  // The address the reader asked (or SITE_URL): links in a feed are absolute.
  const origin = siteUrl(request.headers);
  const url = new URL(request.url);
  const entries = tradeFeedEntries(rows, origin);
  // The last filing may be cut off by the row limit: leave it for the next poll.
  if (rows.length === FEED_ROWS) entries.pop();
  entries.splice(FEED_FILINGS);
  const self = `${origin}${url.pathname}`;
  const xml = atomXml({
    id: self,
    title: `Section16: ${title}`,
    author: 'Section16',
    links: [
      { href: self, rel: 'self', type: 'application/atom+xml' },
      { href: `${origin}${page}`, rel: 'alternate', type: 'text/html' },
    ],
    entries,
  });
  return new Response(xml, { headers: ATOM_HEADERS });
}

export function feedNotFound(what: string): Response {
  return new Response(`${what}\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

import { listClusters } from '@/db/queries/clusters';
import { atomXml } from '@/lib/feeds/atom';
import { parseClusterParamsStrict } from '@/lib/trade-params';
import { toTradeQueryString } from '@/lib/trade-urls';
import { siteUrl } from '@/lib/site-url';
import { ATOM_HEADERS } from '@/app/trades/filings-feed';
import { clusterFeedEntries } from './cluster-entries';

/** Clusters in a feed: the newest fifty (by their last purchase). */
const FEED_CLUSTERS = 50;

/**
 * GET /clusters/feed?<cluster parameters>: an Atom feed of the cluster buys, one entry per cluster,
 * newest first. A malformed parameter is a 400 naming it, as for /trades/feed.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = parseClusterParamsStrict(url.searchParams);
  if (!parsed.ok) {
    const text = `Bad parameters: ${parsed.problems.map((p) => `${p.param} ${p.message}`).join('; ')}\n`;
    return new Response(text, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const params = { ...parsed.params, sort: 'date' as const, dir: 'desc' as const, page: 1, size: FEED_CLUSTERS, format: 'json' as const };
  const query = toTradeQueryString(params);
  // The address the reader asked (or SITE_URL): links in a feed are absolute.
  const origin = siteUrl(request.headers);
  const xml = atomXml({
    id: `${origin}/clusters/feed${query}`,
    title: `Section16: cluster buys${query ? ` (${decodeURIComponent(query.slice(1)).replace(/&/g, ', ')})` : ''}`,
    author: 'Section16',
    links: [
      { href: `${origin}/clusters/feed${query}`, rel: 'self', type: 'application/atom+xml' },
      { href: `${origin}/clusters${query}`, rel: 'alternate', type: 'text/html' },
    ],
    entries: clusterFeedEntries(listClusters(params).clusters, origin, new URLSearchParams(query)),
  });
  return new Response(xml, { headers: ATOM_HEADERS });
}

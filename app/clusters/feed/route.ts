import { listClusters } from '@/db/queries/clusters';
import { parseClusterParamsStrict } from '@/lib/trade-params';
import { toTradeQueryString } from '@/lib/trade-urls';
import { siteUrl } from '@/lib/site-url';
import { badParametersText } from '@/app/api/_lib/bad-parameters';
import { listingFeedResponse } from '@/app/api/_lib/listing-feed';
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
  if (!parsed.ok) return badParametersText(parsed.problems);
  const params = { ...parsed.params, sort: 'date' as const, dir: 'desc' as const, page: 1, size: FEED_CLUSTERS, format: 'json' as const };
  const query = toTradeQueryString(params);
  // The address the reader asked (or SITE_URL): links in a feed are absolute.
  const origin = siteUrl(request.headers);
  const entries = clusterFeedEntries(listClusters(params).clusters, origin, new URLSearchParams(query));
  return listingFeedResponse({ origin, page: '/clusters', query, title: 'cluster buys', entries });
}

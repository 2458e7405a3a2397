// Cluster buys as Atom entries: one per cluster, titled "3 insiders bought $1.2M of MKT (Mar 1–7,
// 2024)", linking to the cluster view narrowed to that issuer and those dates.
import type { Cluster } from '@/lib/domain/market-rows';
import type { AtomEntry } from '@/lib/feeds/atom';
import { readableName } from '@/lib/domain/names';
import { formatLongDate } from '@/lib/format';

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

export function clusterTitle(c: Cluster): string {
  const what = c.issuer.ticker ?? c.issuer.name ?? `CIK ${c.issuer.cik}`;
  const dates = c.from === c.to ? formatLongDate(c.from) : `${formatLongDate(c.from)} to ${formatLongDate(c.to)}`;
  return `${c.insiderCount} insiders bought $${compact.format(c.value)} of ${what} (${dates})`;
}

/**
 * The entry's id is the issuer and the cluster's first day: when a later purchase joins the
 * cluster, the entry is updated rather than repeated.
 */
export function clusterFeedEntries(clusters: readonly Cluster[], origin: string, query: URLSearchParams): AtomEntry[] {
  return clusters.map((c) => {
    const narrowed = new URLSearchParams(query);
    for (const name of ['issuer', 'from', 'to', 'page', 'sort', 'dir']) narrowed.delete(name);
    narrowed.set('issuer', c.issuer.cik);
    narrowed.set('from', c.from);
    narrowed.set('to', c.to);
    return {
      id: `${origin}/clusters?issuer=${c.issuer.cik}&from=${c.from}`,
      title: clusterTitle(c),
      updated: c.to,
      link: `${origin}/clusters?${narrowed.toString().replace(/%2C/g, ',')}`,
      summary: `${c.insiders.map((i) => readableName(i.name) || `CIK ${i.cik}`).join(', ')}: ${c.trades} purchase${c.trades === 1 ? '' : 's'} at ${c.issuer.name ?? c.issuer.cik}`,
    };
  });
}

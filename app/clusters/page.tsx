import type { Metadata } from 'next';
import Link from 'next/link';
import { listClusters } from '@/db/queries/clusters';
import { getIndustryByCode } from '@/db/queries/issuers';
import { parseClusterParams, type ClusterParams } from '@/lib/trade-params';
import { toTradeQueryString } from '@/lib/trade-urls';
import { ClustersTable } from '@/components/market/clusters-table';
import { ExportLinks } from '@/components/market/export-links';
import { IgnoredParams } from '@/components/market/ignored-params';
import { IndustryFilterNote } from '@/components/market/industry';
import { MarketFilters } from '@/components/market/market-filters';
import { clusterFeedQuery, clusterTradesQuery } from '@/components/market/trade-links';
import { mutedClass, sectionTitleClass } from '@/components/ui/styles';
import { dropEmptyParams, withValues, type SearchParams } from '@/app/trades/market-query';

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { params } = parseClusterParams(await searchParams);
  return {
    title: 'Cluster buys',
    description: 'Companies where several insiders bought shares on the open market within days of each other.',
    alternates: {
      canonical: `/clusters${toTradeQueryString(params)}`,
      types: { 'application/atom+xml': [{ url: `/clusters/feed${clusterFeedQuery(params)}`, title: 'Cluster buys (Atom)' }] },
    },
  };
}

const integer = new Intl.NumberFormat('en-US');

export default async function ClustersPage({ searchParams }: Props) {
  const sp = await searchParams;
  dropEmptyParams('/clusters', sp);
  const { params, ignored } = parseClusterParams(sp);
  const result = listClusters(params);
  const shown: ClusterParams = { ...params, page: result.page };
  const query = toTradeQueryString(shown, { page: 1 });
  const csv = toTradeQueryString(shown, { page: 1, format: 'csv' });
  const href = (over: Partial<ClusterParams>) => `/clusters${toTradeQueryString(shown, over)}`;
  const sortOnly = toTradeQueryString(parseClusterParams({ sort: params.sort, dir: params.dir }).params);
  const filtersOnly = toTradeQueryString({ ...params, page: 1 });
  const first = result.total === 0 ? 0 : (result.page - 1) * result.size + 1;
  const last = Math.min(result.total, result.page * result.size);

  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Cluster buys</h1>
        <p className={`max-w-3xl text-sm ${mutedClass}`}>
          Companies where at least {params.minInsiders} insiders bought shares on the open market (code P) within{' '}
          {params.window} days of each other. The owners of one joint filing (a fund and its general partner reporting one
          block) count as one insider. Newest clusters first.
        </p>
        {params.sic ? <IndustryFilterNote sic={params.sic} industry={getIndustryByCode(params.sic)} what="Cluster buys" /> : null}
      </header>
      <MarketFilters kind="clusters" params={params} action="/clusters" clearHref={sortOnly !== filtersOnly ? `/clusters${sortOnly}` : null} />
      <IgnoredParams ignored={withValues(ignored, sp)} />
      <section aria-labelledby="clusters-title" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="clusters-title" className={sectionTitleClass}>
            {`${integer.format(result.total)} cluster ${result.total === 1 ? 'buy' : 'buys'}`}
          </h2>
          <ExportLinks csv={`/api/clusters${csv}`} json={`/api/clusters${query}`} feed={`/clusters/feed${clusterFeedQuery(params)}`} />
        </div>
        <ClustersTable
          clusters={result.clusters}
          sort={result.sort}
          sortHref={(sort, dir) => href({ sort, dir, page: 1 })}
          tradesHref={(c) => `/trades${clusterTradesQuery(params, { issuerCik: c.issuer.cik, from: c.from, to: c.to })}`}
          caption="Cluster buys"
        />
        <nav aria-label="Pages" className="pager">
          <span>{result.total === 0 ? 'No clusters' : `Clusters ${integer.format(first)}–${integer.format(last)} of ${integer.format(result.total)}`}</span>
          {result.pageCount > 1 ? (
            <ul>
              <li>{result.page > 1 ? <Link href={href({ page: result.page - 1 })} rel="prev" prefetch={false}>← Previous</Link> : <span aria-disabled="true">← Previous</span>}</li>
              <li><span aria-current="page">{result.page}</span></li>
              <li>{result.page < result.pageCount ? <Link href={href({ page: result.page + 1 })} rel="next" prefetch={false}>Next →</Link> : <span aria-disabled="true">Next →</span>}</li>
            </ul>
          ) : null}
        </nav>
      </section>
      <p className={`text-xs ${mutedClass}`}>
        Every single trade, with more filters, is on <Link href="/trades?code=P" className="link">Trades</Link>.
      </p>
    </div>
  );
}

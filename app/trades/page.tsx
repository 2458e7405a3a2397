import type { Metadata } from 'next';
import Link from 'next/link';
import { listTrades } from '@/db/queries/trades';
import { getIndustryByCode } from '@/db/queries/issuers';
import { parseTradeParams } from '@/lib/trade-params';
import { toTradeQueryString, TRADE_PRESETS } from '@/lib/trade-urls';
import { TransactionsTable } from '@/components/table/transactions-table';
import { toTableRows } from '@/components/table/table-rows';
import { ExportLinks } from '@/components/market/export-links';
import { IgnoredParams } from '@/components/market/ignored-params';
import { IndustryFilterNote } from '@/components/market/industry';
import { MarketFilters } from '@/components/market/market-filters';
import { PresetLinks } from '@/components/market/preset-links';
import { tradeFeedQuery } from '@/components/market/trade-links';
import { mutedClass, sectionTitleClass } from '@/components/ui/styles';
import { dropEmptyParams, withValues, type SearchParams } from './market-query';
import { toTransactionLines } from './trade-lines';

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { params } = parseTradeParams(await searchParams);
  const query = toTradeQueryString(params);
  return {
    title: 'Insider trades across the market',
    description: 'Every insider transaction filed on Forms 3, 4 and 5, newest filings first: filter by code, role, date, value and price; export as CSV or follow as a feed.',
    alternates: {
      canonical: `/trades${query}`,
      types: { 'application/atom+xml': [{ url: `/trades/feed${tradeFeedQuery(params)}`, title: 'Insider trades (Atom)' }] },
    },
  };
}

export default async function TradesPage({ searchParams }: Props) {
  const sp = await searchParams;
  dropEmptyParams('/trades', sp);
  const { params, ignored } = parseTradeParams(sp);
  const result = listTrades(params);
  const shown = { ...params, page: result.page };
  const query = toTradeQueryString(shown, { page: 1 });
  const csv = toTradeQueryString(shown, { page: 1, format: 'csv' });
  const filtersOnly = toTradeQueryString({ ...params, page: 1 });
  // "Clear filters" keeps the sort.
  const sortOnly = toTradeQueryString(parseTradeParams({ sort: params.sort, dir: params.dir }).params);
  const caption = 'Insider trades';

  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Insider trades across the market</h1>
        <p className={`max-w-3xl text-sm ${mutedClass}`}>
          Every transaction line of every stored filing, newest filings first. Filter it, sort it by a column, and share,
          download or follow the result: each view is a URL.
        </p>
        {params.sic ? <IndustryFilterNote sic={params.sic} industry={getIndustryByCode(params.sic)} what="Trades" /> : null}
      </header>
      <PresetLinks current={filtersOnly} presets={TRADE_PRESETS.map((p) => ({ label: p.label, href: `/trades${p.query}`, query: p.query }))} />
      <MarketFilters kind="trades" params={params} action="/trades" clearHref={sortOnly !== filtersOnly ? `/trades${sortOnly}` : null} />
      <IgnoredParams ignored={withValues(ignored, sp)} />
      <section aria-labelledby="trades-title" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="trades-title" className={sectionTitleClass}>
            {result.totalIsCapped ? `${result.total.toLocaleString('en-US')}+ lines` : `${result.total.toLocaleString('en-US')} ${result.total === 1 ? 'line' : 'lines'}`}
          </h2>
          <ExportLinks csv={`/api/trades${csv}`} json={`/api/trades${query}`} feed={`/trades/feed${tradeFeedQuery(params)}`} />
        </div>
        <TransactionsTable
          {...toTableRows(toTransactionLines(result.rows), 'market')}
          variant="market"
          trade={shown}
          total={result.total}
          pageCount={result.pageCount}
          basePath="/trades"
          caption={caption}
        />
        {result.totalIsCapped ? (
          <p className={`text-xs ${mutedClass}`}>
            Pages go to the first {result.total.toLocaleString('en-US')} lines; the CSV has every one. Narrow the filters to page
            through the rest.
          </p>
        ) : null}
      </section>
      <p className={`text-xs ${mutedClass}`}>
        Cluster buys (several insiders of one company buying within days) are on <Link href="/clusters" className="link">Clusters</Link>.
      </p>
    </div>
  );
}

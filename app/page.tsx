import Link from 'next/link';
import { connection } from 'next/server';
import { listLatestFilings } from '@/db/queries/latest';
import { listTrades } from '@/db/queries/trades';
import { listClusters } from '@/db/queries/clusters';
import { parseClusterParams, parseTradeParams } from '@/lib/trade-params';
import { LatestClusters, LatestPurchases } from '@/components/market/market-summary';
import { mutedClass, sectionTitleClass } from '@/components/ui/styles';
import { holdsSampleFilings } from '@/db/queries/samples';
import { isEdgarLoadingEnabled } from '@/lib/edgar/env';
import { SamplesNotice } from '@/components/ui/sample-mark';
import { getDatabaseCoverage } from '@/db/queries/coverage';
import { edgarToday } from '@/lib/edgar/urls';
import { DatabaseCoverageNote } from './database-coverage';
import { LatestFilingsTable } from './latest-filings-table';
import { recentWindow } from './recent-window';

const CLUSTER_DAYS = 30;

export default async function HomePage() {
  // Rendered per request: the latest filings change whenever an ingest runs.
  await connection();
  const filings = listLatestFilings(30);
  // Enough lines for five filings (a filing may report dozens of purchases).
  const purchases = listTrades(parseTradeParams({ code: 'P', size: '100' }).params).rows;
  // A recent window: cluster buys over the whole history are computed once per database change on
  // /clusters; the home page, shown most, asks only for the last CLUSTER_DAYS days (app/recent-window.ts).
  const coverage = getDatabaseCoverage();
  const today = edgarToday();
  const { params: clusterWindow, through } = recentWindow(CLUSTER_DAYS, coverage, today);
  const clusters = listClusters(parseClusterParams({ ...clusterWindow, size: '3' }).params).clusters;
  const sample = holdsSampleFilings();

  return (
    <div className="space-y-8">
      {sample ? <SamplesNotice edgarLoading={isEdgarLoadingEnabled()} /> : null}
      <section className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Who inside a company is buying and selling its stock</h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          When a director, an officer or an owner of more than 10% of a U.S. public company buys, sells or is
          granted its shares, they must tell the SEC within two business days on a Form 4; Forms 3 and 5 report
          their holdings when they join and once a year.
        </p>
        <p className={`text-sm ${mutedClass}`}>
          Search a person, a company, a ticker or a CIK above, start from the market below or{' '}
          <Link href="/industries" className="link">by industry</Link>, or screen every trade on{' '}
          <Link href="/trades" className="link">Trades</Link>.
        </p>
        {sample ? null : <DatabaseCoverageNote coverage={coverage} today={today} />}
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <LatestPurchases rows={purchases} />
        <LatestClusters clusters={clusters} days={CLUSTER_DAYS} through={through} href={`/clusters?${new URLSearchParams(clusterWindow)}`} />
      </div>

      <section className="space-y-2">
        <h2 id="latest-title" className={sectionTitleClass}>Latest filings</h2>
        {filings.length === 0 ? (
          <p className={mutedClass}>
            No filings loaded yet. Load some with <code className="font-mono">npm run ingest -- ../shared/corpus/xml</code>.
          </p>
        ) : (
          <LatestFilingsTable filings={filings} sample={sample} />
        )}
        <p className={`text-xs ${mutedClass}`}>
          Each filing leads with its open-market purchases or sales (codes P and S): shares and value add up its
          lines (&ldquo;lots&rdquo;) of that code, the price is their average; its other lines are counted below. Where a
          filing&rsquo;s date is not in the data, its period of report stands in.
        </p>
      </section>
    </div>
  );
}

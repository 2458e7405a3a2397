import type { Metadata } from 'next';
import { cache } from 'react';
import { getIssuerByCik } from '@/db/queries/issuers';
import { listIssuerInsiders } from '@/db/queries/insiders';
import { listReportedHoldings } from '@/db/queries/holdings';
import { getIssuerBuySellSummary } from '@/db/queries/buy-sell';
import { getIssuerMonthlyTrades } from '@/db/queries/monthly-trades';
import { MonthlyTradesChart } from '@/components/charts/monthly-trades-chart';
import { listIssuerTransactions } from '@/db/queries/transactions';
import { parseCik } from '@/lib/domain/cik';
import { LIST_LIMIT, showsAll, toQueryString } from '@/lib/search-params';
import { resolveCikPage } from '@/app/cik-page';
import { listReadableNames } from '@/db/queries/names-evidence';
import { latestWhoOptions, MAX_WHO_OPTIONS } from '@/components/table/transaction-filters';
import { TransactionsSection } from '@/components/table/transactions-section';
import { ProfileHeader } from '@/components/ui/profile-header';
import { holdsSampleFilings } from '@/db/queries/samples';
import { cached } from '@/db/queries/cache';
import { getDb } from '@/db';
import { IndustryLink } from '@/components/market/industry';
import { BuySellSummary } from './buy-sell-summary';
import { InsidersTable } from './insiders-table';

type Props = {
  params: Promise<{ cik: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// One lookup for generateMetadata and the page, kept until the database changes (db/queries/cache.ts).
const loadIssuer = cache((cik: string) => {
  const db = getDb();
  return cached(db, `issuer:${cik}`, () => getIssuerByCik(cik, db));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const cik = parseCik((await params).cik);
  const issuer = cik ? loadIssuer(cik) : null;
  if (!issuer) return { title: 'Issuer not found' };
  const name = issuer.name ?? `CIK ${issuer.cik}`;
  const title = `${name}${issuer.ticker ? ` (${issuer.ticker})` : ''}: insider transactions`;
  const description = `Forms 3, 4 and 5 filed by insiders of ${name}: who bought and sold, at what price, and what they hold.`;
  return { title, description, alternates: { canonical: `/issuers/${issuer.cik}`, types: { 'application/atom+xml': [{ url: `/issuers/${issuer.cik}/feed`, title: `${name}: insider filings (Atom)` }] } }, openGraph: { title, description } };
}

export default async function IssuerPage(props: Props) {
  const { cik, entity: issuer, sp, view, ignored } = await resolveCikPage('/issuers', props, loadIssuer);
  const allInsiders = showsAll(sp, 'insiders');
  const db = getDb();
  // The page's reads as one value, kept until the database changes: most requests between two
  // ingests ask for the same views, and the reads cost as much as rendering the page.
  const { insiders, holdings, summary, result, insiderNames, monthly, sample } = cached(db, `issuer-page:${cik}:${allInsiders}:${JSON.stringify(view)}`, () => {
    const insiders = listIssuerInsiders(cik, db);
    const page = listIssuerTransactions(cik, view, db);
    // Each row's owner named as their filings show it ("Sergey Brin", filed so).
    const rowNames = listReadableNames(page.rows.map((r) => ({ cik: r.ownerCik, name: r.ownerName })), db);
    const insiderLimit = allInsiders ? insiders.length : LIST_LIMIT;
    // Readable names only for the insiders shown and offered: a big issuer has hundreds.
    const named = insiders.filter((i, n) => n < Math.max(insiderLimit, MAX_WHO_OPTIONS) || i.cik === view.insider);
    const readable = listReadableNames(named, db);
    // What the insiders shown hold, from the filing of each one's latest holding.
    const shown = insiders.slice(0, insiderLimit).flatMap((i) => (i.heldAccession === null ? [] : [i.heldAccession]));
    return {
      insiders,
      holdings: listReportedHoldings(shown, db),
      summary: getIssuerBuySellSummary(cik, db),
      result: { ...page, rows: page.rows.map((r) => ({ ...r, ownerReadableName: rowNames.get(r.ownerCik, r.ownerName) || null })) },
      insiderNames: new Map(named.map((i) => [i.cik, readable.get(i.cik, i.name) || `CIK ${i.cik}`])),
      monthly: getIssuerMonthlyTrades(cik, db),
      sample: holdsSampleFilings(db),
    };
  });
  const insiderLimit = allInsiders ? insiders.length : LIST_LIMIT;
  const basePath = `/issuers/${cik}`;

  return (
    <div className="space-y-8">
      <ProfileHeader
        kind="Issuer"
        sample={sample}
        name={issuer.name ?? `CIK ${issuer.cik}`}
        ticker={issuer.ticker}
        cik={issuer.cik}
        facts={[
          { term: 'CIK', value: issuer.cik, mono: true },
          ...(issuer.industry ? [{ term: 'Industry', value: <IndustryLink industry={issuer.industry} /> }] : []),
          { term: 'Filings here', value: issuer.filings.toLocaleString('en-US') },
          { term: 'Follow', value: <a href={`/issuers/${cik}/feed`} className="link" type="application/atom+xml">Atom feed</a> },
        ]}
        firstFiledAt={issuer.firstFiledAt}
        lastFiledAt={issuer.lastFiledAt}
        lateFilings={issuer.lateFilings}
      />

      <BuySellSummary summary={summary} />

      <MonthlyTradesChart issuer={issuer.name ?? `CIK ${issuer.cik}`} {...monthly} />

      <InsidersTable
        insiders={insiders}
        holdings={holdings}
        issuerCik={cik}
        names={insiderNames}
        limit={insiderLimit}
        showAllHref={`${basePath}${toQueryString(view) || '?'}${toQueryString(view) ? '&' : ''}insiders=all#insiders-title`}
      />

      <TransactionsSection
        title="Transactions and holdings"
        result={result}
        view={view}
        basePath={basePath}
        apiPath={`/api/issuers/${cik}/transactions`}
        variant="issuer"
        ignored={ignored}
        who={{
          name: 'insider',
          label: 'Insider',
          options: latestWhoOptions(insiders, view.insider, (i) => insiderNames.get(i.cik) ?? `CIK ${i.cik}`),
        }}
      />
    </div>
  );
}

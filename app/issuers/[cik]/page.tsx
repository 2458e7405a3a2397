import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { edgarIssuerUrl, formatLongDate } from '@/lib/format';
import { getIssuerByCik } from '@/db/queries/issuers';
import { listIssuerInsiders } from '@/db/queries/insiders';
import { getIssuerBuySellSummary } from '@/db/queries/buy-sell';
import { listIssuerTransactions } from '@/db/queries/transactions';
import { parseCik } from '@/lib/domain/cik';
import { LIST_LIMIT, parseTableView, rawQueryString, showsAll, toQueryString } from '@/lib/search-params';
import { readableName } from '@/lib/domain/names';
import { MAX_WHO_OPTIONS } from '@/components/table/transaction-filters';
import { TransactionsSection } from '@/components/table/transactions-section';
import { linkClass, mutedClass } from '@/components/ui/styles';
import { BuySellSummary } from './buy-sell-summary';
import { InsidersTable } from './insiders-table';

type Props = {
  params: Promise<{ cik: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// One lookup for generateMetadata and the page.
const loadIssuer = cache((cik: string) => getIssuerByCik(cik));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const cik = parseCik((await params).cik);
  const issuer = cik ? loadIssuer(cik) : null;
  if (!issuer) return { title: 'Issuer not found' };
  const name = issuer.name ?? `CIK ${issuer.cik}`;
  const title = `${name}${issuer.ticker ? ` (${issuer.ticker})` : ''}: insider transactions`;
  const description = `Forms 3, 4 and 5 filed by insiders of ${name}: who bought and sold, at what price, and what they hold.`;
  return { title, description, alternates: { canonical: `/issuers/${issuer.cik}` }, openGraph: { title, description } };
}

export default async function IssuerPage({ params, searchParams }: Props) {
  const raw = (await params).cik;
  const cik = parseCik(raw);
  if (!cik) notFound();
  const sp = await searchParams;
  // "0000046129" and "46129" are one issuer: keep one URL for it.
  if (raw !== cik) permanentRedirect(`/issuers/${cik}${rawQueryString(sp)}`);
  const issuer = loadIssuer(cik);
  if (!issuer) notFound();

  const view = parseTableView(sp);
  const insiders = listIssuerInsiders(cik);
  const summary = getIssuerBuySellSummary(cik);
  const result = listIssuerTransactions(cik, view);
  const basePath = `/issuers/${cik}`;

  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className={`text-xs font-medium uppercase tracking-wide ${mutedClass}`}>Issuer</p>
        <h1 className="text-2xl font-semibold tracking-tight">
          {issuer.name ?? `CIK ${issuer.cik}`}
          {issuer.ticker ? (
            <span className="ml-2 align-middle rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-base font-medium text-zinc-700 dark:bg-zinc-800 dark:text-zinc-200">
              {issuer.ticker}
            </span>
          ) : null}
        </h1>
        <dl className={`flex flex-wrap gap-x-5 gap-y-1 text-sm ${mutedClass}`}>
          <div className="flex gap-1">
            <dt>CIK</dt>
            <dd className="font-mono text-zinc-800 dark:text-zinc-200">{issuer.cik}</dd>
          </div>
          <div className="flex gap-1">
            <dt>Filings here</dt>
            <dd className="text-zinc-800 dark:text-zinc-200">{issuer.filings.toLocaleString('en-US')}</dd>
          </div>
          {issuer.firstFiledAt ? (
            <div className="flex gap-1">
              <dt>Dates</dt>
              <dd className="text-zinc-800 dark:text-zinc-200">
                {formatLongDate(issuer.firstFiledAt)} to {formatLongDate(issuer.lastFiledAt)}
              </dd>
            </div>
          ) : null}
          <div>
            <a href={edgarIssuerUrl(issuer.cik)} className={linkClass} rel="external noopener" target="_blank">
              View on SEC EDGAR<span className="sr-only"> (opens in a new tab)</span> ↗
            </a>
          </div>
        </dl>
      </header>

      <BuySellSummary summary={summary} />

      <InsidersTable
        insiders={insiders}
        issuerCik={cik}
        limit={showsAll(sp, 'insiders') ? insiders.length : LIST_LIMIT}
        showAllHref={`${basePath}${toQueryString(view) || '?'}${toQueryString(view) ? '&' : ''}insiders=all#insiders-title`}
      />

      <TransactionsSection
        title="Transactions and holdings"
        result={result}
        view={view}
        basePath={basePath}
        apiPath={`/api/issuers/${cik}/transactions`}
        variant="issuer"
        who={{
          name: 'insider',
          label: 'Insider',
          // Readable names only for the options offered: a big issuer has hundreds of insiders.
          options: insiders
            .filter((i, n) => n < MAX_WHO_OPTIONS || i.cik === view.insider)
            .map((i) => ({ value: i.cik, label: readableName(i.name) || `CIK ${i.cik}` })),
        }}
      />
    </div>
  );
}

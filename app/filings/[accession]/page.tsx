import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { z } from 'zod';
import { DerivativeTable } from '@/components/filing/derivative-table';
import { Explanation } from '@/components/filing/explanation';
import { FilingFacts } from '@/components/filing/filing-facts';
import { indexFootnotes } from '@/lib/domain/footnotes';
import { describeFormType } from '@/components/filing/form-types';
import { NonDerivativeTable } from '@/components/filing/non-derivative-table';
import { ReportingOwners } from '@/components/filing/reporting-owners';
import { SummaryText } from '@/components/filing/summary-text';
import { getFilingJson } from '@/db/queries/filing-json';
import type { FilingJson } from '@/lib/domain/filing-json';
import { edgarFilingUrl, formatLongDate } from '@/lib/format';
import { readableName } from '@/lib/domain/names';
import { issuerShortName, summarizeFiling } from '@/lib/summary';

type Props = { params: Promise<{ accession: string }> };

// Link previews need absolute URLs; SITE_URL says where this instance is served.
const siteUrl = z.url().catch('http://localhost:3000').parse(process.env.SITE_URL ?? 'http://localhost:3000');

/** One lookup per request, shared by generateMetadata and the page. */
const loadFiling = cache((accession: string) => {
  const filing = getFilingJson(accession);
  return filing ? { filing, summary: summarizeFiling(filing) } : null;
});

function ownersTitle(filing: FilingJson): string {
  const names = filing.reportingOwners.map((o) => readableName(o.name) || `CIK ${o.cik}`);
  if (names.length <= 2) return names.join(' and ') || 'Unnamed reporting owner';
  return `${names[0]} and ${names.length - 1} others`;
}

function issuerTitle(filing: FilingJson): string {
  const name = issuerShortName(filing.issuer.name);
  return filing.issuer.ticker ? `${name} (${filing.issuer.ticker})` : name;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { accession } = await params;
  const found = loadFiling(accession);
  if (!found) return { title: 'Filing not found', robots: { index: false } };
  const { filing, summary } = found;
  const date = filing.periodOfReport ? `, ${formatLongDate(filing.periodOfReport)}` : '';
  const title = `Form ${filing.formType}: ${ownersTitle(filing)}, ${issuerTitle(filing)}${date}`;
  const url = `/filings/${filing.accession}`;
  return {
    metadataBase: new URL(siteUrl),
    title,
    description: summary,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      url,
      title,
      description: summary,
      siteName: 'Section16',
      publishedTime: filing.filedAt ?? undefined,
    },
    twitter: { card: 'summary', title, description: summary },
  };
}

const link = 'text-blue-700 underline-offset-2 hover:underline dark:text-blue-300';

export default async function FilingPage({ params }: Props) {
  const { accession } = await params;
  const found = loadFiling(accession);
  if (!found) notFound();
  const { filing, summary } = found;
  const notes = indexFootnotes(filing.footnotes);
  const edgarUrl = edgarFilingUrl(filing.accession, filing.issuer.cik);

  return (
    <article aria-labelledby="filing-heading">
      <header>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <span className="font-semibold text-zinc-800 dark:text-zinc-200">Form {filing.formType}</span> · {describeFormType(filing.formType)}
        </p>
        <h1 id="filing-heading" className="mt-1 text-xl font-semibold tracking-tight sm:text-2xl">
          {ownersTitle(filing)} <span className="font-normal text-zinc-500 dark:text-zinc-400">at</span> {issuerTitle(filing)}
        </h1>
        <p className="mt-3 max-w-4xl text-[15px] leading-relaxed text-zinc-800 dark:text-zinc-200" data-testid="filing-summary">
          <SummaryText text={summary} notes={notes} />
        </p>
        {filing.amendedBy.length > 0 ? (
          <p role="note" className="mt-3 max-w-4xl rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
            Later amended by{' '}
            {filing.amendedBy.map((a, i) => (
              <span key={a}>
                {i > 0 ? ', ' : ''}
                <Link href={`/filings/${a}`} className="font-mono underline underline-offset-2">{a}</Link>
              </span>
            ))}
            : the amendment may correct what is shown here.
          </p>
        ) : null}
        <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {edgarUrl ? (
            <a href={edgarUrl} className={link} rel="noopener noreferrer">Original on SEC EDGAR</a>
          ) : (
            <span className="text-zinc-600 dark:text-zinc-400">Loaded from an XML file without an EDGAR accession number</span>
          )}
          <a href={`/api/filings/${filing.accession}`} className={link} type="application/json">This filing as JSON</a>
        </p>
      </header>

      <FilingFacts filing={filing} />
      <ReportingOwners owners={filing.reportingOwners} />
      <NonDerivativeTable rows={filing.nonDerivative} notes={notes} />
      <DerivativeTable rows={filing.derivative} notes={notes} />
      <Explanation filing={filing} notes={notes} />
    </article>
  );
}

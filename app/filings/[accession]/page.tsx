import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { z } from 'zod';
import { DerivativeTable } from '@/components/filing/derivative-table';
import { Explanation } from '@/components/filing/explanation';
import { FilingFacts } from '@/components/filing/filing-facts';
import { FilingHeader, issuerTitle, ownersTitle } from '@/components/filing/filing-header';
import { NonDerivativeTable } from '@/components/filing/non-derivative-table';
import { ReportingOwners } from '@/components/filing/reporting-owners';
import { getFilingJson } from '@/db/queries/filing-json';
import { indexFootnotes } from '@/lib/domain/footnotes';
import { formatLongDate } from '@/lib/format';
import { summarizeFiling } from '@/lib/summary';

type Props = { params: Promise<{ accession: string }> };

// Link previews need absolute URLs; SITE_URL says where this instance is served.
const siteUrl = z.url().catch('http://localhost:3000').parse(process.env.SITE_URL ?? 'http://localhost:3000');

/** One lookup per request, shared by generateMetadata and the page. */
const loadFiling = cache((accession: string) => {
  const filing = getFilingJson(accession);
  return filing ? { filing, summary: summarizeFiling(filing) } : null;
});

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

export default async function FilingPage({ params }: Props) {
  const { accession } = await params;
  const found = loadFiling(accession);
  if (!found) notFound();
  const { filing, summary } = found;
  const notes = indexFootnotes(filing.footnotes);

  return (
    <article aria-labelledby="filing-heading">
      <FilingHeader filing={filing} summary={summary} notes={notes} />

      <FilingFacts filing={filing} />
      <ReportingOwners owners={filing.reportingOwners} />
      <NonDerivativeTable rows={filing.nonDerivative} notes={notes} />
      <DerivativeTable rows={filing.derivative} notes={notes} />
      <Explanation filing={filing} notes={notes} />
    </article>
  );
}

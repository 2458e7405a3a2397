import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { DerivativeTable } from '@/components/filing/derivative-table';
import { Form3DerivativeTable, Form3NonDerivativeTable, showsAsForm3 } from '@/components/filing/form3-tables';
import { isAnnualStatement } from '@/lib/domain/form-types';
import { Explanation } from '@/components/filing/explanation';
import { FilingFacts } from '@/components/filing/filing-facts';
import { FootnoteTips } from '@/components/filing/footnote-tips';
import { FilingHeader, issuerTitle, ownersTitle } from '@/components/filing/filing-header';
import { NonDerivativeTable } from '@/components/filing/non-derivative-table';
import { ReportingOwners } from '@/components/filing/reporting-owners';
import { getFilingJson } from '@/db/queries/filing-json';
import { getAmendmentChanges } from '@/db/queries/amendment-changes';
import { AmendmentChanges } from '@/components/filing/amendment-changes';
import { FilingNotes } from '@/components/filing/filing-notes';
import { holdsSampleFilings } from '@/db/queries/samples';
import { requestOriginal } from '@/ingest/app-loads';
import { listReadableNames } from '@/db/queries/names-evidence';
import { indexFootnotes } from '@/lib/domain/footnotes';
import { formatLongDate } from '@/lib/format';
import { summarizeFiling } from '@/lib/summary';

type Props = { params: Promise<{ accession: string }> };

/** One lookup per request, shared by generateMetadata and the page. */
const loadFiling = cache((accession: string) => {
  const filing = getFilingJson(accession);
  if (!filing) return null;
  // Each owner's name as their filings show it should read ("Sergey Brin", not "Brin Sergey").
  const names = listReadableNames(filing.reportingOwners);
  const ownerNames = filing.reportingOwners.map((o) => names.get(o.cik, o.name) || `CIK ${o.cik}`);
  const summary = summarizeFiling({
    ...filing,
    reportingOwners: filing.reportingOwners.map((o, i) => ({ ...o, readableName: ownerNames[i] })),
  });
  return { filing, summary, ownerNames };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { accession } = await params;
  const found = loadFiling(accession);
  if (!found) return { title: 'Filing not found', robots: { index: false } };
  const { filing, summary, ownerNames } = found;
  const date = filing.periodOfReport ? `, ${formatLongDate(filing.periodOfReport)}` : '';
  const title = `Form ${filing.formType}: ${ownersTitle(ownerNames)}, ${issuerTitle(filing)}${date}`;
  // A path: the root layout's metadataBase makes it absolute on the host asked (or SITE_URL).
  const url = `/filings/${filing.accession}`;
  return {
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
  const { filing, summary, ownerNames } = found;
  const notes = indexFootnotes(filing.footnotes);
  const changes = filing.amends ? getAmendmentChanges(filing.accession) : null;
  // The original is better than the copy: fetched in the background, shown at the next view.
  const fetchingOriginal = filing.source === 'dataset' && requestOriginal(filing);

  return (
    <article aria-labelledby="filing-heading">
      <FilingHeader filing={filing} ownerNames={ownerNames} summary={summary} notes={notes} sample={holdsSampleFilings()} />
      <FilingNotes filing={filing} sample={holdsSampleFilings()} fetchingOriginal={fetchingOriginal} />

      <FilingFacts filing={filing} sample={holdsSampleFilings()} />
      <ReportingOwners owners={filing.reportingOwners} names={ownerNames} />
      {showsAsForm3(filing) ? (
        <>
          <Form3NonDerivativeTable rows={filing.nonDerivative} notes={notes} />
          <Form3DerivativeTable rows={filing.derivative} notes={notes} />
        </>
      ) : (
        <>
          <NonDerivativeTable rows={filing.nonDerivative} notes={notes} annual={isAnnualStatement(filing.formType)} />
          <DerivativeTable rows={filing.derivative} notes={notes} annual={isAnnualStatement(filing.formType)} />
        </>
      )}
      <Explanation filing={filing} notes={notes} />
      {changes ? <AmendmentChanges original={changes.original} diff={changes.diff} formType={filing.formType} /> : null}
      <FootnoteTips />
    </article>
  );
}

import Link from 'next/link';
import type { ReactNode } from 'react';
import type { FilingJson } from '@/lib/domain/filing-json';
import { edgarIssuerUrl, formatLongDate } from '@/lib/format';
import { describeFormType } from './form-types';

const timeFormat = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZone: 'UTC' });

/** EDGAR's acceptance time is Eastern time without a zone: "2013-05-21T16:05:12" → "May 21, 2013, 4:05:12 PM ET". */
function formatAccepted(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2}):(\d{2})/.exec(value);
  if (!m) return value;
  const time = timeFormat.format(new Date(`1970-01-01T${m[2]}:${m[3]}:${m[4]}Z`));
  return `${formatLongDate(m[1])}, ${time} ET`;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-zinc-600 dark:text-zinc-400">{term}</dt>
      <dd className="mt-0.5 break-words text-sm">{children}</dd>
    </div>
  );
}

const link = 'text-blue-700 underline-offset-2 hover:underline dark:text-blue-300';

function FilingLink({ accession, hash = '' }: { accession: string; hash?: string }) {
  return <Link href={`/filings/${accession}${hash}`} className={`${link} font-mono`}>{accession}</Link>;
}

function checkbox(value: boolean | null): string {
  if (value === null) return 'Not on this version of the form';
  return value ? 'Checked' : 'Not checked';
}

export function FilingFacts({ filing, sample = false }: { filing: FilingJson; sample?: boolean }) {
  const { issuer } = filing;
  return (
    <section aria-labelledby="facts-heading" className="mt-6">
      <h2 id="facts-heading" className="sr-only">Filing details</h2>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 rounded-md border border-zinc-300 p-4 sm:grid-cols-3 lg:grid-cols-4 dark:border-zinc-700">
        <Fact term="Form">
          <span className="font-semibold">{filing.formType}</span>{' '}
          <span className="text-zinc-700 dark:text-zinc-300">{describeFormType(filing.formType)}</span>
        </Fact>
        <Fact term="Issuer">
          <Link href={`/issuers/${issuer.cik}`} className={link}>{issuer.name ?? `CIK ${issuer.cik}`}</Link>
          <span className="block text-xs text-zinc-600 dark:text-zinc-400">
            {issuer.ticker ? <>Ticker <span className="font-mono font-semibold text-zinc-800 dark:text-zinc-200">{issuer.ticker}</span> · </> : null}
            CIK <span className="font-mono">{issuer.cik}</span>
            {sample ? null : <> · <a href={edgarIssuerUrl(issuer.cik)} className={`${link} underline`} rel="noopener noreferrer">EDGAR</a></>}
          </span>
        </Fact>
        <Fact term="Period of report">{filing.periodOfReport ? formatLongDate(filing.periodOfReport) : '—'}</Fact>
        <Fact term="Filed">{filing.filedAt ? formatLongDate(filing.filedAt) : 'Not known (loaded from the XML alone)'}</Fact>
        <Fact term="Accepted by EDGAR">{filing.acceptedAt ? formatAccepted(filing.acceptedAt) : '—'}</Fact>
        {filing.dateOfOriginalSubmission ? <Fact term="Original filed">{formatLongDate(filing.dateOfOriginalSubmission)}</Fact> : null}
        <Fact term="Accession"><span className="font-mono">{filing.accession}</span></Fact>
        {filing.amends ? <Fact term="Amends"><FilingLink accession={filing.amends} /></Fact> : null}
        {filing.amendedBy.length > 0 ? (
          <Fact term="Amended by">
            <ul>{filing.amendedBy.map((a) => <li key={a}><FilingLink accession={a} hash="#changes" /></li>)}</ul>
          </Fact>
        ) : null}
        <Fact term="Rule 10b5-1 plan box">{checkbox(filing.aff10b5One)}</Fact>
        <Fact term="No longer subject to Section 16">{filing.notSubjectToSection16 ? 'Yes: box checked' : 'No'}</Fact>
        {filing.formType.startsWith('3') || filing.noSecuritiesOwned ? (
          <Fact term="No securities owned">{filing.noSecuritiesOwned ? 'Yes: box checked' : 'No'}</Fact>
        ) : null}
      </dl>
    </section>
  );
}

import Link from 'next/link';
import type { FilingJson } from '@/lib/domain/filing-json';
import type { FootnoteIndex } from '@/lib/domain/footnotes';
import { edgarFilingUrl } from '@/lib/format';
import { SampleMark } from '@/components/ui/sample-mark';
import { issuerShortName } from '@/lib/summary';
import { describeFormType } from './form-types';
import { SummaryText } from './summary-text';

const link = 'text-blue-700 underline-offset-2 hover:underline dark:text-blue-300';

/** "Richard D. Federico", "A and B", "A and 3 others": the filing's reporting owners' readable names. */
export function ownersTitle(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ') || 'Unnamed reporting owner';
  return `${names[0]} and ${names.length - 1} others`;
}

/** "Allied Motion Technologies (AMOT)". */
export function issuerTitle(filing: FilingJson): string {
  const name = issuerShortName(filing.issuer.name);
  return filing.issuer.ticker ? `${name} (${filing.issuer.ticker})` : name;
}

/** The head of a filing's page: the form, who filed at which issuer, the summary sentence, later amendments, and the filing elsewhere. */
export function FilingHeader({ filing, ownerNames, summary, notes, sample = false }: { filing: FilingJson; ownerNames: readonly string[]; summary: string; notes: FootnoteIndex; sample?: boolean }) {
  // A made-up sample is on no EDGAR page.
  const edgarUrl = sample ? null : edgarFilingUrl(filing.accession, filing.issuer.cik);
  return (
    <header>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        <span className="font-semibold text-zinc-800 dark:text-zinc-200">Form {filing.formType}</span> · {describeFormType(filing.formType)}
      </p>
      <h1 id="filing-heading" className="mt-1 text-xl font-semibold tracking-tight sm:text-2xl">
        {ownersTitle(ownerNames)} <span className="font-normal text-zinc-500 dark:text-zinc-400">at</span> {issuerTitle(filing)}
        {sample ? <SampleMark /> : null}
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
              <Link href={`/filings/${a}#changes`} className="font-mono underline underline-offset-2">{a}</Link>
            </span>
          ))}
          : the amendment may correct what is shown here (the link shows what it changed, field by field).
        </p>
      ) : null}
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {edgarUrl ? (
          <a href={edgarUrl} className={link} rel="noopener noreferrer">Original on SEC EDGAR</a>
        ) : (
          <span className="text-zinc-600 dark:text-zinc-400">{sample ? 'A made-up sample filing: not on SEC EDGAR' : 'Loaded from an XML file without an EDGAR accession number'}</span>
        )}
        <a href={`/api/filings/${filing.accession}`} className={link} type="application/json">This filing as JSON</a>
      </p>
    </header>
  );
}

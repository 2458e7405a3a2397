import type { ReactNode } from 'react';
import { edgarIssuerUrl, formatLongDate } from '@/lib/format';
import { lateShareText } from '@/components/table/signal-text';
import { SampleMark } from './sample-mark';
import { linkClass, mutedClass } from './styles';

export type HeaderFact = { term: string; value: ReactNode; mono?: boolean };

/**
 * The head of an issuer's or a person's page: what the page is about, the name (with the ticker),
 * facts in a row, the dates of the first and last filing stored, and the same CIK on SEC EDGAR (not
 * for the made-up samples, which EDGAR does not know).
 */
export function ProfileHeader({ kind, name, ticker, cik, facts, firstFiledAt, lastFiledAt, sample = false, lateFilings }: {
  /** "Issuer", "Reporting owner". */
  kind: string;
  name: string;
  ticker?: string | null;
  cik: string;
  facts: HeaderFact[];
  firstFiledAt: string | null;
  lastFiledAt: string | null;
  /** One of the bundled sample filings' issuers or people. */
  sample?: boolean;
  /** Filings filed late, of those whose due date is known (db/queries LateFilings). */
  lateFilings?: { late: number; known: number };
}) {
  const late = lateFilings ? lateShareText(lateFilings) : null;
  const dates: HeaderFact[] = firstFiledAt ? [{ term: 'Dates', value: `${formatLongDate(firstFiledAt)} to ${formatLongDate(lastFiledAt)}` }] : [];
  return (
    <header className="space-y-1">
      <p className="page-kind">{kind}</p>
      <h1 className="page-title">
        {name}
        {ticker ? (
          <span className="ticker-mark">{ticker}</span>
        ) : null}
        {sample ? <SampleMark /> : null}
      </h1>
      {/* Classes in app/styles/pages.css (.page-kind, .facts...): the header is sent twice, as HTML and as the page's RSC payload. */}
      <dl className="facts">
        {[...facts, ...dates].map((fact) => (
          <div key={fact.term}>
            <dt>{fact.term}</dt>
            <dd className={fact.mono ? 'font-mono' : undefined}>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {late ? (
        <p className={`text-sm ${mutedClass}`} data-testid="late-share">
          {late} (<a href="?late=1#transactions-title" className={linkClass}>show the late lines</a>).
        </p>
      ) : null}
      {/* Outside the list: a <dl> holds only terms and their values. */}
      {sample ? null : (
        <p className="text-sm">
          <a href={edgarIssuerUrl(cik)} className={linkClass} rel="external noopener" target="_blank">
            View on SEC EDGAR<span className="sr-only"> (opens in a new tab)</span> ↗
          </a>
        </p>
      )}
    </header>
  );
}

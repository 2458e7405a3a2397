import Link from 'next/link';
import type { SearchResult } from '@/db/queries/search';
import { SampleMark } from '@/components/ui/sample-mark';
import type { EdgarTarget } from '@/lib/edgar/targets';
import { linkClass, mutedClass, sectionTitleClass } from '@/components/ui/styles';

/** Where the web app may not load from EDGAR: the command that loads the ticker or CIK. */
export function LoadFromCommandLine({ target }: { target: EdgarTarget }) {
  const command = 'ticker' in target ? `npm run ingest -- --ticker ${target.ticker}` : `npm run ingest -- --cik ${target.cik}`;
  return (
    <section aria-labelledby="load-title" className="space-y-1 rounded-md border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800">
      <h2 id="load-title" className="font-semibold">Load it from SEC EDGAR</h2>
      <p>
        Run <code className="font-mono">{command}</code> where Section16 is installed (with{' '}
        <code className="font-mono">SEC_USER_AGENT</code> set to your name and e-mail address), then search again.
      </p>
    </section>
  );
}

/** The one exact ticker or CIK hit, linked first. */
export function ExactMatch({ exact }: { exact: SearchResult }) {
  return (
    <p className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm dark:border-sky-900 dark:bg-sky-950">
      Exact {exact.match === 'ticker' ? 'ticker' : 'CIK'} match:{' '}
      <Link href={exact.href} className={`${linkClass} font-semibold`}>
        {exact.label}
        {exact.ticker ? ` (${exact.ticker})` : ''}
      </Link>
    </p>
  );
}

/** People or companies found, as a titled list (nothing when none were). */
export function ResultSection({ results, kind, sample = false }: { results: SearchResult[]; kind: 'owner' | 'issuer'; sample?: boolean }) {
  if (results.length === 0) return null;
  const id = kind === 'owner' ? 'people-title' : 'issuers-title';
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className={sectionTitleClass}>
        {kind === 'owner' ? 'People' : 'Companies'} <span className={`font-normal ${mutedClass}`}>({results.length})</span>
      </h2>
      <ul className="divide-y divide-zinc-100 rounded-md border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
        {results.map((r) => (
          <li key={r.cik} className="flex flex-wrap items-baseline justify-between gap-x-4 px-3 py-2">
            <span>
              <Link href={r.href} className={`${linkClass} font-medium`}>{r.label}</Link>
              {kind === 'issuer' && r.ticker ? <span className={`ml-2 font-mono text-xs ${mutedClass}`}>{r.ticker}</span> : null}
              {r.formerly ? <span className={`ml-2 text-xs ${mutedClass}`}>formerly {r.formerly}</span> : null}
              {kind === 'owner' && r.name && r.name !== r.label ? <span className={`ml-2 text-xs ${mutedClass}`}>filed as {r.name}</span> : null}
              {sample ? <SampleMark /> : null}
              {r.context ? <span className={`block text-sm ${mutedClass}`}>{r.context}</span> : null}
            </span>
            <span className={`font-mono text-xs ${mutedClass}`}>CIK {r.cik}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { searchEverything, type SearchResult } from '@/db/queries/search';
import { linkClass, mutedClass, sectionTitleClass } from '@/components/ui/styles';
import { LoadFromEdgar } from '@/components/edgar/load-from-edgar';
import { SearchBox } from '@/components/search/search-box';
import { isEdgarLoadingEnabled } from '@/lib/edgar/env';
import { edgarTargetOf } from '@/lib/edgar/targets';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function queryOf(sp: Record<string, string | string[] | undefined>): string {
  const q = sp.q;
  return (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 200) ?? '';
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = queryOf(await searchParams);
  return { title: q ? `Search: ${q}` : 'Search', robots: { index: false } };
}

function ResultList({ results, kind }: { results: SearchResult[]; kind: 'owner' | 'issuer' }) {
  return (
    <ul className="divide-y divide-zinc-100 rounded-md border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
      {results.map((r) => (
        <li key={r.cik} className="flex flex-wrap items-baseline justify-between gap-x-4 px-3 py-2">
          <span>
            <Link href={r.href} className={`${linkClass} font-medium`}>{r.label}</Link>
            {kind === 'issuer' && r.ticker ? <span className={`ml-2 font-mono text-xs ${mutedClass}`}>{r.ticker}</span> : null}
            {kind === 'owner' && r.name && r.name !== r.label ? <span className={`ml-2 text-xs ${mutedClass}`}>filed as {r.name}</span> : null}
          </span>
          <span className={`font-mono text-xs ${mutedClass}`}>CIK {r.cik}</span>
        </li>
      ))}
    </ul>
  );
}

export default async function SearchPage({ searchParams }: Props) {
  const q = queryOf(await searchParams);
  const result = q ? searchEverything(q) : null;
  const none = result && result.people.length === 0 && result.issuers.length === 0;
  // A ticker or CIK that is not stored: offer to fetch it from SEC EDGAR (when the server may).
  const edgarTarget = q && result && !result.exact && isEdgarLoadingEnabled() ? edgarTargetOf(q) : null;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">{q ? <>Results for &ldquo;{q}&rdquo;</> : 'Search'}</h1>
        <SearchBox key={q} id="search-page-q" variant="page" defaultValue={q} />
        <p className={`text-sm ${mutedClass}`}>
          People by name in any order (&ldquo;Richard Federico&rdquo; finds FEDERICO RICHARD D), the start of a
          word (&ldquo;fede&rdquo;), companies by name or ticker, and anyone by CIK.
        </p>
      </header>

      {result?.exact ? (
        <p className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm dark:border-sky-900 dark:bg-sky-950">
          Exact {result.exact.match === 'ticker' ? 'ticker' : 'CIK'} match:{' '}
          <Link href={result.exact.href} className={`${linkClass} font-semibold`}>
            {result.exact.label}
            {result.exact.ticker ? ` (${result.exact.ticker})` : ''}
          </Link>
        </p>
      ) : null}

      {none ? <p>Nothing matches &ldquo;{q}&rdquo;. Try fewer words, or the start of a surname.</p> : null}

      {edgarTarget ? <LoadFromEdgar target={edgarTarget} /> : null}

      {result && result.people.length > 0 ? (
        <section aria-labelledby="people-title" className="space-y-2">
          <h2 id="people-title" className={sectionTitleClass}>People <span className={`font-normal ${mutedClass}`}>({result.people.length})</span></h2>
          <ResultList results={result.people} kind="owner" />
        </section>
      ) : null}

      {result && result.issuers.length > 0 ? (
        <section aria-labelledby="issuers-title" className="space-y-2">
          <h2 id="issuers-title" className={sectionTitleClass}>Companies <span className={`font-normal ${mutedClass}`}>({result.issuers.length})</span></h2>
          <ResultList results={result.issuers} kind="issuer" />
        </section>
      ) : null}
    </div>
  );
}

import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { searchEverything } from '@/db/queries/search';
import { mutedClass } from '@/components/ui/styles';
import { LoadFromEdgar } from '@/components/edgar/load-from-edgar';
import { SearchBox } from '@/components/search/search-box';
import { isEdgarLoadingEnabled } from '@/lib/edgar/env';
import { edgarTargetOf } from '@/lib/edgar/targets';
import { holdsSampleFilings } from '@/db/queries/samples';
import { ExactMatch, LoadFromCommandLine, ResultSection } from './search-results';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function queryOf(sp: Record<string, string | string[] | undefined>): string {
  const q = sp.q;
  return (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 200) ?? '';
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = queryOf(await searchParams);
  return { title: q ? `Search: ${q}` : 'Search', robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const q = queryOf(await searchParams);
  const result = q ? searchEverything(q) : null;
  // A pasted accession number opens its filing.
  if (result?.accession) redirect(`/filings/${result.accession}`);
  const none = result && result.people.length === 0 && result.issuers.length === 0;
  // A ticker or CIK that is not stored: offer to fetch it from SEC EDGAR when the server may, else
  // say how to load it from the command line.
  const target = q && result && !result.exact && !result.issuers.some((r) => r.match === 'former-ticker') ? edgarTargetOf(q) : null;
  const edgarTarget = target && isEdgarLoadingEnabled() ? target : null;
  const cliTarget = target && !edgarTarget && none ? target : null;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">{q ? <>Results for &ldquo;{q}&rdquo;</> : 'Search'}</h1>
        <SearchBox key={q} id="search-page-q" variant="page" defaultValue={q} />
        <p className={`text-sm ${mutedClass}`}>
          People by name in any order (&ldquo;Richard Federico&rdquo; finds FEDERICO RICHARD D), the start of a
          word (&ldquo;fede&rdquo;), companies by name or ticker (former ones too), anyone by CIK, and a filing by
          its accession number.
        </p>
      </header>

      {result?.exact ? <ExactMatch exact={result.exact} /> : null}

      {none && !target ? <p>Nothing matches &ldquo;{q}&rdquo;. Try fewer words, or the start of a surname.</p> : null}
      {none && target ? (
        <p>
          No {'ticker' in target ? <>company with the ticker {target.ticker}</> : <>one with CIK {target.cik}</>} is loaded yet.
        </p>
      ) : null}
      {cliTarget ? <LoadFromCommandLine target={cliTarget} /> : null}

      {edgarTarget ? <LoadFromEdgar target={edgarTarget} /> : null}

      {result ? <ResultSection results={result.people} kind="owner" sample={holdsSampleFilings()} /> : null}
      {result ? <ResultSection results={result.issuers} kind="issuer" sample={holdsSampleFilings()} /> : null}
    </div>
  );
}

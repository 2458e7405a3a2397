import { headers } from 'next/headers';
import Link from 'next/link';
import { LoadFromEdgarHere } from '@/components/edgar/load-from-edgar-here';
import { SearchBox } from '@/components/search/search-box';
import { isEdgarLoadingEnabled } from '@/lib/edgar/env';
import { NOT_STORED_HEADER } from '@/lib/not-stored';

export const metadata = { title: 'Not found' };

export default async function NotFound() {
  const requestedPath = (await headers()).get(NOT_STORED_HEADER);
  return (
    <section aria-labelledby="not-found-heading" className="mx-auto max-w-xl py-12">
      <p className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">404</p>
      <h1 id="not-found-heading" className="mt-1 text-2xl font-semibold tracking-tight">Nothing here</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        No filing, issuer or person is stored under that address. The accession number or CIK may be mistyped, or the
        filing has not been loaded into this instance yet.
      </p>
      {/* An issuer URL (/issuers/46129, /ticker/amot) not stored yet can be fetched from SEC EDGAR. */}
      {isEdgarLoadingEnabled() ? <div className="mt-6"><LoadFromEdgarHere requestedPath={requestedPath} /></div> : null}
      <div className="mt-6">
        <SearchBox id="not-found-search" variant="page" label="Search insiders, issuers and tickers" />
      </div>
      <p className="mt-6 text-sm">
        <Link href="/" className="text-blue-700 underline-offset-2 hover:underline dark:text-blue-300">Back to the home page</Link>
      </p>
    </section>
  );
}

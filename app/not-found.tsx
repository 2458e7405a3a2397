import { headers } from 'next/headers';
import Link from 'next/link';
import { LoadFromEdgarHere } from '@/components/edgar/load-from-edgar-here';
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
      <form action="/search" method="get" role="search" className="mt-6 flex gap-2">
        <label htmlFor="not-found-search" className="sr-only">Search insiders, issuers and tickers</label>
        <input
          id="not-found-search"
          name="q"
          type="search"
          placeholder="Name, ticker or CIK"
          className="min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900"
        />
        <button type="submit" className="rounded-md bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300">
          Search
        </button>
      </form>
      <p className="mt-6 text-sm">
        <Link href="/" className="text-blue-700 underline-offset-2 hover:underline dark:text-blue-300">Back to the home page</Link>
      </p>
    </section>
  );
}

import { notFound, redirect } from 'next/navigation';
import { getIssuerByTicker } from '@/db/queries/issuers';
import { rawQueryString } from '@/lib/search-params';

type Props = {
  params: Promise<{ symbol: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** A path segment as typed; one that is not valid percent-encoding ("%zz") is used as it is. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** /ticker/amot → /issuers/46129 (any case); the view in the query string comes along. */
export default async function TickerPage({ params, searchParams }: Props) {
  const symbol = safeDecode((await params).symbol);
  const issuer = getIssuerByTicker(symbol);
  if (!issuer) notFound();
  // Temporary: a ticker can move to another company, so the mapping is not permanent.
  redirect(`/issuers/${issuer.cik}${rawQueryString(await searchParams)}`);
}

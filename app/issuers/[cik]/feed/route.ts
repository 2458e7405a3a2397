import { getIssuerByCik } from '@/db/queries/issuers';
import { parseCik } from '@/lib/domain/cik';
import { feedNotFound } from '@/app/api/_lib/listing-feed';
import { filingsFeedResponse } from '@/app/api/_lib/trades-feed';

/** GET /issuers/<cik>/feed: an Atom feed of the issuer's filings, one entry per filing, newest first. */
export async function GET(request: Request, { params }: { params: Promise<{ cik: string }> }) {
  const cik = parseCik((await params).cik);
  const issuer = cik ? getIssuerByCik(cik) : null;
  if (!cik || !issuer) return feedNotFound(`No issuer with CIK ${JSON.stringify((await params).cik.slice(0, 20))} is stored.`);
  const name = `${issuer.name ?? `CIK ${cik}`}${issuer.ticker ? ` (${issuer.ticker})` : ''}`;
  return filingsFeedResponse(request, { filter: { issuer: { cik } }, title: `insider filings at ${name}`, page: `/issuers/${cik}` });
}

import { getPersonByCik } from '@/db/queries/people';
import { getReadableName } from '@/db/queries/names-evidence';
import { parseCik } from '@/lib/domain/cik';
import { feedNotFound } from '@/app/api/_lib/listing-feed';
import { filingsFeedResponse } from '@/app/api/_lib/trades-feed';

/** GET /people/<cik>/feed: an Atom feed of the person's filings, one entry per filing, newest first. */
export async function GET(request: Request, { params }: { params: Promise<{ cik: string }> }) {
  const cik = parseCik((await params).cik);
  const person = cik ? getPersonByCik(cik) : null;
  if (!cik || !person) return feedNotFound(`No reporting owner with CIK ${JSON.stringify((await params).cik.slice(0, 20))} is stored.`);
  const name = getReadableName(person.cik, person.name) || `CIK ${cik}`;
  return filingsFeedResponse(request, { filter: { owner: cik }, title: `filings by ${name}`, page: `/people/${cik}` });
}

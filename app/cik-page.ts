// What the issuer and person pages do before they read anything: one address per entity and view.
import { notFound, permanentRedirect, redirect } from 'next/navigation';
import { parseCik } from '@/lib/domain/cik';
import { parseTableViewReport, rawQueryString, withoutEmptyParams } from '@/lib/search-params';

type CikPageProps = {
  params: Promise<{ cik: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The entity at `/issuers/<cik>` or `/people/<cik>` with its table view, or a redirect or 404:
 * "0000046129" and "46129" are one issuer (a permanent redirect to the short form, query kept),
 * an unknown CIK is the 404 page, and a filter form sent without JavaScript, which brings its empty
 * fields, is redirected without them.
 */
export async function resolveCikPage<T>(base: '/issuers' | '/people', { params, searchParams }: CikPageProps, load: (cik: string) => T | null) {
  const raw = (await params).cik;
  const cik = parseCik(raw);
  if (!cik) notFound();
  const sp = await searchParams;
  if (raw !== cik) permanentRedirect(`${base}/${cik}${rawQueryString(sp)}`);
  const entity = load(cik);
  if (!entity) notFound();
  const clean = withoutEmptyParams(sp);
  if (clean !== null) redirect(`${base}/${cik}${clean}`);
  return { cik, entity, sp, ...parseTableViewReport(sp) };
}

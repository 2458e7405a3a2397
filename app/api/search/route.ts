import { z } from 'zod';
import { badParameters } from '@/app/api/_lib/bad-parameters';
import { suggestNames } from '@/db/queries/search';
import { integer } from '@/lib/trade-params';

// Longer than any name, ticker, CIK or accession number.
const MAX_QUERY = 200;

const params = z.object({
  q: z.string().trim().max(MAX_QUERY, `must be at most ${MAX_QUERY} characters`),
  limit: integer(1, 20),
});

/**
 * Suggestions for the search box: `{ query, results: [{ kind, cik, name, label, ticker, href }] }`.
 * A query over 200 characters or a `limit` that is not a whole number from 1 to 20 is a 400 naming it.
 */
export function GET(request: Request) {
  const search = new URL(request.url).searchParams;
  const parsed = params.safeParse({ q: search.get('q') ?? '', limit: search.get('limit')?.trim() || '8' });
  if (!parsed.success) return badParameters(parsed.error.issues.map((i) => ({ param: String(i.path[0]), message: i.message })));
  const { q, limit } = parsed.data;
  const results = q ? suggestNames(q, limit) : [];
  return Response.json({ query: q, results }, { headers: { 'Cache-Control': 'no-store' } });
}

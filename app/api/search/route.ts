import { z } from 'zod';
import { suggestNames } from '@/db/queries/search';

const query = z.object({
  q: z.string().trim().max(200).catch(''),
  limit: z.coerce.number().int().min(1).max(20).catch(8),
});

/** Suggestions for the search box: `{ query, results: [{ kind, cik, name, label, ticker, href }] }`. */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const { q, limit } = query.parse({ q: params.get('q') ?? '', limit: params.get('limit') ?? undefined });
  const results = q ? suggestNames(q, limit) : [];
  return Response.json({ query: q, results }, { headers: { 'Cache-Control': 'no-store' } });
}

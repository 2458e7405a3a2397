import { getEdgarLoads } from '@/ingest/app-loads';

// GET the progress of a load started by POST /api/edgar/loads; the key is the issuer's CIK.
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const load = getEdgarLoads()?.get(key) ?? null;
  if (!load) return Response.json({ error: 'no such load', key }, { status: 404 });
  return Response.json({ load }, { headers: { 'cache-control': 'no-store' } });
}

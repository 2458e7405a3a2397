import { getFilingJson } from '@/db/queries/filing-json';

// A stored filing in the same JSON shape `npm run show` prints; 404 JSON when there is none.
export async function GET(_request: Request, { params }: { params: Promise<{ accession: string }> }) {
  const { accession } = await params;
  const filing = getFilingJson(accession);
  if (!filing) return Response.json({ error: 'not found', accession }, { status: 404 });
  return Response.json(filing);
}

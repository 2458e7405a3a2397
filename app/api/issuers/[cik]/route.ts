import { issuerResponse } from '@/app/api/_lib/profile-api';

export async function GET(request: Request, { params }: { params: Promise<{ cik: string }> }) {
  return issuerResponse((await params).cik, new URL(request.url));
}

import { transactionsResponse } from '@/app/api/_lib/transactions-api';

export async function GET(request: Request, { params }: { params: Promise<{ cik: string }> }) {
  return transactionsResponse('issuer', (await params).cik, new URL(request.url));
}

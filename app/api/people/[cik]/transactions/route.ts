import { limitedTransactionsResponse } from '@/app/api/_lib/transactions-api';

export async function GET(request: Request, { params }: { params: Promise<{ cik: string }> }) {
  return limitedTransactionsResponse('person', (await params).cik, request);
}

import { tradesResponse } from '@/app/api/_lib/trades-api';

export async function GET(request: Request) {
  return tradesResponse(new URL(request.url));
}

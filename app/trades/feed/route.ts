import { tradesFeedResponse } from '@/app/api/_lib/trades-feed';

export async function GET(request: Request) {
  return tradesFeedResponse(request);
}

import { clustersResponse } from '@/app/api/_lib/trades-api';

export async function GET(request: Request) {
  return clustersResponse(new URL(request.url));
}

import { refuseCsvExport } from '@/app/api/_lib/client-limits';
import { clustersResponse } from '@/app/api/_lib/trades-api';

export async function GET(request: Request) {
  return refuseCsvExport(request) ?? clustersResponse(new URL(request.url));
}

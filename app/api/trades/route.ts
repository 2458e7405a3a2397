import { refuseCsvExport } from '@/app/api/_lib/client-limits';
import { tradesResponse } from '@/app/api/_lib/trades-api';

export async function GET(request: Request) {
  return refuseCsvExport(request) ?? tradesResponse(new URL(request.url));
}

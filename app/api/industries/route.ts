import { industriesResponse } from '@/app/api/_lib/industries-api';

export async function GET(request: Request) {
  return industriesResponse(new URL(request.url));
}

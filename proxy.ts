import { NextResponse, type NextRequest } from 'next/server';
import { normalizeAccession } from '@/db/accession';
import { NOT_STORED_HEADER } from '@/lib/not-stored';
import { hasFiling, hasIssuer, hasIssuerTicker, hasOwner } from '@/db/queries/exists';
import { parseCik } from '@/lib/domain/cik';

// Next 16 serves a page's notFound() as an empty HTML shell whose 404 content only appears after
// hydration (vercel/next.js#62228), so without JavaScript, and for crawlers and link previews, an
// unknown issuer, person or filing would be a blank page. An unmatched URL does get not-found.tsx
// rendered on the server, so unknown addresses are rewritten to one before the page runs. The
// pages keep their own notFound() for anything this misses.
const MISSING = '/_section16/not-stored';

function isStored(kind: string, key: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(key);
  } catch {
    return false;
  }
  if (kind === 'filings') {
    const accession = normalizeAccession(decoded);
    return accession !== null && hasFiling(accession);
  }
  if (kind === 'ticker') return decoded.trim().length > 0 && decoded.length <= 16 && hasIssuerTicker(decoded.trim());
  const cik = parseCik(decoded);
  if (cik === null) return false;
  return kind === 'issuers' ? hasIssuer(cik) : hasOwner(cik);
}

export function proxy(request: NextRequest) {
  const [, kind = '', key = ''] = request.nextUrl.pathname.split('/');
  // No response lets the request through, as NextResponse.next() would, without building one.
  if (isStored(kind, key)) return undefined;
  const headers = new Headers(request.headers);
  headers.set(NOT_STORED_HEADER, request.nextUrl.pathname);
  return NextResponse.rewrite(new URL(MISSING, request.url), { request: { headers } });
}

export const config = {
  matcher: ['/issuers/:key', '/people/:key', '/filings/:key', '/ticker/:key'],
};

'use client';
// The "Load from SEC EDGAR" control for a 404 page: the page does not know the URL's CIK or
// ticker, but the browser does (and so does server rendering, through usePathname). When the proxy
// has rewritten an unknown address to the 404 page, the page passes the address asked for.
import { usePathname } from 'next/navigation';
import { edgarTargetOfPath } from '@/lib/edgar/targets';
import { LoadFromEdgar } from './load-from-edgar';

export function LoadFromEdgarHere({ requestedPath }: { requestedPath?: string | null }) {
  const pathname = usePathname();
  const target = edgarTargetOfPath(requestedPath ?? pathname ?? '');
  return target ? <LoadFromEdgar target={target} whenDone="open" /> : null;
}

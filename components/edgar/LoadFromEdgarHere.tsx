'use client';
// The "Load from SEC EDGAR" control for a 404 page: the page does not know the URL's CIK or
// ticker, but the browser does (and so does server rendering, through usePathname).
import { usePathname } from 'next/navigation';
import { edgarTargetOfPath } from '@/lib/edgar/targets';
import { LoadFromEdgar } from './LoadFromEdgar';

export function LoadFromEdgarHere() {
  const target = edgarTargetOfPath(usePathname() ?? '');
  return target ? <LoadFromEdgar target={target} whenDone="open" /> : null;
}

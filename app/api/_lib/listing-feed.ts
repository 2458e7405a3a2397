import { atomXml, type AtomEntry } from '@/lib/feeds/atom';

export const ATOM_HEADERS = { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'no-store' };

/**
 * The Atom feed that follows a listing page (`/trades`, `/clusters`) at `<page>/feed` with the
 * page's query: its id and self link are its own URL, its alternate link the page with that query,
 * and its title names the query.
 */
export function listingFeedResponse({ origin, page, query, title, entries }: {
  /** The host the reader asked (siteUrl): links in a feed are absolute. */
  origin: string;
  page: string;
  /** The canonical query string, `?…` or empty. */
  query: string;
  title: string;
  entries: AtomEntry[];
}): Response {
  const self = `${origin}${page}/feed${query}`;
  const xml = atomXml({
    id: self,
    title: `Section16: ${title}${query ? ` (${decodeURIComponent(query.slice(1)).replace(/&/g, ', ')})` : ''}`,
    author: 'Section16',
    links: [
      { href: self, rel: 'self', type: 'application/atom+xml' },
      { href: `${origin}${page}${query}`, rel: 'alternate', type: 'text/html' },
    ],
    entries,
  });
  return new Response(xml, { headers: ATOM_HEADERS });
}

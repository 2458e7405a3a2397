import { atomXml, type AtomEntry } from '@/lib/feeds/atom';

const ATOM_HEADERS = { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'no-store' };

/**
 * The Atom feed that follows a page (`/trades`, `/clusters`, `/issuers/<cik>`) at `<page>/feed`
 * with the page's query: its id and self link are that canonical URL (the same feed keeps its id
 * however it was asked), its alternate link the page with that query, and its title names the query.
 */
export function listingFeedResponse({ origin, page, query = '', title, entries }: {
  /** The host the reader asked (siteUrl): links in a feed are absolute. */
  origin: string;
  page: string;
  /** The canonical query string, `?…` or empty. */
  query?: string;
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

/** 404 as plain text (a feed reader shows text): the issuer or person the feed follows is not stored. */
export function feedNotFound(what: string): Response {
  return new Response(`${what}\n`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

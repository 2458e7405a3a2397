// The address this instance is reached at, for absolute links (canonical, og:url, feeds, sitemap).
// SITE_URL wins when set (a proxy in front may rewrite the host); otherwise the request's own host.

type HeaderReader = { get(name: string): string | null };

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/** "https://example.org" (no trailing slash) from SITE_URL, else the request's Host and X-Forwarded-Proto. */
export function siteUrl(headers: HeaderReader, env: Record<string, string | undefined> = process.env): string {
  const configured = parseOrigin(env.SITE_URL);
  if (configured) return configured;
  const host = (headers.get('x-forwarded-host') ?? headers.get('host') ?? '').split(',')[0]!.trim();
  const proto = (headers.get('x-forwarded-proto') ?? '').split(',')[0]!.trim();
  // A Host header is client text: only a plain host[:port] makes it into a link.
  if (!HOST.test(host)) return 'http://localhost:3000';
  return `${proto === 'https' ? 'https' : 'http'}://${host}`;
}

function parseOrigin(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

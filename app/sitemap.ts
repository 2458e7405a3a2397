import type { MetadataRoute } from 'next';
import { headers } from 'next/headers';
import { countSitemaps, listSitemapCiks } from '@/db/queries/sitemap';
import { siteUrl } from '@/lib/site-url';

// Issuers first, then people, 50,000 addresses a file: /sitemap/0.xml, /sitemap/1.xml, ...
export async function generateSitemaps() {
  const { issuers, people } = countSitemaps();
  return Array.from({ length: issuers + people }, (_, id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl(await headers());
  const n = Number(await id);
  const { issuers, people } = countSitemaps();
  if (!Number.isInteger(n) || n < 0 || n >= issuers + people) return [];
  const [kind, page, path] = n < issuers ? (['issuers', n, 'issuers'] as const) : (['people', n - issuers, 'people'] as const);
  return listSitemapCiks(kind, page).map((cik) => ({ url: `${base}/${path}/${cik}` }));
}

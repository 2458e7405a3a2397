import type { MetadataRoute } from 'next';
import { headers } from 'next/headers';
import { countSitemaps } from '@/db/queries/sitemap';
import { siteUrl } from '@/lib/site-url';

export default async function robots(): Promise<MetadataRoute.Robots> {
  const base = siteUrl(await headers());
  const { issuers, people } = countSitemaps();
  return {
    // Exports and the API are for people and scripts that ask for them, not for crawlers.
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/search', '/edgar/'] },
    sitemap: Array.from({ length: issuers + people }, (_, i) => `${base}/sitemap/${i}.xml`),
  };
}

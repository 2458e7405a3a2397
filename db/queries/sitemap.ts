import 'server-only';
import { asc, count, gt } from 'drizzle-orm';
import { getDb, type AppDatabase } from '@/db';
import { issuers, owners } from '@/db/schema';
import { holdsSampleFilings } from '@/db/queries/samples';

/** The most URLs one sitemap file may list (sitemaps.org). */
export const SITEMAP_SIZE = 50_000;

/** How many sitemap files the issuers and the people need: none while the database holds only the made-up samples. */
export function countSitemaps(db: AppDatabase = getDb()): { issuers: number; people: number } {
  if (holdsSampleFilings(db)) return { issuers: 0, people: 0 };
  const pages = (n: number) => Math.max(1, Math.ceil(n / SITEMAP_SIZE));
  return {
    issuers: pages(db.select({ n: count() }).from(issuers).get()?.n ?? 0),
    people: pages(db.select({ n: count() }).from(owners).get()?.n ?? 0),
  };
}

/** One sitemap file's CIKs: the `page`th slice of issuers or of people, in CIK order. */
export function listSitemapCiks(kind: 'issuers' | 'people', page: number, db: AppDatabase = getDb()): string[] {
  const table = kind === 'issuers' ? issuers : owners;
  return db
    .select({ cik: table.cik })
    .from(table)
    .where(gt(table.cik, ''))
    .orderBy(asc(table.cik))
    .limit(SITEMAP_SIZE)
    .offset(Math.max(0, page) * SITEMAP_SIZE)
    .all()
    .map((r) => r.cik);
}

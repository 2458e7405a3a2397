// Next prefetches each <Link> that scrolls into view; a table of rows must not turn into a request per row.
import { expect, test, type Page, type Request } from '@playwright/test';
import { NO_CORPUS, TESLA, hasCorpus } from './support/helpers';

function isPrefetch(request: Request): boolean {
  return new URL(request.url()).searchParams.has('_rsc') || request.headers()['next-router-prefetch'] !== undefined;
}

/** Prefetch requests fired while the page loads and is scrolled to its end. */
async function prefetchesOf(page: Page, url: string): Promise<string[]> {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (isPrefetch(request)) seen.push(request.url());
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, 100_000);
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
  return seen;
}

test('the home page prefetches a few links, not one per row', async ({ page }) => {
  const prefetches = await prefetchesOf(page, '/');
  expect(prefetches.length, prefetches.join('\n')).toBeLessThanOrEqual(10);
});

test('the issuer page prefetches a few links, not one per row', async ({ page }) => {
  test.skip(!hasCorpus, NO_CORPUS);
  const prefetches = await prefetchesOf(page, `/issuers/${TESLA.cik}`);
  expect(prefetches.length, prefetches.join('\n')).toBeLessThanOrEqual(10);
});

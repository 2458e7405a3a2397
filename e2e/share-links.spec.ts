import { expect, test } from '@playwright/test';
import { TESLA } from './support/helpers';

// Links a page gives to be shared (canonical, og:url) name the host the page was opened on.
test.describe('shared links', () => {
  test('point at the host the page was opened on, not localhost:3000', async ({ page, baseURL }) => {
    await page.goto(`/issuers/${TESLA.cik}`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/issuers/${TESLA.cik}`);
  });

  test('follow the host and scheme a proxy in front says it was asked for', async ({ page }) => {
    await page.setExtraHTTPHeaders({ 'x-forwarded-host': 'insiders.example.org', 'x-forwarded-proto': 'https' });
    await page.goto(`/issuers/${TESLA.cik}`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://insiders.example.org/issuers/${TESLA.cik}`);
    await page.goto('/people/1240569');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://insiders.example.org/people/1240569');
  });

  test('a filing shared from another host previews with a link to that host', async ({ page }) => {
    const { rows } = (await (await page.request.get('/api/people/1240569/transactions')).json()) as { rows: Array<{ accession: string }> };
    const href = `/filings/${rows[0]!.accession}`;
    await page.setExtraHTTPHeaders({ 'x-forwarded-host': 'insiders.example.org', 'x-forwarded-proto': 'https' });
    await page.goto(href);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `https://insiders.example.org${href}`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://insiders.example.org${href}`);
  });
});

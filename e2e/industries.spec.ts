import { expect, test } from '@playwright/test';
import { NO_CORPUS, hasCorpus } from './support/helpers';

// /industries over the corpus: its submissions carry their issuers' SIC codes. Filed in 2024 and
// 2025: one purchase (Isabella Bank, a state commercial bank) and sales at five companies.
test.describe('buying and selling by industry', () => {
  test('a reader finds the industries insiders bought and sold in, and follows one to its purchases', async ({ page }) => {
    test.skip(!hasCorpus, NO_CORPUS);
    await page.goto('/industries?filedFrom=2024-01-01&filedTo=2025-12-31');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Insider buying and selling by industry');
    await expect(page.getByText(/filed from January 1, 2024 to December 31, 2025, by the industry/)).toBeVisible();
    const table = page.getByRole('table', { name: 'Insider buying and selling by industry' });
    const rows = table.getByRole('row');
    await expect(rows.nth(1)).toContainText('State commercial banks (SIC 6022)');
    await expect(rows.nth(1)).toContainText('$5,000');
    await expect(rows.nth(2)).toContainText('Real estate investment trusts (SIC 6798)');

    await rows.nth(1).getByRole('link', { name: '1', exact: true }).click();
    await expect(page).toHaveURL('/trades?code=P&filedFrom=2024-01-01&filedTo=2025-12-31&sic=6022');
    await expect(page.getByRole('heading', { name: '1 line' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Insider trades' })).toContainText('ISABELLA BANK');
  });

  test('a reader takes the same table as CSV or JSON', async ({ page }) => {
    test.skip(!hasCorpus, NO_CORPUS);
    await page.goto('/industries?filedFrom=2024-01-01&filedTo=2025-12-31');
    await expect(page.getByRole('link', { name: 'JSON' })).toHaveAttribute('href', '/api/industries?filedFrom=2024-01-01&filedTo=2025-12-31');
    const csvHref = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    const csv = await (await page.request.get(csvHref!)).text();
    expect(csv.split('\n')[1]).toMatch(/^6022,STATE COMMERCIAL BANKS,1,1,5000\.\d*,0,0,0/);
  });

  test('without a window it shows the 30 days to the latest filing of a database behind EDGAR, with the other windows as links', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'by industry' }).click();
    await expect(page).toHaveURL('/industries');
    const windows = page.getByRole('navigation', { name: 'Filing dates' });
    await expect(windows.getByRole('link', { name: '30 days' })).toHaveAttribute('aria-current', 'page');
    await windows.getByRole('link', { name: '365 days' }).click();
    await expect(windows.getByRole('link', { name: '365 days' })).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveURL(/\/industries\?filedFrom=\d{4}-\d\d-\d\d&filedTo=\d{4}-\d\d-\d\d$/);
  });

  test('a window in days counts back from today, and a malformed one is named and left out', async ({ page }) => {
    await page.goto('/industries?days=7');
    await expect(page.getByText('No open-market purchases or sales were filed in the last 7 days.')).toBeVisible();
    await page.goto('/industries?days=soon');
    await expect(page.getByRole('region', { name: 'Ignored parameters' })).toContainText('days=soon');
    await expect(page.getByRole('navigation', { name: 'Filing dates' }).getByRole('link', { name: '30 days' })).toHaveAttribute('aria-current', 'page');
  });

  test('the site’s navigation leads to it on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/trades');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Industries' }).click();
    await expect(page).toHaveURL('/industries');
  });
});

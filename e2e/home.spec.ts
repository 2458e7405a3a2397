import { expect, test } from '@playwright/test';

test.describe('the home page', () => {
  test('the home page explains Form 4 and lists the latest filings, each linking to its permalink', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText(/on a Form 4/)).toBeVisible();
    const latest = page.getByRole('table', { name: /newest filings/ });
    const rows = latest.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const link = rows.first().getByRole('link', { name: /^Form / });
    await link.click();
    await expect(page).toHaveURL(/\/filings\//);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

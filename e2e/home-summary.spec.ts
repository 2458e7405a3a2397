import { expect, test } from '@playwright/test';
import { NO_CORPUS, hasCorpus } from './support/helpers';

test.describe('the home page line of a filing', () => {
  test.skip(!hasCorpus, NO_CORPUS);

  test('leads with the sales and their total, then the rest', async ({ page }) => {
    await page.goto('/');
    const table = page.getByRole('table', { name: /^The newest filings/ });
    // Kathleen Wilson-Thompson's Tesla Form 4 of February 2025: an option exercise filed first
    // (filed in Table I and Table II), then 23 sales worth $41.2 million.
    const row = table.getByRole('row').filter({ hasText: 'Kathleen Wilson-Thompson' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Sale');
    await expect(row).toContainText('23 lots');
    await expect(row).toContainText('100,000');
    await expect(row).toContainText('$41,162,799');
    await expect(row).toContainText('also 1 option exercise');
    await expect(row).not.toContainText('Option exercise +');
  });
});

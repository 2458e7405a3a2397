// What the corpus's 4/A changed (LAM RESEARCH, 0000707549-25-000004: amounts adjusted for a
// ten-for-one split) against the original we wrote from its remark (fixtures/amendments/), and the
// way back from the original to the difference.
import { expect, test } from '@playwright/test';
import { NO_CORPUS, hasCorpus } from './support/helpers';

const AMENDMENT = '0000707549-25-000004';

test.describe('an amendment', () => {
  test.skip(!hasCorpus, NO_CORPUS);

  test("the 4/A's page shows, field by field, what it changed", async ({ page }) => {
    await page.goto(`/filings/${AMENDMENT}`);
    const changes = page.getByRole('region', { name: 'What this amendment changed' });
    await expect(changes).toBeVisible();
    await expect(changes).toContainText('This Form 4/A against the Form 4 it amends');

    const first = changes.getByRole('listitem').filter({ hasText: /^Changed: Table I, line 1:/ });
    await expect(first).toContainText('Shares: 369 → 3,690');
    const second = changes.getByRole('listitem').filter({ hasText: /^Changed: Table I, line 2:/ });
    await expect(second).toContainText('Shares: 369 → 3,690');
    await expect(second).toContainText('Shares held after: 3,063 → 30,630');
    await expect(changes.getByRole('listitem').filter({ hasText: /^Changed: footnote F1/ })).toBeVisible();
    await expect(changes).toContainText('Date of original submission: not filed → November 4, 2024');
    await expect(changes).toContainText('Remarks: not filed → Adjusted to reflect a ten-for-one forward split');
  });

  test("the original's page says it was amended and links to what the amendment changed", async ({ page }) => {
    await page.goto(`/filings/${AMENDMENT}`);
    await page.getByRole('region', { name: 'What this amendment changed' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'What this amendment changed' })).toHaveCount(0);

    await page.getByRole('note').filter({ hasText: 'Later amended by' }).getByRole('link', { name: AMENDMENT }).click();
    await expect(page).toHaveURL(new RegExp(`/filings/${AMENDMENT}#changes$`));
    await expect(page.getByRole('region', { name: 'What this amendment changed' })).toBeInViewport();
  });
});

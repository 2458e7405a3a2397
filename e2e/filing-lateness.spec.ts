// A filing's page says whether it was filed on time: a corpus Form 4 of CIK 1835856 (a trade on
// Monday 2024-12-09, due Wednesday 2024-12-11, filed 2025-03-07: 57 business days later, counting
// neither the federal holidays nor January 9, 2025, when EDGAR was closed), and the seed, a bare
// XML with no filing date, where it cannot be known.
import { expect, test } from '@playwright/test';
import { NO_CORPUS, hasCorpus } from './support/helpers';

test.describe("a filing's deadline", () => {
  test('a late Form 4 says how late, when it was due and by which rule', async ({ page }) => {
    test.skip(!hasCorpus, NO_CORPUS);
    await page.goto('/filings/0001493152-25-009612');
    await expect(page.getByTestId('filing-lateness')).toHaveText(
      'Filed 57 business days late (due December 11, 2024: a Form 4 is due by the end of the second business day after the transaction).',
    );
    // Loaded from its own document: no data-set line.
    await expect(page.getByTestId('filing-source')).toHaveCount(0);
  });

  test('a bare XML says why its lateness is not known', async ({ page }) => {
    await page.goto('/filings/xd77e7457c4a9d51ba520');
    await expect(page.getByTestId('filing-lateness')).toHaveText(
      'Whether it was filed on time is not known: the filing date is unknown (a bare XML without its EDGAR header).',
    );
  });
});

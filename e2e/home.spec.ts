import { expect, test } from '@playwright/test';
import { NO_CORPUS, hasCorpus } from './support/helpers';

// The five newest filings of the corpus by filing date (a submission's header date, else the period
// of report), worked out by hand from MANIFEST.tsv and the submission headers; the links each row
// shows: the form, the issuer as filed, the insider in reading order.
const NEWEST = [
  ['Form 4', 'MICROVISION, INC.', 'Drew G. Markham'], // period 2026-06-08, bare XML
  ['Form 4', 'INNSUITES HOSPITALITY TRUST', 'James F. Wirth'], // filed 2025-09-26, submission 0001493152-25-015819
  ['Form 4', 'Tesla, Inc.', 'Elon Musk'], // period 2025-09-12
  ['Form 4', 'AMAZON COM INC', 'Jeffrey P. Bezos'], // period 2025-08-28
  ['Form 4', '374Water Inc.', 'Rajesh Ramaswamy Melkote'], // period 2025-04-30
];

test.describe('the home page', () => {
  test('the home page explains Form 4 and lists the newest filings first, each linking to its permalink', async ({ page }) => {
    test.skip(!hasCorpus, NO_CORPUS);
    await page.goto('/');
    await expect(page.getByText(/on a Form 4/)).toBeVisible();
    const rows = page.getByRole('table', { name: /newest filings/ }).locator('tbody tr');
    await expect(rows).toHaveCount(30);
    for (const [i, links] of NEWEST.entries()) {
      await expect(rows.nth(i).getByRole('link'), `row ${i + 1}`).toHaveText(links);
    }
    await expect(rows.nth(1).getByRole('cell').first()).toHaveText('Sep 26, 2025');

    await rows.nth(1).getByRole('link', { name: 'Form 4' }).click();
    await expect(page).toHaveURL(/\/filings\/0001493152-25-015819$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^James F\. Wirth at .*\(IHT\)$/);
  });

  test('the home page says how far the database reaches, and how to catch up when EDGAR has been open since', async ({ page }) => {
    test.skip(!hasCorpus, NO_CORPUS);
    await page.goto('/');
    // The corpus's newest is MicroVision's Form 4 for June 8, 2026; no daily index or data set was read.
    const note = page.getByText(/^This database holds filings through/);
    await expect(note).toContainText(/^This database holds filings through Jun 8, 2026\. EDGAR has been open \d+ days since: npm run ingest -- --follow reads them and keeps it current\.$/);
    // So the latest cluster buys are those of the 30 days to then (the corpus has none: e2e/clusters.spec.ts has some).
    await expect(page.getByText(/^No cluster buys/)).toHaveText(
      "No cluster buys (two or more insiders of one company buying within ten days) were filed in the 30 days to Jun 8, 2026, this database's latest filing.",
    );
    await expect(page.getByRole('link', { name: /^Cluster buys filed in the 30 days to Jun 8, 2026/ })).toHaveAttribute('href', '/clusters?filedFrom=2026-05-09&filedTo=2026-06-08');
  });
});

import { expect, test, type Page } from '@playwright/test';
import { NO_CORPUS, TESLA, hasCorpus, transactionsTable } from './support/helpers';

// From the corpus: Elon Musk's 2022 sales at Tesla (he traded in 2019, 2020 and 2021, never in one
// month each year: opportunistic); an insider of 1820953 who traded in January of 2021, 2022 and
// 2023 (routine in 2024); a Form 4 of 1835856 filed 57 business days late.
const ROUTINE_ISSUER = '1820953';
const LATE_ISSUER = '1835856';

function tooltipOf(page: Page, name: string) {
  return page.getByRole('tooltip').filter({ hasText: name });
}

test.describe('signals where trades are shown', () => {
  test.skip(!hasCorpus, NO_CORPUS);

  test('an opportunistic trade wears a badge whose reason shows on focus and on hover, and Escape closes it', async ({ page }) => {
    await page.goto(`/issuers/${TESLA.cik}?pattern=opportunistic`);
    const table = transactionsTable(page);
    const badge = table.getByText('Opportunistic', { exact: true }).first();
    await expect(badge).toBeVisible();
    await expect(page.getByRole('tooltip').first()).toBeHidden();

    await badge.focus();
    const reason = tooltipOf(page, 'Opportunistic: traded in each of 2019, 2020 and 2021');
    await expect(reason.first()).toBeVisible();
    await expect(badge).toHaveAccessibleDescription(/never in the same month each year/);
    await page.keyboard.press('Escape');
    await expect(reason.first()).toBeHidden();

    await badge.blur();
    await badge.hover();
    await expect(reason.first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(reason.first()).toBeHidden();
  });

  test('a routine trade wears a Routine badge that says in which month it was traded each year', async ({ page }) => {
    await page.goto(`/issuers/${ROUTINE_ISSUER}?pattern=routine`);
    const badge = transactionsTable(page).getByText('Routine', { exact: true }).first();
    await expect(badge).toBeVisible();
    await expect(badge).toHaveAccessibleDescription(/^Routine: traded in January in 2021, 2022 and 2023/);
  });

  test('the Pattern filter keeps only that pattern, with a clean URL', async ({ page }) => {
    await page.goto(`/issuers/${TESLA.cik}`);
    await page.getByLabel('Pattern').selectOption('opportunistic');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(new RegExp(`/issuers/${TESLA.cik}\\?pattern=opportunistic$`));
    const table = transactionsTable(page);
    const rows = table.locator('tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    await expect(table.getByText('Opportunistic', { exact: true })).toHaveCount(count);
    await expect(table.getByText('Routine', { exact: true })).toHaveCount(0);
  });

  test('a late filing says how many days late, the header gives the share of late filings, and “Filed late only” keeps those', async ({ page }) => {
    await page.goto(`/issuers/${LATE_ISSUER}`);
    await expect(page.getByText(/^\d+% of \d+ filings? with a known due date (?:was|were) filed late/)).toBeVisible();
    const late = transactionsTable(page).getByText('57 days late').first();
    await expect(late).toBeVisible();
    await late.focus();
    await expect(tooltipOf(page, 'Filed 57 business days after its due date').first()).toBeVisible();

    await page.getByLabel('Filed late only').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(new RegExp(`/issuers/${LATE_ISSUER}\\?late=1$`));
    const rows = transactionsTable(page).locator('tbody tr');
    await expect(rows.first()).toContainText('days late');
    expect(await rows.count()).toBe(await transactionsTable(page).getByText(/\d+ days? late/).count());
  });

  test('the screener filters on the pattern and on late filings and shows the same badges', async ({ page }) => {
    await page.goto('/trades?pattern=opportunistic');
    const screener = page.getByRole('table', { name: 'Insider trades' });
    await expect(screener.getByText('Opportunistic', { exact: true }).first()).toBeVisible();
    await expect(screener.getByText('Routine', { exact: true })).toHaveCount(0);

    await page.goto('/trades?late=1');
    await expect(page.getByRole('table', { name: 'Insider trades' }).getByText('57 days late').first()).toBeVisible();
  });

  test('the screener’s rows carry pattern, daysLate and flags in JSON and CSV', async ({ request }) => {
    const json = await (await request.get('/api/trades?late=1')).json() as { rows: { pattern: string | null; daysLate: number | null; flags: string[] }[] };
    expect(json.rows.length).toBeGreaterThan(0);
    for (const row of json.rows) {
      expect(row.daysLate).toBeGreaterThan(0);
      expect(row.flags).toEqual([]);
      expect(row).toHaveProperty('pattern');
    }
    const csv = await (await request.get('/api/trades?late=1&format=csv')).text();
    expect(csv.split('\n')[0]).toMatch(/,pattern,pattern_reason,days_late,flags\r?$/);
  });
});

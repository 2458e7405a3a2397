import { expect, test } from '@playwright/test';
import { ALLIED, FEDERICO, NO_CORPUS, TESLA, columnTexts, hasCorpus, parseAmount, transactionsTable } from './support/helpers';

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('a sorted and filtered view opened from a URL is rendered by the server', async ({ page }) => {
    test.skip(!hasCorpus, NO_CORPUS);
    await page.goto(`/issuers/${TESLA.cik}?sort=price&dir=asc&code=P`);
    const table = transactionsTable(page);
    await expect(table.getByRole('columnheader', { name: /Price/ })).toHaveAttribute('aria-sort', 'ascending');
    const prices = (await columnTexts(table, 'Price')).map(parseAmount).filter((p): p is number => p !== null);
    expect(prices.length).toBeGreaterThan(1);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    for (const code of await columnTexts(table, 'Code')) expect(code).toMatch(/^P/);
    await expect(page.getByLabel('Code')).toHaveValue('P');
  });

  test('sort headers are links and the filter form submits as a GET', async ({ page }) => {
    await page.goto(`/issuers/${ALLIED.cik}`);
    await transactionsTable(page).getByRole('columnheader', { name: /Shares/ }).getByRole('link').click();
    await expect(page).toHaveURL(/sort=shares&dir=desc/);
    await page.getByLabel('Acquired or disposed').selectOption('D');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/sort=shares&dir=desc.*ad=D|ad=D.*sort=shares/);
    await expect(transactionsTable(page)).toContainText('No rows match these filters.');
  });

  test('the header search box is a plain form that reaches the results', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: /Search people, companies/ }).fill('Richard Federico');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=Richard\+Federico/);
    await page.getByRole('link', { name: FEDERICO.readable, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(FEDERICO.readable);
  });

  for (const address of ['/issuers/999999999', '/people/1', '/ticker/NOSUCH', '/filings/0000000000-00-000000']) {
    test(`an unknown address (${address}) shows the 404 page with a way back`, async ({ page }) => {
      const response = await page.goto(address);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Nothing here' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Back to the home page' })).toBeVisible();
    });
  }
});

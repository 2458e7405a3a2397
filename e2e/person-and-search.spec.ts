import { expect, test } from '@playwright/test';
import { ALLIED, FEDERICO, NO_CORPUS, hasCorpus, transactionsTable } from './support/helpers';

test.describe('search and person pages', () => {
  test('searching a director by first and last name suggests him, and choosing him opens his page', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: /Search people, companies/ });
    await box.fill('Richard Federico');
    const option = page.getByRole('option', { name: new RegExp(FEDERICO.readable) });
    await expect(option).toBeVisible();
    await box.press('ArrowDown');
    await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/people/${FEDERICO.cik}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(FEDERICO.readable);
  });

  test('submitting the search shows people and companies grouped, by name in any order or by ticker', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: /Search people, companies/ });
    await box.fill('federico rich');
    // Enter with no suggestion chosen submits the form to the results page.
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=federico\+rich/);
    const people = page.getByRole('region', { name: /People/ });
    await people.getByRole('link', { name: FEDERICO.readable, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/people/${FEDERICO.cik}$`));

    await page.goto(`/search?q=${ALLIED.ticker.toLowerCase()}`);
    await expect(page.getByText('Exact ticker match')).toBeVisible();
    await expect(page.getByRole('region', { name: /Companies/ }).getByRole('link', { name: ALLIED.name, exact: true })).toBeVisible();
  });

  test('a person page shows the name as filed and readable, the companies with roles, and the transactions', async ({ page }) => {
    await page.goto(`/people/${FEDERICO.cik}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(FEDERICO.readable);
    await expect(page.getByText('Federico Richard D', { exact: true })).toBeVisible();
    const companies = page.getByRole('table', { name: /Companies where/ });
    await expect(companies.getByRole('link', { name: ALLIED.name, exact: true })).toBeVisible();
    await expect(companies).toContainText('Director');
    const table = transactionsTable(page);
    await expect(table.getByRole('columnheader', { name: /Issuer/ })).toBeVisible();
    await expect(table).toContainText('$5,495');
  });

  test('a person page says what they hold at each company after their latest report there', async ({ page }) => {
    test.skip(!hasCorpus, NO_CORPUS);
    // Elon Musk's Tesla Form 4 of September 2025: purchases by his trust, then a line of shares held directly.
    await page.goto('/people/1494730');
    const tesla = page.getByRole('table', { name: /Companies where Elon Musk reported/ }).getByRole('row').filter({ hasText: 'Tesla' });
    await expect(tesla.getByRole('cell').nth(3)).toHaveText(/^96,000,000 direct\s*413,362,808 indirect\s*Common Stock$/);
  });

  test('nothing typed into the search breaks it', async ({ page, request }) => {
    for (const q of ['"', 'AND', '*', '((', 'name:x', '%', '💥']) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response?.status(), q).toBe(200);
      expect((await request.get(`/api/search?q=${encodeURIComponent(q)}`)).status(), q).toBe(200);
    }
  });

  test('the suggestions API answers 400 naming a query too long or a limit out of range', async ({ request }) => {
    const tooLong = await request.get(`/api/search?q=${'a'.repeat(201)}&limit=50`);
    expect(tooLong.status()).toBe(400);
    expect(await tooLong.json()).toMatchObject({ problems: [{ param: 'q', message: 'must be at most 200 characters' }, { param: 'limit', message: 'must be from 1 to 20' }] });
    const suggestions = await request.get(`/api/search?q=${encodeURIComponent('Federico')}&limit=1`);
    expect(suggestions.status()).toBe(200);
    expect((await suggestions.json()).results).toHaveLength(1);
  });
});

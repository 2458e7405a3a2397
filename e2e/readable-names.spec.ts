import { expect, test } from '@playwright/test';
import { NO_CORPUS, hasCorpus } from './support/helpers';

// Owners' names as readers write them, decided from their filings: Sergey Brin files first name
// first, Elon Musk files "Musk Elon", funds keep their own form.
test.describe('names read as people and funds write them', () => {
  test.skip(!hasCorpus, NO_CORPUS);

  test('Sergey Brin, filed first name first, reads "Sergey Brin" on his page, in search and on his filing', async ({ page }) => {
    await page.goto('/people/1295032');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sergey Brin');
    await expect(page).toHaveTitle(/^Sergey Brin: insider transactions/);

    await page.goto('/search?q=brin');
    const people = page.getByRole('region', { name: /People/ });
    await expect(people.getByRole('link', { name: 'Sergey Brin', exact: true })).toBeVisible();
    await people.getByRole('link', { name: 'Sergey Brin', exact: true }).click();

    await page.goto('/search?q=Alphabet');
    await page.getByRole('region', { name: /Companies/ }).getByRole('link', { name: /Alphabet/ }).first().click();
    await expect(page.getByRole('table', { name: 'Insiders' })).toContainText('Sergey Brin');
    await expect(page.getByRole('table', { name: 'Insiders' })).not.toContainText('Brin Sergey');
  });

  test('Elon Musk, filed "Musk Elon", reads "Elon Musk" in the heading and the sentence of his filing', async ({ page }) => {
    await page.goto('/people/1494730');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Elon Musk');
    const { rows } = (await (await page.request.get('/api/people/1494730/transactions')).json()) as { rows: Array<{ accession: string; issuerCik: string }> };
    await page.goto(`/filings/${rows.find((r) => r.issuerCik === '1318605')!.accession}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Elon Musk at Tesla/);
    await expect(page.getByTestId('filing-summary')).toContainText('Elon Musk');
  });

  test('funds keep their Roman numerals and legal form, without EDGAR\'s state tag', async ({ page }) => {
    await page.goto('/people/1787613');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SoftBank Vision Fund II-2 L.P.');
    await page.goto('/people/1058465');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Farnam Street Partners LP');
    // The name as filed stays on the page.
    await expect(page.getByText('FARNAM STREET PARTNERS LP /MN', { exact: true })).toBeVisible();
  });
});

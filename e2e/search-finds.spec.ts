import { expect, test } from '@playwright/test';
import { NO_CORPUS, TESLA, hasCorpus } from './support/helpers';

test.describe('search finds what a user pastes or remembers', () => {
  test.skip(!hasCorpus, NO_CORPUS);

  test('a former name finds the company under its name today', async ({ page }) => {
    await page.goto('/search?q=Tesla+Motors');
    const companies = page.getByRole('region', { name: /Companies/ });
    await expect(companies.getByRole('link', { name: 'Tesla, Inc.' })).toHaveAttribute('href', `/issuers/${TESLA.cik}`);
    await expect(companies).toContainText('formerly TESLA MOTORS INC');

    await page.goto('/search?q=facebook');
    await expect(page.getByRole('region', { name: /Companies/ }).getByRole('link', { name: 'Meta Platforms, Inc.' })).toBeVisible();
  });

  test('a former ticker finds the company', async ({ page }) => {
    // Founder SPAC (FOUN) became Rubicon Technologies (RBT).
    await page.goto('/search?q=FOUN');
    const companies = page.getByRole('region', { name: /Companies/ });
    await expect(companies.getByRole('link', { name: 'Rubicon Technologies, Inc.' })).toBeVisible();
    await expect(companies).toContainText('formerly FOUN');
  });

  test('a pasted accession number opens the filing', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: /Search people, companies/ });
    await box.fill(' 0000899243-21-049992 ');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/filings\/0000899243-21-049992$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tesla');
  });

  test('a ticker that is not loaded says how to load it', async ({ page }) => {
    await page.goto('/search?q=QZXW');
    await expect(page.getByText('No company with the ticker QZXW is loaded yet.')).toBeVisible();
    await expect(page.getByText('Try fewer words')).toHaveCount(0);
    // The web server of the tests may not load from EDGAR: the command line says how.
    const offer = page.getByRole('region', { name: 'Load it from SEC EDGAR' }).or(page.getByRole('button', { name: /Load .*from SEC EDGAR/ }));
    await expect(offer.first()).toBeVisible();
    if (await page.getByRole('region', { name: 'Load it from SEC EDGAR' }).count()) {
      await expect(page.getByText('npm run ingest -- --ticker QZXW')).toBeVisible();
    }
  });

  test('people found show a company and role to tell namesakes apart', async ({ page }) => {
    await page.goto('/search?q=Musk');
    const people = page.getByRole('region', { name: /People/ });
    const musk = people.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Elon Musk', exact: true }) });
    await expect(musk).toContainText(/(CEO|Technoking|director|10% owner).* at Tesla, Inc\./i);
  });
});

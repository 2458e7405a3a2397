import { expect, test } from '@playwright/test';
import { ALLIED, FEDERICO, NO_CORPUS, TESLA, columnTexts, hasCorpus, parseAmount, transactionsTable } from './support/helpers';

test.describe('an issuer page', () => {
  test('opening an issuer by ticker, in any case, lands on its page with its insiders and transactions', async ({ page }) => {
    await page.goto(`/ticker/${ALLIED.ticker.toLowerCase()}`);
    await expect(page).toHaveURL(new RegExp(`/issuers/${ALLIED.cik}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(ALLIED.name);
    await expect(page.getByRole('link', { name: /View on SEC EDGAR/ })).toHaveAttribute('href', /CIK=0000046129/);

    const insiders = page.getByRole('table', { name: /Insiders of this issuer/ });
    await expect(insiders.getByRole('link', { name: FEDERICO.readable, exact: true })).toBeVisible();
    await expect(insiders).toContainText('as filed: Federico Richard D');
    await expect(insiders).toContainText('12,759');

    const table = transactionsTable(page);
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText('May 21, 2013');
    await expect(table).toContainText('Purchase');
    await expect(table).toContainText('$7.00');
    await expect(table).toContainText('$5,495');
  });

  test('an insider’s holdings after their latest report show what they hold directly and through each trust or fund', async ({ page }) => {
    test.skip(!hasCorpus, NO_CORPUS);
    await page.goto(`/issuers/${TESLA.cik}`);
    // Elon Musk's Form 4 of September 2025: purchases by his trust, then a line of shares held directly.
    const musk = page.getByRole('table', { name: /Insiders of this issuer/ }).getByRole('row').filter({ hasText: 'Elon Musk' });
    await expect(musk.getByRole('cell').nth(3)).toHaveText(/^96,000,000 direct\s*413,362,808 indirect\s*Common Stock$/);

    // Reid Hoffman's Aurora Form 4 of November 2024: sales by three entities, three more held, and his own shares.
    await page.goto('/ticker/AUR');
    const hoffman = page.getByRole('table', { name: /Insiders of this issuer/ }).getByRole('row').filter({ hasText: 'Reid Hoffman' });
    await expect(hoffman.getByRole('cell').nth(3)).toHaveText(/^286,247 direct\s*9,095,642 indirect, 6 holdings\s*Class A Common Stock$/);

    // Keith Rabois's Affirm filing of April 2023 listed three funds; his latest, of December 2024, his direct shares only.
    await page.goto('/ticker/AFRM');
    const rabois = page.getByRole('table', { name: /Insiders of this issuer/ }).getByRole('row').filter({ hasText: 'Keith Rabois' });
    await expect(rabois.getByRole('cell').nth(3)).toHaveText(/^109,780 direct\s*Class A Common Stock$/);
  });

  test('an issuer whose filings came with EDGAR’s header names its industry; one known only from bare XML does not', async ({ page }) => {
    test.skip(!hasCorpus, NO_CORPUS);
    await page.goto(`/issuers/${TESLA.cik}`);
    await expect(page.getByRole('term').filter({ hasText: /^Industry$/ })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'SIC 3711' })).toHaveText('Motor vehicles & passenger car bodies (SIC 3711)');

    await page.goto(`/issuers/${ALLIED.cik}`);
    await expect(page.getByRole('term').filter({ hasText: /^CIK$/ })).toBeVisible();
    await expect(page.getByRole('term').filter({ hasText: /^Industry$/ })).toHaveCount(0);
  });

  test('following an issuer’s industry lists the market’s trades at the companies classed under its code', async ({ page }) => {
    test.skip(!hasCorpus, NO_CORPUS);
    await page.goto(`/issuers/${TESLA.cik}`);
    await page.getByRole('link', { name: 'Motor vehicles & passenger car bodies (SIC 3711)' }).click();
    await expect(page).toHaveURL('/trades?sic=3711');
    await expect(page.getByTestId('industry-filter')).toContainText('at the companies EDGAR classes under Motor vehicles & passenger car bodies (SIC 3711)');
    await expect(page.getByLabel('Industry (SIC code)')).toHaveValue('3711');
    const screener = page.getByRole('table', { name: 'Insider trades' });
    const lines = async () => Number((await page.getByRole('heading', { name: /\d lines?$/ }).innerText()).replace(/\D/g, ''));
    const teslaLines = await lines();
    const issuers = await columnTexts(screener, 'Issuer');
    expect(issuers.length).toBeGreaterThan(10);
    for (const issuer of issuers) expect(issuer).toMatch(/^Tesla, Inc\.\s*TSLA$/);

    // Its first digits: transportation equipment, Tesla's cars and AAR's aircraft parts.
    await page.getByLabel('Industry (SIC code)').fill('37');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL('/trades?sic=37');
    await expect(page.getByTestId('industry-filter')).toContainText('SIC codes starting with 37');
    expect(await lines()).toBeGreaterThan(teslaLines);
  });

  test('a zero-padded CIK redirects to the canonical issuer URL, keeping the view', async ({ page }) => {
    await page.goto(`/issuers/0000046129?sort=price&dir=asc`);
    await expect(page).toHaveURL(new RegExp(`/issuers/${ALLIED.cik}\\?sort=price&dir=asc$`));
  });

  test('sorting by price orders the rows by price, both ways, and says so to assistive technology', async ({ page }) => {
    test.skip(!hasCorpus, NO_CORPUS);
    await page.goto(`/issuers/${TESLA.cik}`);
    const table = transactionsTable(page);
    const priceHeader = table.getByRole('columnheader', { name: /Price/ });
    // Unsorted: no aria-sort, which assistive technology reads as "none" (its default).
    await expect(priceHeader).not.toHaveAttribute('aria-sort');

    await priceHeader.getByRole('link').click();
    await expect(page).toHaveURL(/sort=price&dir=desc/);
    await expect(priceHeader).toHaveAttribute('aria-sort', 'descending');
    const desc = (await columnTexts(table, 'Price')).map(parseAmount).filter((p): p is number => p !== null);
    expect(desc.length).toBeGreaterThan(10);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));

    await priceHeader.getByRole('link').click();
    await expect(page).toHaveURL(/sort=price&dir=asc/);
    await expect(priceHeader).toHaveAttribute('aria-sort', 'ascending');
    const asc = (await columnTexts(table, 'Price')).map(parseAmount).filter((p): p is number => p !== null);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(asc[0]).toBeLessThan(desc[0]!);
  });

  test('filtering by code keeps only that code, in the URL and on every page', async ({ page }) => {
    test.skip(!hasCorpus, NO_CORPUS);
    await page.goto(`/issuers/${TESLA.cik}`);
    const before = await page.getByRole('navigation', { name: 'Pages', exact: true }).innerText();

    await page.getByLabel('Code').selectOption('S');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/[?&]code=S(&|$)/);
    const codes = await columnTexts(transactionsTable(page), 'Code');
    // Tesla has 1,062 sales in the corpus (counted in its XML): a full first page of them.
    expect(codes).toHaveLength(50);
    for (const code of codes) expect(code).toMatch(/^S\s*Sale/);
    await expect(page.getByLabel('Code')).toHaveValue('S');
    expect(await page.getByRole('navigation', { name: 'Pages', exact: true }).innerText()).not.toBe(before);

    await page.getByRole('link', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(new RegExp(`/issuers/${TESLA.cik}$`));
  });

  test('pages of a big issuer are links, and the next page shows the next rows', async ({ page }) => {
    test.skip(!hasCorpus, NO_CORPUS);
    await page.goto(`/issuers/${TESLA.cik}`);
    const pages = page.getByRole('navigation', { name: 'Pages', exact: true });
    await expect(pages).toContainText(/Rows 1–50 of [\d,]+/);
    await pages.getByRole('link', { name: 'Next →' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByRole('navigation', { name: 'Pages', exact: true })).toContainText(/Rows 51–100 of/);
    await expect(transactionsTable(page).locator('tbody tr')).toHaveCount(50);
  });

  test('following a row’s filing link opens that filing’s permalink', async ({ page }) => {
    await page.goto(`/issuers/${ALLIED.cik}`);
    const link = transactionsTable(page).locator('tbody tr').first().getByRole('link', { name: /^Form 4/ });
    const href = await link.getAttribute('href');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/Federico/i);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/Allied Motion/i);
  });

  test('an unknown CIK shows the 404 page with a way back', async ({ page }) => {
    const response = await page.goto('/issuers/999999999');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Section16' })).toHaveAttribute('href', '/');
    for (const path of ['/people/999999999', '/ticker/NOSUCHTICKER', '/ticker/%25', '/ticker/%25zz', '/issuers/not-a-cik', '/people/%25']) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
  });

  test('the transactions API answers 404 JSON for an unknown CIK, 400 for a malformed parameter, and JSON rows for a known one', async ({ request }) => {
    const missing = await request.get('/api/issuers/999999999/transactions');
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toHaveProperty('error');
    const malformed = await request.get(`/api/issuers/${ALLIED.cik}/transactions?sort=nonsense&page=-1`);
    expect(malformed.status()).toBe(400);
    expect(await malformed.json()).toMatchObject({ problems: [{ param: 'sort' }, { param: 'page' }] });
    const found = await request.get(`/api/issuers/${ALLIED.cik}/transactions?sort=price&page=1`);
    expect(found.status()).toBe(200);
    expect(await found.json()).toMatchObject({ total: 1, page: 1, pageSize: 50, sort: { key: 'price', dir: 'desc' } });
  });
});

import { expect, test, type Locator, type Page } from '@playwright/test';
import { ALLIED, NO_CORPUS, TESLA, columnTexts, hasCorpus, transactionsTable } from './support/helpers';

const shots = 'test-results/table-layout';

/** The scrolling box around the table (inside the section of the same name). */
const tableBox = (page: Page) => page.getByRole('region', { name: 'Transactions and holdings' }).last();

/** A row's cell in the column of that header (the transactions table's cells carry no label of their own). */
async function cellUnder(table: Locator, row: Locator, header: string): Promise<Locator> {
  const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`no column "${header}" among ${headers.join(' | ')}`);
  return row.locator(`td:nth-child(${index + 1})`);
}

/** The name a phone shows above a cell's value (drawn by CSS before it). */
function labelShown(cell: Locator): Promise<string> {
  return cell.evaluate((td) => getComputedStyle(td, '::before').content.replace(/^"|"$/g, ''));
}

/** How far the table is wider than its box (0 when it fits). */
async function overflowOf(page: Page): Promise<number> {
  return tableBox(page).evaluate((box) => box.scrollWidth - box.clientWidth);
}

test.describe('transactions tables at every width', () => {
  test.skip(!hasCorpus, NO_CORPUS);

  test('at 1280 px the issuer page’s table fits its box: Owned after, D/I and the filing need no sideways scroll', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/issuers/${TESLA.cik}`);
    const table = transactionsTable(page);
    await table.scrollIntoViewIfNeeded();
    await expect(table.getByRole('columnheader', { name: /Owned after/ })).toBeInViewport();
    await expect(table.getByRole('columnheader', { name: /D\/I/ })).toBeInViewport();
    await expect(table.getByRole('columnheader', { name: /Filed/ })).toBeInViewport();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${shots}/issuer-1280.png` });
  });

  test('at 1280 px the screener’s twelve columns fit its box: the filing and its date need no sideways scroll', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/trades');
    const box = page.getByRole('region', { name: 'Insider trades' });
    await box.scrollIntoViewIfNeeded();
    await expect(box.getByRole('columnheader', { name: /Filed/ })).toBeInViewport();
    expect(await box.evaluate((b) => b.scrollWidth - b.clientWidth)).toBeLessThanOrEqual(0);
  });

  test('at 1920 px the table uses the wider screen', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1000 });
    await page.goto(`/issuers/${TESLA.cik}`);
    await tableBox(page).scrollIntoViewIfNeeded();
    const box = await tableBox(page).boundingBox();
    expect(box!.width).toBeGreaterThan(1500);
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${shots}/issuer-1920.png` });
  });

  test('on a 390 px phone each row shows who, what, how many, at what price and when, without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/issuers/${TESLA.cik}?code=S`);
    const table = transactionsTable(page);
    const row = table.locator('tbody tr').first();
    await row.scrollIntoViewIfNeeded();
    for (const label of ['Insider', 'Code', 'Shares', 'Price', 'Date']) {
      const cell = await cellUnder(table, row, label);
      await expect(cell).toBeInViewport();
      expect(await labelShown(cell)).toBe(label);
      const box = (await cell.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await expect(row).toContainText('Sale');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${shots}/issuer-390.png` });
    // A person's table too (the page's holdings chart is another matter: it scrolls in its own box).
    await page.goto(`/people/1494730`);
    const personRow = transactionsTable(page).locator('tbody tr').first();
    await personRow.scrollIntoViewIfNeeded();
    expect(await labelShown(await cellUnder(transactionsTable(page), personRow, 'Issuer'))).toBe('Issuer');
    const rowBox = (await personRow.boundingBox())!;
    expect(rowBox.x + rowBox.width).toBeLessThanOrEqual(390);
    expect(await tableBox(page).evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${shots}/person-390.png`, fullPage: false });
    // A person whose holdings chart has a wide table under it (Roelof Botha at Natera): the table
    // scrolls in its own box, the page does not.
    await page.goto('/people/1222287');
    await expect(page.getByRole('heading', { name: 'Holdings over time' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('on a 390 px phone the home page’s latest filings are cards: who, what, how many, at what price and when', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const box = page.getByRole('region', { name: 'Latest filings' });
    const row = box.locator('tbody tr').first();
    await row.scrollIntoViewIfNeeded();
    for (const label of ['Filed', 'Issuer', 'Insider', 'Code', 'Shares', 'Price', 'Value']) {
      const cell = row.locator(`td[data-label="${label}"]`);
      await expect(cell).toBeInViewport();
      const cellBox = (await cell.boundingBox())!;
      expect(cellBox.x + cellBox.width).toBeLessThanOrEqual(390);
    }
    await page.screenshot({ path: `${shots}/home-390.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('on a 390 px phone a filing’s Table I rows are cards: each value under the form’s name for its column, its footnote beside it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // Roelof Botha's grant of 18,421 shares of 23andMe, footnote 1 on the amount.
    await page.goto('/filings/0001209191-21-056386');
    const table = page.getByRole('table', { name: /^Table I:/ });
    const row = table.locator('tbody tr').first();
    await row.scrollIntoViewIfNeeded();
    for (const [header, value] of [['2. Transaction date', 'Sep 14, 2021'], ['4. Amount', '18,421(1)'], ['Price', '$0.00'], ['5. Amount owned after', '18,421']] as const) {
      const cell = await cellUnder(table, row, header);
      await expect(cell).toBeInViewport();
      await expect(cell).toHaveText(value);
      expect(await labelShown(cell)).toBe(header);
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    // The columns this row leaves empty (2A, V, 7) are left out of its card.
    await expect(await cellUnder(table, row, '2A. Deemed execution date')).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('on a 360 px phone neither a filing’s wide tables nor the home page’s cards widen the page', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    // Tables I and II are cards; what a screen reader alone hears in them stays inside them too.
    await page.goto('/filings/0001760862-20-000022');
    await expect(page.getByRole('region', { name: /Table II/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // A card's third is narrower than a long word (ALPHA & OMEGA SEMICONDUCTOR) or a code's meaning.
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Latest filings' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('a filing loaded without its EDGAR header shows a dash in the Filed column, not another date, and the note says why', async ({ page }) => {
    await page.goto(`/issuers/${ALLIED.cik}`);
    const filed = await columnTexts(transactionsTable(page), 'Filed');
    expect(filed.filter((text) => /^Form 4\s*—$/.test(text)).length, filed.join(' | ')).toBeGreaterThan(0);
    await expect(page.getByText('A dash under Filed: the filing was loaded without its EDGAR header, so its filing date is not in the data.')).toBeVisible();
    await expect(transactionsTable(page).getByRole('columnheader', { name: 'Filed' }).getByRole('link')).toHaveAttribute('title', /filings loaded without it show — and sort last/);
  });
});

test('screenshots of the issuer, person and screener pages at 390, 1280 and 1920 px', async ({ page }) => {
  test.skip(!hasCorpus, NO_CORPUS);
  for (const width of [390, 1280, 1920]) {
    await page.setViewportSize({ width, height: 1000 });
    for (const [name, url] of [['issuer', `/issuers/${TESLA.cik}?pattern=opportunistic`], ['person', '/people/1494730'], ['screener', '/trades?late=1']] as const) {
      await page.goto(url);
      await page.getByRole('table').last().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/${name}-${width}.png` });
    }
  }
});

test.describe('the issuer and person filter forms', () => {
  test('leave empty fields out of the URL, and a URL with them goes to the clean one', async ({ page }) => {
    await page.goto(`/issuers/${ALLIED.cik}`);
    await page.getByLabel('Code').selectOption('P');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(new RegExp(`/issuers/${ALLIED.cik}\\?code=P$`));

    await page.goto(`/issuers/${ALLIED.cik}?code=P&ad=&role=&insider=&from=&to=&size=50`);
    await expect(page).toHaveURL(new RegExp(`/issuers/${ALLIED.cik}\\?code=P&size=50$`));
  });

  test('say which value they ignored instead of silently showing every row', async ({ page }) => {
    await page.goto(`/issuers/${ALLIED.cik}?code=ZZ`);
    await expect(page.getByRole('region', { name: 'Ignored parameters' })).toContainText('ignored code=ZZ: not a transaction code');
  });

  test('the person page offers “All issuers”', async ({ page }) => {
    await page.goto(`/people/1240569`);
    const issuer = page.getByRole('combobox', { name: /^Issuer/ });
    await expect(issuer).toHaveValue('');
    await expect(issuer.locator('option').first()).toHaveText('All issuers');
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { expectFootnotesOnTheirFields } from './support/footnote-columns';

// Runs against the app served over the e2e database (the corpus plus our fixtures). The server's
// database file is needed to run `npm run show` on it.
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const databasePath = path.resolve(repoRoot, process.env.E2E_DATABASE_PATH ?? process.env.DATABASE_PATH ?? 'data/section16.db');
const corpusFiling = path.resolve(repoRoot, '../shared/corpus/xml/4_Palantir-Technologies-Inc_0000899243-21-019441.xml');
const hasCorpus = existsSync(corpusFiling);
if (!hasCorpus) console.warn(`corpus filing missing at ${corpusFiling}: the many-footnotes test is skipped`);

const SEED_FOOTNOTE = "These shares were purchased by the Reporting Person pursuant to the Company's Non-Employee Director Stock in Lieu of Cash Retainer Plan.";
const SEED_SUMMARY =
  'Director Richard D. Federico bought 785 shares of Allied Motion Technologies common stock at $7.00 on May 21, 2013 ($5,495), under the plan in footnote 1, and now holds 12,759 shares directly.';
// Palantir, May 2021: warrant exercises, conversions and holdings, 30 footnotes, prices only in footnotes.
const MANY_FOOTNOTES = '0000899243-21-019441';

/** The seed fixture has no accession number in it: the store keyed it by its content. Found as users find it, through its insider. */
async function seedAccession(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/people/1240569/transactions');
  expect(response.status()).toBe(200);
  const { rows } = (await response.json()) as { rows: Array<{ accession: string; issuerCik: string; transactionDate: string | null }> };
  const seed = rows.filter((r) => r.issuerCik === '46129' && r.transactionDate === '2013-05-21');
  expect(seed, 'the seed filing, loaded from fixtures/').toHaveLength(1);
  return seed[0]!.accession;
}

/** The cells of a table row in column order, the row header (Title of security) first. */
function cellsOf(row: Locator): Locator {
  return row.locator(':scope > th, :scope > td');
}

async function openSeed(page: Page) {
  const accession = await seedAccession(page.request);
  const response = await page.goto(`/filings/${accession}`);
  expect(response?.status()).toBe(200);
  return accession;
}

test.describe('a filing permalink', () => {
  test('opening the seed permalink shows the footnote text on the amount it explains, on hover', async ({ page }) => {
    await openSeed(page);
    const table = page.getByRole('table', { name: /^Table I:/ });
    const row = table.getByRole('row', { name: /Common Stock/ });
    const amount = row.getByRole('cell', { name: /^785/ });
    const marker = amount.getByRole('link', { name: 'Footnote 1' });
    await expect(marker).toHaveAttribute('href', '#footnote-F1');

    const tooltip = amount.getByRole('tooltip');
    await expect(tooltip).toBeHidden();
    await marker.hover();
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(SEED_FOOTNOTE);
    await expect(marker).toHaveAccessibleDescription(`(1) ${SEED_FOOTNOTE}`);

    // Only the amount carries the footnote: the price and the holdings after have no marker.
    await expect(row.getByRole('link', { name: /^Footnote/ })).toHaveCount(1);
    await expect(row.getByRole('cell', { name: '$7.00' })).toBeVisible();
    await expect(row.getByRole('cell', { name: '12,759' })).toBeVisible();
  });

  test('with JavaScript off, the footnote marker is a link to the footnote text below', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await openSeed(page);
    const amount = page.getByRole('table', { name: /^Table I:/ }).getByRole('cell', { name: /^785/ });
    const marker = amount.getByRole('link', { name: 'Footnote 1' });
    for (let i = 0; i < 60 && !(await marker.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(marker).toBeFocused();

    // Following the marker reaches the Explanation of Responses.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#footnote-F1$/);
    await expect(page.locator('#footnote-F1')).toContainText(SEED_FOOTNOTE);
    await context.close();
  });

  test('the seed permalink reads as a sentence and previews with it when shared', async ({ page }) => {
    const accession = await openSeed(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Richard D. Federico at Allied Motion Technologies (AMOT)');
    await expect(page.getByTestId('filing-summary')).toHaveText(SEED_SUMMARY);

    const meta = (selector: string) => page.locator(`meta[${selector}]`).first();
    await expect(meta('property="og:description"')).toHaveAttribute('content', SEED_SUMMARY);
    await expect(meta('property="og:title"')).toHaveAttribute('content', /^Form 4: Richard D\. Federico, Allied Motion Technologies \(AMOT\)/);
    await expect(meta('property="og:type"')).toHaveAttribute('content', 'article');
    await expect(meta('property="og:url"')).toHaveAttribute('content', new RegExp(`^https?://[^/]+/filings/${accession}$`));
    await expect(meta('name="twitter:card"')).toHaveAttribute('content', 'summary');
    await expect(meta('name="twitter:description"')).toHaveAttribute('content', SEED_SUMMARY);
  });

  test('the seed permalink shows the owner, the issuer and the form as filed', async ({ page }) => {
    await openSeed(page);
    const owners = page.getByRole('region', { name: 'Reporting owner' });
    await expect(owners.getByRole('link', { name: 'Richard D. Federico' })).toHaveAttribute('href', '/people/1240569');
    await expect(owners.getByRole('list', { name: 'Relationship to issuer' })).toHaveText('Director');
    await expect(owners).toContainText('ENGLEWOOD, CO 80112');
    await expect(page.getByRole('link', { name: 'ALLIED MOTION TECHNOLOGIES INC' })).toHaveAttribute('href', '/issuers/46129');
    await expect(page.getByRole('region', { name: 'Signatures' })).toContainText('Susan M. Chiarmonete, attorney-in-fact for Richard D. Federico');
    await expect(page.getByRole('link', { name: 'This filing as JSON' })).toBeVisible();

    // Every column of the form's Table I, in the form's order.
    const headers = await page.getByRole('table', { name: /^Table I:/ }).getByRole('columnheader').allInnerTexts();
    expect(headers.map((h) => h.replace(/\s+/g, ' '))).toEqual([
      '1. Title of security', '2. Transaction date', '2A. Deemed execution date', '3. Code', 'V', '4. Amount', '(A) or (D)', 'Price',
      '5. Amount owned after', '6. Direct (D) or indirect (I)', '7. Nature of indirect ownership',
    ]);
  });

  test('a corpus filing with thirty footnotes puts each marker on the cell of the field it explains', async ({ page, request }) => {
    test.skip(!hasCorpus, 'corpus not present');
    const filing = await (await request.get(`/api/filings/${MANY_FOOTNOTES}`)).json();
    // As filed (counted in the XML): 30 footnotes, Table I of 2 transactions and 18 holdings, Table II of 14 lines.
    expect([filing.footnotes.length, filing.nonDerivative.length, filing.derivative.length]).toEqual([30, 20, 14]);
    await page.goto(`/filings/${MANY_FOOTNOTES}`);

    // Our own reading of the paper form: which column shows which field.
    const tableI: Record<string, string> = {
      securityTitle: '1. Title of security', transactionDate: '2. Transaction date', deemedExecutionDate: '2A. Deemed execution date',
      code: '3. Code', timeliness: 'V', shares: '4. Amount', totalValue: '4. Amount', acquiredDisposed: '(A) or (D)', pricePerShare: 'Price',
      sharesOwnedAfter: '5. Amount owned after', valueOwnedAfter: '5. Amount owned after', directOrIndirect: '6. Direct (D) or indirect (I)',
      natureOfOwnership: '7. Nature of indirect ownership',
    };
    const tableII = (disposed: boolean): Record<string, string> => ({
      securityTitle: '1. Title of derivative security', conversionOrExercisePrice: '2. Conversion or exercise price', transactionDate: '3. Transaction date',
      deemedExecutionDate: '3A. Deemed execution date', code: '4. Code', timeliness: 'V',
      shares: disposed ? 'Number disposed of (D)' : '5. Number acquired (A)', totalValue: disposed ? 'Number disposed of (D)' : '5. Number acquired (A)',
      acquiredDisposed: disposed ? 'Number disposed of (D)' : '5. Number acquired (A)',
      exerciseDate: '6. Date exercisable', expirationDate: 'Expiration date', underlyingTitle: '7. Title of underlying securities',
      underlyingShares: 'Amount of underlying securities', underlyingValue: 'Amount of underlying securities', pricePerShare: '8. Price of derivative security',
      sharesOwnedAfter: '9. Number owned after', valueOwnedAfter: '9. Number owned after', directOrIndirect: '10. Direct (D) or indirect (I)',
      natureOfOwnership: '11. Nature of indirect ownership',
    });

    const checked = await expectFootnotesOnTheirFields(page, filing.footnotes, [
      { name: 'Table I', rows: filing.nonDerivative, columnsFor: () => tableI },
      { name: 'Table II', rows: filing.derivative, columnsFor: (row) => tableII(row.acquiredDisposed === 'D') },
    ]);
    expect(checked).toBeGreaterThan(50);

    // A field filed with only a footnote (a price given only there) still shows its marker.
    const tableIIRows = page.getByRole('table', { name: /Table II:/ }).locator('tbody > tr');
    const footnoteOnly = filing.derivative.findIndex((r: { conversionOrExercisePrice: unknown; footnoteIds: Record<string, string[]> }) => r.conversionOrExercisePrice === null && r.footnoteIds.conversionOrExercisePrice);
    expect(footnoteOnly).toBeGreaterThanOrEqual(0);
    const priceCell = cellsOf(tableIIRows.nth(footnoteOnly)).nth(1);
    await expect(priceCell).toHaveText(/^\(\d+\)$/, { useInnerText: true });

    // The Explanation of Responses lists every footnote, numbered in order, each with its anchor.
    const explanation = page.getByRole('region', { name: 'Explanation of Responses' });
    await expect(explanation.getByRole('listitem')).toHaveCount(filing.footnotes.length);
    for (const [i, f] of (filing.footnotes as Array<{ id: string; text: string }>).entries()) {
      await expect(page.locator(`#footnote-${f.id}`)).toContainText(`(${i + 1})`);
    }
  });

  test('a bad accession shows the 404 page with a way back', async ({ page }) => {
    for (const accession of ['0000000000-00-000000', 'not-an-accession']) {
      const response = await page.goto(`/filings/${accession}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Nothing here' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/');
      await expect(page.getByRole('search').getByLabel('Search insiders, issuers and tickers')).toBeVisible();
    }
  });

  test('the JSON API returns exactly what npm run show prints', async ({ request }) => {
    const accessions = [await seedAccession(request), ...(hasCorpus ? [MANY_FOOTNOTES] : [])];
    const printed = execFileSync('npm', ['run', '--silent', 'show', '--', ...accessions, '--db', databasePath], {
      cwd: repoRoot,
      encoding: 'utf8',
    }).trim().split('\n');
    for (const [i, accession] of accessions.entries()) {
      const response = await request.get(`/api/filings/${accession}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/json');
      expect(await response.text()).toBe(printed[i]);
    }
  });

  test('the JSON API answers an unknown accession with 404 JSON', async ({ request }) => {
    const response = await request.get('/api/filings/0000000000-00-000000');
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ error: 'not found', accession: '0000000000-00-000000' });
  });
});

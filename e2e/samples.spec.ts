import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { runCliOrThrow } from '../test/support/cli';
import { hasBuild, useOwnServer } from './support/own-server';

// The bundled samples as a first-time user meets them after `npm start`. The shared e2e server loads
// the fixtures with `npm run ingest` (real, by design), so this file prepares its own database the way
// `npm start` does (cli/prepare.ts) and starts its own `next start` from the same production build.

if (!hasBuild) console.warn('SKIPPING the sample filing tests: no production build in .next');

const CONTOSO = { cik: '9990003', name: 'Contoso Retail Group Inc' };
const BLUEWATER = { cik: '9990301' };
/** A real filing (Lam Research, fixtures/amendments), loaded as a user loads real data. */
const REAL = { file: path.join('fixtures', 'amendments', 'form4-lam-research-before-split-adjustment.xml'), cik: '707549' };

test.describe.configure({ mode: 'serial' });

test.describe('Sample filings', () => {
  test.skip(!hasBuild, 'needs a production build');

  let database = '';
  const app = useOwnServer('sample', (workDir) => {
    database = path.join(workDir, 'section16.db');
    runCliOrThrow('prepare', ['--db', database]);
    return { DATABASE_PATH: database };
  });

  /** No link on the page leads to SEC EDGAR. */
  async function expectNoEdgarLinks(page: Page) {
    await expect(page.locator('a[href*="sec.gov"]')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /EDGAR/ })).toHaveCount(0);
  }

  test('the home page says its filings are made-up samples and how to load real ones', async ({ page }) => {
    await page.goto(`${app.url}/`);
    const notice = page.getByRole('note', { name: 'Sample filings' });
    await expect(notice).toContainText('These are made-up sample filings.');
    await expect(notice).toContainText('npm run ingest -- <files or folders>');
    const rows = page.getByRole('table', { name: /newest filings/ }).locator('tbody tr');
    await expect(rows).toHaveCount(6);
    for (const row of await rows.all()) await expect(row.getByText('Sample', { exact: true })).toBeVisible();
  });

  test('a sample issuer, person and filing are marked Sample and lead nowhere on EDGAR', async ({ page }) => {
    await page.goto(`${app.url}/issuers/${CONTOSO.cik}`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText(CONTOSO.name);
    await expect(heading.getByText('Sample', { exact: true })).toBeVisible();
    await expectNoEdgarLinks(page);

    await page.goto(`${app.url}/people/${BLUEWATER.cik}`);
    await expect(page.getByRole('heading', { level: 1 }).getByText('Sample', { exact: true })).toBeVisible();
    await expectNoEdgarLinks(page);

    await page.goto(`${app.url}/`);
    const contosoRow = page.getByRole('table', { name: /newest filings/ }).locator('tbody tr').filter({ hasText: CONTOSO.name });
    await contosoRow.getByRole('link', { name: /^Form 4/ }).click();
    await expect(page).toHaveURL(/\/filings\//);
    await expect(page.getByRole('heading', { level: 1 }).getByText('Sample', { exact: true })).toBeVisible();
    await expect(page.getByText('A made-up sample filing: not on SEC EDGAR')).toBeVisible();
    await expectNoEdgarLinks(page);
  });

  test('search results mark the samples', async ({ page }) => {
    await page.goto(`${app.url}/search?q=contoso`);
    const result = page.getByRole('region', { name: /Companies/ }).getByRole('listitem').filter({ hasText: CONTOSO.name });
    await expect(result.getByText('Sample', { exact: true })).toBeVisible();
  });

  test('the samples leave when a real filing is loaded, and the real one is shown unmarked', async ({ page }) => {
    runCliOrThrow('ingest', [REAL.file, '--db', database, '--quiet']);

    await page.goto(`${app.url}/`);
    await expect(page.getByRole('note', { name: 'Sample filings' })).toHaveCount(0);
    const rows = page.getByRole('table', { name: /newest filings/ }).locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('LAM RESEARCH');
    await expect(page.getByText('Sample', { exact: true })).toHaveCount(0);

    expect((await page.goto(`${app.url}/issuers/${CONTOSO.cik}`))!.status()).toBe(404);
    await page.goto(`${app.url}/search?q=contoso`);
    await expect(page.getByRole('link', { name: CONTOSO.name })).toHaveCount(0);

    await page.goto(`${app.url}/issuers/${REAL.cik}`);
    await expect(page.getByRole('link', { name: /View on SEC EDGAR/ })).toBeVisible();
  });
});


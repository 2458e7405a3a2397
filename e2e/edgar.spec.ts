import path from 'node:path';
import { expect, test } from '@playwright/test';
import { hasBuild, useOwnServer } from './support/own-server';
import { CORPUS_DIR, type FakeEdgar, hasCorpus, startFakeEdgar } from '../test/fake-edgar/fake-edgar';

// "Load from SEC EDGAR" in real Chromium. The shared e2e server has no SEC_USER_AGENT, so this file
// starts its own `next start` from the same production build, over an empty database, with
// SEC_USER_AGENT and SECTION16_WEB_LOADS=1 set and EDGAR_BASE_URL / EDGAR_DATA_URL pointing at the EDGAR look-alike (serving
// ../shared/corpus on 127.0.0.1). Nothing here reaches sec.gov.

if (!hasCorpus) console.warn(`SKIPPING the Load from SEC EDGAR tests: the corpus is not at ${CORPUS_DIR}`);
if (hasCorpus && !hasBuild) console.warn('SKIPPING the Load from SEC EDGAR tests: no production build in .next');

const USER_AGENT = 'Section16 E2E e2e@example.com';
const RUM = { cik: '1830081', ticker: 'RUM', name: 'Rumble Inc.' };
const MDB = { cik: '1441816', ticker: 'MDB', name: 'MongoDB, Inc.' };
const PLTR = { cik: '1321655', ticker: 'PLTR', name: 'Palantir Technologies Inc.' };
const JOBY = { cik: '1819848', ticker: 'JOBY' };

test.describe.configure({ mode: 'serial' });

test.describe('Load from SEC EDGAR', () => {
  test.skip(!hasCorpus || !hasBuild, 'needs ../shared/corpus and a production build');

  let fake: FakeEdgar;
  const app = useOwnServer('EDGAR', async (workDir) => {
    fake = await startFakeEdgar();
    return {
      DATABASE_PATH: path.join(workDir, 'section16.db'),
      SEC_USER_AGENT: USER_AGENT,
      // Loading from the web is off unless the operator turns it on; this file's loads all come
      // from 127.0.0.1, more than a public server's allowance per client.
      SECTION16_WEB_LOADS: '1',
      SECTION16_WEB_LOADS_PER_HOUR: '100',
      EDGAR_BASE_URL: fake.url,
      EDGAR_DATA_URL: fake.url,
      EDGAR_CACHE_DIR: path.join(workDir, 'edgar-cache'),
    };
  });

  test.afterAll(async () => {
    await fake?.close();
  });

  test.beforeEach(() => fake.reset());

  test('a search for a ticker that is not stored offers to load it, shows progress, then finds it', async ({ page }) => {
    // One slow document, so the load is still running when we look.
    fake.delay(fake.issuerByTicker(RUM.ticker).filings[0]!.documentPath, 2_500);
    await page.goto(`${app.url}/search?q=${RUM.ticker}`);
    await expect(page.getByText(`${RUM.ticker} is not stored here yet`)).toBeVisible();

    await page.getByRole('button', { name: 'Load from SEC EDGAR' }).click();

    await expect(page.getByRole('status')).toContainText(`Loading ${RUM.name} (${RUM.ticker}) from SEC EDGAR`);
    await expect(page.getByRole('progressbar', { name: 'Filings loaded' })).toBeVisible();
    // Done: the page refreshes and the search now finds the issuer by its ticker.
    const match = page.getByRole('link', { name: `${RUM.name} (${RUM.ticker})` });
    await expect(match).toBeVisible({ timeout: 20_000 });
    await match.click();
    await expect(page).toHaveURL(new RegExp(`/issuers/${RUM.cik}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(RUM.name);
    expect(fake.requests.every((r) => r.userAgent === USER_AGENT)).toBe(true);
  });

  test('an issuer URL that is not stored is a 404 that loads the issuer in place', async ({ page }) => {
    const response = await page.goto(`${app.url}/issuers/${MDB.cik}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Nothing here' })).toBeVisible();

    await page.getByRole('button', { name: 'Load from SEC EDGAR' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toContainText(MDB.name, { timeout: 20_000 });
    await expect(page).toHaveURL(new RegExp(`/issuers/${MDB.cik}$`));
    expect(fake.count((p) => p.startsWith(`/Archives/edgar/data/${MDB.cik}/`))).toBe(fake.issuerByTicker(MDB.ticker).filings.length);
  });

  test('without JavaScript, the button posts a form and a self-refreshing page leads to the issuer', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    fake.delay(fake.issuerByTicker(PLTR.ticker).filings[0]!.documentPath, 3_000);
    // From a search: a 404 raised by a page is drawn by the browser in Next 16, so without
    // JavaScript it shows nothing to press.
    await page.goto(`${app.url}/search?q=${PLTR.ticker.toLowerCase()}`);

    await page.getByRole('button', { name: 'Load from SEC EDGAR' }).click();

    await expect(page).toHaveURL(new RegExp(`/edgar/loads/${PLTR.cik}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Loading ${PLTR.name} (${PLTR.ticker}) from SEC EDGAR`);
    await page.waitForURL(new RegExp(`/issuers/${PLTR.cik}$`), { timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1 })).toContainText(PLTR.name);
    await context.close();
  });

  test('one load per issuer: asking twice joins the running load', async ({ request }) => {
    fake.delay(fake.issuerByTicker(JOBY.ticker).filings[0]!.documentPath, 1_500);
    const first = await request.post(`${app.url}/api/edgar/loads`, { data: { ticker: JOBY.ticker } });
    expect(first.status()).toBe(202);
    const second = await request.post(`${app.url}/api/edgar/loads`, { data: { cik: JOBY.cik } });
    expect(second.status()).toBe(200);
    expect((await second.json()).load).toMatchObject({ key: JOBY.cik, status: 'running' });

    await expect
      .poll(async () => (await (await request.get(`${app.url}/api/edgar/loads/${JOBY.cik}`)).json()).load.status, { timeout: 20_000 })
      .toBe('done');
    const { load } = await (await request.get(`${app.url}/api/edgar/loads/${JOBY.cik}`)).json();
    const filings = fake.issuerByTicker(JOBY.ticker).filings.length;
    expect(load.progress).toMatchObject({ found: filings, loaded: filings, failed: 0 });
    // Each document fetched once, not once per request.
    expect(fake.count((p) => p.startsWith(`/Archives/edgar/data/${JOBY.cik}/`))).toBe(filings);

    const unknown = await request.post(`${app.url}/api/edgar/loads`, { data: { ticker: 'NOPE' } });
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error).toBe('EDGAR lists no company with ticker "NOPE"');
  });
});


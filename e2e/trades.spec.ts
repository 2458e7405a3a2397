import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { TRADE_PRESETS } from '../lib/trade-urls';
import { readAtom } from './support/atom';
import { NO_CORPUS, columnTexts, hasCorpus, parseAmount, parseCsv } from './support/helpers';

// The screener (/trades) over the corpus and our fixtures. Counts are transaction lines of
// filing_rows, a 4/A's original left out, counted by hand in SQL on a database loaded like the e2e
// one (e.g. SELECT count(*) FROM filing_rows r WHERE kind = 'transaction' AND code = 'P' AND NOT
// EXISTS (SELECT 1 FROM filings a WHERE a.amends = r.accession)).
const LINES = {
  all: 2411,
  purchases: 68, // code P; one of them (a Table II line) is a derivative
  purchasesByDirectors: 64, // code P, an owner with the director box
  teslaPurchases: 49, // code P at Tesla (CIK 1318605)
  sales: 1435, // code S
  // Code S where an owner's title is CEO, Chief Executive Officer, President & CEO, CFO or Chief
  // Financial Officer (the only such titles on sales in the corpus).
  ceoCfoSales: 1047,
  // P and S lines whose insider (the filing's first owner) traded P or S at the issuer in each of the
  // three calendar years before the line's, counted by hand from filing_rows and filing_owners (not
  // from insider_years): in a month common to all three years (routine), or not (opportunistic).
  routine: 17,
  opportunistic: 1040,
  late: 2, // days_late > 0: a Form 4 of 1835856 filed 57 business days late, two lines
};

/** Each preset's lines. The corpus's newest filing date is 2025-09-26: nothing was filed this week or month. */
const PRESET_LINES: Record<(typeof TRADE_PRESETS)[number]['id'], number> = {
  'latest-purchases': LINES.purchases,
  'latest-sales': LINES.sales,
  'officer-purchases-week': 0,
  'purchases-1m-month': 0,
  'ceo-cfo-sales': LINES.ceoCfoSales,
  opportunistic: LINES.opportunistic,
  'filed-late': LINES.late,
};

const lines = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'line' : 'lines'}`;
const total = (page: Page, n: number) => expect(page.getByRole('heading', { level: 2, name: lines(n), exact: true })).toBeVisible();
const form = (page: Page) => page.getByRole('form', { name: 'Filter trades' });
const screener = (page: Page) => page.getByRole('table', { name: 'Insider trades' });

test.describe('the market screener', () => {
  test.skip(!hasCorpus, NO_CORPUS);

  test('each preset on the home page opens the screener at its URL, marked as the preset shown', async ({ page }) => {
    for (const preset of TRADE_PRESETS) {
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Screener presets' }).getByRole('link', { name: preset.label }).click();
      await expect(page).toHaveURL(`/trades${preset.query}`);
      await total(page, PRESET_LINES[preset.id]);
      await expect(page.getByRole('navigation', { name: 'Presets', exact: true }).getByRole('link', { name: preset.label })).toHaveAttribute('aria-current', 'page');
    }
  });

  test('a filter is added and removed with the form, without empty fields in the URL, and by editing the URL', async ({ page }) => {
    await page.goto('/trades?code=P');
    await total(page, LINES.purchases);
    await expect(form(page).getByLabel('Transaction code')).toHaveValue('P');

    await form(page).getByLabel('Role').selectOption({ label: 'Director' });
    await form(page).getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL('/trades?code=P&role=director');
    await total(page, LINES.purchasesByDirectors);
    for (const roles of await columnTexts(screener(page), 'Role')) expect(roles).toContain('Director');

    await form(page).getByLabel('Role').selectOption({ label: 'Any role' });
    await form(page).getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL('/trades?code=P');
    await total(page, LINES.purchases);

    await page.goto('/trades?code=P&issuer=TSLA');
    await total(page, LINES.teslaPurchases);
    await expect(form(page).getByLabel('Issuer (CIK or ticker)')).toHaveValue('TSLA');
    for (const issuer of await columnTexts(screener(page), 'Issuer')) expect(issuer).toMatch(/^Tesla, Inc\.\s*TSLA$/);
    await page.goto('/trades?code=P');
    await total(page, LINES.purchases);
    await expect(form(page).getByLabel('Issuer (CIK or ticker)')).toHaveValue('');
  });

  test('the trading pattern and lateness are set with the form, under More filters, which stays open while they are', async ({ page }) => {
    await page.goto('/trades');
    await form(page).getByText('More filters').click();
    await form(page).getByLabel('Trading pattern (P, S)').selectOption({ label: 'Routine' });
    await form(page).getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL('/trades?pattern=routine');
    await total(page, LINES.routine);
    await expect(screener(page).getByText('Routine', { exact: true })).toHaveCount(LINES.routine);

    await form(page).getByLabel('Trading pattern (P, S)').selectOption({ label: 'Any pattern' });
    await form(page).getByLabel('Filed late only').check();
    await form(page).getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL('/trades?late=1');
    await total(page, LINES.late);
    await expect(screener(page).getByText('57 days late')).toHaveCount(LINES.late);
    await expect(form(page).getByLabel('Filed late only')).toBeChecked();
  });

  test('without JavaScript the form’s empty fields are dropped by a redirect', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/trades');
    await form(page).getByLabel('Transaction code').selectOption('S');
    await form(page).getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL('/trades?code=S');
    await total(page, LINES.sales);
    await context.close();
  });

  test('a column header sorts on the server, and the CSV has the same rows in the same order', async ({ page }) => {
    await page.goto('/trades?code=P&size=100');
    await screener(page).getByRole('columnheader', { name: 'Value' }).getByRole('link').click();
    // Ranking by dollars leaves the one derivative purchase out (an option's own price is not dollars).
    await expect(page).toHaveURL('/trades?code=P&sort=value&dir=desc&size=100');
    await total(page, LINES.purchases - 1);
    const table = screener(page);
    const accessions = (await table.getByRole('link', { name: /^Form / }).evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))
      .map((href) => decodeURIComponent(href.replace('/filings/', '')));
    const shares = (await columnTexts(table, 'Shares')).map(parseAmount);
    const values = (await columnTexts(table, 'Value')).map(parseAmount);
    expect(values).toEqual([...values].sort((a, b) => b! - a!));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    const [header, ...rows] = parseCsv(await readFile((await download.path())!, 'utf8'));
    const col = (name: string) => header!.indexOf(name);
    expect(rows).toHaveLength(LINES.purchases - 1);
    expect(rows.map((r) => r[col('accession')])).toEqual(accessions);
    // An empty field is a number not filed (the table's dash); a row reported by value has no shares.
    const num = (text: string | undefined) => (text ? Number(text) : null);
    expect(rows.map((r) => num(r[col('shares')]))).toEqual(shares);
    // The table shows whole dollars.
    expect(rows.map((r) => (r[col('value')] ? Math.round(Number(r[col('value')])) : null))).toEqual(values);
  });

  test('the screener’s Atom feed is linked from the page and parses, one entry per filing, newest first', async ({ page, request }) => {
    await page.goto('/trades?code=P');
    const alternate = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(new URL(alternate!, page.url()).pathname + new URL(alternate!, page.url()).search).toBe('/trades/feed?code=P');
    await expect(page.getByRole('link', { name: 'Atom feed' })).toHaveAttribute('href', '/trades/feed?code=P');

    const response = await request.get('/trades/feed?code=P');
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = await readAtom(page, await response.text());
    expect(feed.problems).toEqual([]);
    // The 68 purchase lines are on 21 filings (SELECT count(DISTINCT accession) ...).
    expect(feed.entries).toHaveLength(21);
    expect(feed.entries[0]).toMatchObject({
      title: 'Richard L. McGuirk (director) bought 275.6 ISBA at $18.14',
      link: expect.stringMatching(/\/filings\/0000842517-24-000086$/),
      updated: '2024-05-01T00:00:00Z',
    });
  });

  test('an issuer’s page links its feed, which parses', async ({ page, request }) => {
    await page.goto('/issuers/1318605');
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/issuers\/1318605\/feed$/);
    await expect(page.getByRole('link', { name: 'Atom feed' })).toHaveAttribute('href', '/issuers/1318605/feed');
    const feed = await readAtom(page, await (await request.get('/issuers/1318605/feed')).text());
    expect(feed.problems).toEqual([]);
    // Tesla's 64 filings with transactions, the newest 50.
    expect(feed.entries).toHaveLength(50);
    for (const entry of feed.entries) expect(entry.link).toMatch(/\/filings\/[^/]+$/);
  });

  test('a bad parameter is shown as ignored and the rest of the view applies; the API answers 400', async ({ page, request }) => {
    await page.goto('/trades?code=ZZ&minValue=-5');
    const ignored = page.getByRole('region', { name: 'Ignored parameters' });
    await expect(ignored).toContainText('ignored code=ZZ: unknown transaction code "ZZ"');
    await expect(ignored).toContainText('ignored minValue=-5: must be a number of 0 or more');
    await total(page, LINES.all);

    const response = await request.get('/api/trades?code=ZZ&minValue=-5');
    expect(response.status()).toBe(400);
    expect((await response.json()).problems.map((p: { param: string }) => p.param)).toEqual(['code', 'minValue']);
  });
});

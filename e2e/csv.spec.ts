import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ALLIED, NO_CORPUS, TESLA, columnTexts, hasCorpus, parseAmount, parseCsv, transactionsTable } from './support/helpers';

test.describe('CSV download', () => {
  test('downloading the CSV gives every row of the filtered table, in the same order', async ({ page }) => {
    test.skip(!hasCorpus, NO_CORPUS);
    await page.goto(`/issuers/${TESLA.cik}?code=P&sort=price&dir=asc`);
    const table = transactionsTable(page);
    const total = Number((await page.getByRole('navigation', { name: 'Pages', exact: true }).innerText()).match(/of ([\d,]+)/)![1]!.replace(/,/g, ''));
    // Tesla's open-market purchase lines in the corpus: 49, counted in its XML.
    expect(total).toBe(49);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('tsla-tesla-inc-transactions.csv');
    const [header, ...rows] = parseCsv(await readFile((await download.path())!, 'utf8'));
    expect(rows).toHaveLength(total);
    const col = (name: string) => header!.indexOf(name);

    const prices = (await columnTexts(table, 'Price')).map(parseAmount);
    const shares = (await columnTexts(table, 'Shares')).map(parseAmount);
    expect(rows.map((r) => (r[col('price_per_share')] === '' ? null : Number(r[col('price_per_share')])))).toEqual(prices);
    expect(rows.map((r) => Number(r[col('shares')]))).toEqual(shares);
    expect(new Set(rows.map((r) => r[col('code')]))).toEqual(new Set(['P']));
  });

  test('the CSV has every matching row, not one page, and the API pages the same rows as JSON', async ({ request }) => {
    test.skip(!hasCorpus, NO_CORPUS);
    const json = await (await request.get(`/api/issuers/${TESLA.cik}/transactions?size=25&page=2`)).json();
    expect(json.rows).toHaveLength(25);
    const csv = await request.get(`/api/issuers/${TESLA.cik}/transactions?format=csv&size=25&page=2`);
    expect(csv.headers()['content-disposition']).toBe('attachment; filename="tsla-tesla-inc-transactions.csv"');
    const [, ...rows] = parseCsv(await csv.text());
    expect(rows).toHaveLength(json.total);
    expect(rows.slice(25, 50).map((r) => r[3])).toEqual(json.rows.map((r: { accession: string }) => r.accession));
  });

  test('a person’s CSV is named after the person', async ({ request }) => {
    const response = await request.get(`/api/people/1240569/transactions?format=csv`);
    expect(response.headers()['content-disposition']).toBe('attachment; filename="richard-d-federico-transactions.csv"');
    const [header, row] = parseCsv(await response.text());
    expect(row![header!.indexOf('issuer_ticker')]).toBe(ALLIED.ticker);
    expect(row![header!.indexOf('shares')]).toBe('785');
  });
});

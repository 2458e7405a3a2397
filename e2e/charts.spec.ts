// The pictures: a person's holdings over time and an issuer's purchases and sales by month, counted
// by hand from the corpus XML.
//   Elon Musk (CIK 1494730) at SolarCity: nine Table I transactions, all held indirectly "By Trust":
//   six conversions (C) and a purchase (P) on December 18, 2012 (0001181431-12-066021), purchases on
//   December 26 and 27 (0001288257-12-000028); 20,813,961 shares after the last.
//   Natera (CIK 1604821): two sales in May 2021 (56,889 × $93.48 + 10,998 × $94.19 = $6,353,885),
//   three purchases in March 2022 ($5,005,411), five sales in December 2024 ($14,793,563).
import { expect, test, type Locator } from '@playwright/test';
import { NO_CORPUS, hasCorpus } from './support/helpers';

const MUSK = '1494730';
const NATERA = '1604821';
const HOFFMAN = '1519339';

/** Opens a chart's <details> table (no JavaScript needed) and gives the table. */
async function openTable(chart: Locator, summary: string, caption: RegExp): Promise<Locator> {
  await chart.getByText(summary, { exact: true }).click();
  const table = chart.getByRole('table', { name: caption });
  await expect(table).toBeVisible();
  return table;
}

test.describe('charts', () => {
  test.skip(!hasCorpus, NO_CORPUS);

  test("a person's page charts the shares held at each company, one step per transaction", async ({ page }) => {
    await page.goto(`/people/${MUSK}`);
    const holdings = page.getByRole('region', { name: 'Holdings over time' });
    const solarCity = holdings.getByRole('figure', { name: /SolarCity/i });
    await expect(solarCity).toContainText('9 transactions');
    await expect(solarCity.getByRole('img', { name: /^Shares of SolarCity .* held by /i })).toBeVisible();
    // Nine steps on the indirect line, none direct.
    await expect(solarCity.locator('g[data-line="I"] > circle')).toHaveCount(9);
    await expect(solarCity.locator('g[data-line="D"] > circle')).toHaveCount(0);

    const table = await openTable(solarCity, 'Holdings as a table', /SolarCity .* after each transaction/i);
    const rows = table.locator('tbody').getByRole('row');
    await expect(rows).toHaveCount(9);
    await expect(rows.first()).toContainText('Dec 18, 2012');
    await expect(rows.first()).toContainText('C');
    await expect(rows.first()).toContainText('10,609,976');
    await expect(rows.nth(6)).toContainText('P');
    await expect(rows.nth(6)).toContainText('20,724,991');
    await expect(rows.last()).toContainText('Dec 27, 2012');
    await expect(rows.last()).toContainText('Indirect');
    await expect(rows.last()).toContainText('20,813,961');
  });

  test("a person's holdings add up every fund of a filing, not the last line filed", async ({ page }) => {
    // Reid Hoffman's Aurora Form 4 of November 2024 (0001828108-24-000149): three entities sell over
    // three days, their last lines 484,053, 26,892 and 26,892; three more hold 8,557,805 in all.
    await page.goto(`/people/${HOFFMAN}`);
    const aurora = page.getByRole('region', { name: 'Holdings over time' }).getByRole('figure', { name: /Aurora/i });
    const table = await openTable(aurora, 'Holdings as a table', /Aurora .* after each transaction/i);
    const last = table.locator('tbody').getByRole('row').last();
    await expect(last).toContainText('Nov 15, 2024');
    await expect(last).toContainText('9,095,642');
  });

  test('every label of every chart stays inside its drawing, at the right edge too', async ({ page }) => {
    // Musk's SolarCity days run to the axis's last tick, Dec 28, at the drawing's right edge.
    for (const [path, charts] of [[`/people/${MUSK}`, 3], [`/issuers/${NATERA}`, 1]] as const) {
      await page.goto(path);
      const svgs = page.locator('figure svg, section svg').filter({ has: page.locator('text') });
      expect(await svgs.count(), path).toBeGreaterThanOrEqual(charts);
      const outside = await svgs.evaluateAll((all) => all.flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')].filter((t) => {
          const r = t.getBoundingClientRect();
          return r.left < box.left - 0.5 || r.right > box.right + 0.5;
        }).map((t) => t.textContent);
      }));
      expect(outside, path).toEqual([]);
    }
  });

  test("an issuer's page charts open-market purchases up and sales down, by month", async ({ page }) => {
    await page.goto(`/issuers/${NATERA}`);
    const chart = page.getByRole('region', { name: 'Purchases and sales by month' });
    await expect(chart.getByRole('img', { name: /purchases and sales of Natera/i })).toBeVisible();
    await expect(chart.locator('rect[data-bar="purchases"]')).toHaveCount(1);
    await expect(chart.locator('rect[data-bar="sales"]')).toHaveCount(2);

    const table = await openTable(chart, 'Purchases and sales by month as a table', /May 2021 to December 2024/);
    const rows = table.locator('tbody').getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toHaveText(/May 2021\s*0\s*—\s*2\s*\$6,353,885/);
    await expect(rows.nth(1)).toHaveText(/March 2022\s*3\s*\$5,005,411\s*0\s*—/);
    await expect(rows.nth(2)).toHaveText(/December 2024\s*0\s*—\s*5\s*\$14,793,563/);
  });
});

import { expect, test } from '@playwright/test';
import { NO_CORPUS, hasCorpus } from './support/helpers';

// Tesla, November 2021: 34 footnotes, footnote 1 on 64 cells.
const THIRTY_FOUR_FOOTNOTES = '/filings/0000899243-21-049992';

test.describe('footnotes on a filing', () => {
  test.skip(!hasCorpus, NO_CORPUS);

  test('a filing with 34 footnotes sends each footnote\'s text once in the page, plus once in its data', async ({ page, request }) => {
    const { footnotes } = (await (await request.get(`/api${THIRTY_FOUR_FOOTNOTES}`)).json()) as { footnotes: Array<{ id: string; text: string }> };
    expect(footnotes).toHaveLength(34);
    const html = await (await request.get(THIRTY_FOUR_FOOTNOTES)).text();
    expect(html.length, 'far below the 275 KiB it weighed when each marker carried its text').toBeLessThan(200 * 1024);
    // The page's text as written in markup (HTML escapes) and in the page data (a JSON string in a script).
    const unescaped = html
      .replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
      .replace(/\\"/g, '"');
    for (const f of footnotes) {
      expect(unescaped.split(f.text).length - 1, `footnote ${f.id}: once in the markup, once in the data`).toBe(2);
    }
    await page.goto(THIRTY_FOUR_FOOTNOTES);
    await expect(page.getByRole('region', { name: 'Explanation of Responses' }).getByRole('listitem')).toHaveCount(34);
    expect(await page.getByRole('link', { name: 'Footnote 1', exact: true }).count()).toBeGreaterThan(20);
  });

  test('without JavaScript, a marker leads to its footnote below, as on EDGAR', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(THIRTY_FOUR_FOOTNOTES);
    const marker = page.getByRole('table', { name: /^Table I:/ }).getByRole('link', { name: 'Footnote 2', exact: true }).first();
    await marker.click();
    await expect(page).toHaveURL(/#footnote-F2$/);
    await expect(page.locator('#footnote-F2')).toBeInViewport();
    await context.close();
  });

  test('with JavaScript, the footnote shows beside the value on hover and focus, stays under the pointer and closes on Escape', async ({ page }) => {
    await page.goto(THIRTY_FOUR_FOOTNOTES);
    const text = (await page.locator('#footnote-F2').innerText()).replace(/^\(2\)\s*/, '');
    const marker = page.getByRole('table', { name: /^Table I:/ }).getByRole('link', { name: 'Footnote 2', exact: true }).first();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toHaveCount(0);

    await marker.hover();
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(text.slice(0, 60));
    await expect(marker).toHaveAccessibleDescription(/^\(2\) /);
    // Moving onto the text keeps it open (WCAG 1.4.13, hoverable).
    await tooltip.hover();
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);

    await marker.focus();
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);
  });

  test('markers are at least 24 by 24 pixels to hit', async ({ page }) => {
    await page.goto(THIRTY_FOUR_FOOTNOTES);
    const markers = page.getByRole('link', { name: /^Footnote \d+$/ });
    const sizes = await markers.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(sizes.length).toBeGreaterThan(50);
    for (const [width, height] of sizes) {
      expect(width).toBeGreaterThanOrEqual(24);
      expect(height).toBeGreaterThanOrEqual(24);
    }
  });
});

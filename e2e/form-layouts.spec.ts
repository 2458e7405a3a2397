// Each form's Tables I and II as that form lays them out (the SEC's specification, Appendices B to D).
// A Form 3 (an initial statement) reports holdings alone, in columns and numbers of its own, each
// footnote on the field it explains; a Form 5 counts holdings at the end of the issuer's fiscal year.
import { expect, test } from '@playwright/test';
import { expectFootnotesOnTheirFields } from './support/footnote-columns';
import { hasCorpus, NO_CORPUS } from './support/helpers';

// Palantir's directors and holders at its listing, September 2020: 17 holdings in Table I, 21 in
// Table II, 23 footnotes on natures of ownership, prices, dates and titles.
const PALANTIR_FORM_3 = '0001209191-20-051619';

const headersOf = async (page: import('@playwright/test').Page, name: RegExp) =>
  (await page.getByRole('table', { name }).getByRole('columnheader').allInnerTexts()).map((h) => h.replace(/\s+/g, ' ').trim());

test.describe('a Form 3 permalink', () => {
  test('shows the amended Form 3/A of our fixtures in the Form 3’s own tables', async ({ page, request }) => {
    // Example Therapeutics (fixtures/form3a-amended-holdings.xml), found as a reader finds it: through its issuer.
    const { rows } = (await (await request.get('/api/issuers/9990001/transactions')).json()) as { rows: Array<{ accession: string }> };
    expect(rows.length).toBeGreaterThan(0);
    await page.goto(`/filings/${rows[0]!.accession}`);

    await expect(page.getByRole('heading', { level: 2, name: 'Table I: Non-derivative securities beneficially owned' })).toBeVisible();
    expect(await headersOf(page, /^Table I:/)).toEqual(['1. Title of security', '2. Amount owned', '3. Direct (D) or indirect (I)', '4. Nature of indirect ownership']);
    expect(await headersOf(page, /^Table II:/)).toEqual([
      '1. Title of derivative security', '2. Date exercisable', 'Expiration date', '3. Title of underlying securities',
      'Amount of underlying securities', '4. Conversion or exercise price', '5. Direct (D) or indirect (I)', '6. Nature of indirect ownership',
    ]);
    // Every line is a holding: no badge to set them apart from transactions there are none of.
    await expect(page.getByRole('table', { name: /^Table II:/ }).getByText('Holding', { exact: true })).toHaveCount(0);
  });

  test('puts each footnote of a corpus Form 3 on the column of the field it explains', async ({ page, request }) => {
    test.skip(!hasCorpus, NO_CORPUS);
    const filing = await (await request.get(`/api/filings/${PALANTIR_FORM_3}`)).json();
    expect([filing.formType, filing.footnotes.length, filing.nonDerivative.length, filing.derivative.length]).toEqual(['3', 23, 17, 21]);
    await page.goto(`/filings/${PALANTIR_FORM_3}`);

    // Our own reading of the paper Form 3: which column shows which field.
    const tableI = {
      securityTitle: '1. Title of security', sharesOwnedAfter: '2. Amount owned', valueOwnedAfter: '2. Amount owned',
      directOrIndirect: '3. Direct (D) or indirect (I)', natureOfOwnership: '4. Nature of indirect ownership',
    };
    const tableII = {
      securityTitle: '1. Title of derivative security', exerciseDate: '2. Date exercisable', expirationDate: 'Expiration date',
      underlyingTitle: '3. Title of underlying securities', underlyingShares: 'Amount of underlying securities', underlyingValue: 'Amount of underlying securities',
      conversionOrExercisePrice: '4. Conversion or exercise price', directOrIndirect: '5. Direct (D) or indirect (I)', natureOfOwnership: '6. Nature of indirect ownership',
    };
    const checked = await expectFootnotesOnTheirFields(page, filing.footnotes, [
      { name: 'Table I', rows: filing.nonDerivative, columnsFor: () => tableI },
      { name: 'Table II', rows: filing.derivative, columnsFor: () => tableII },
    ]);
    expect(checked).toBeGreaterThan(90);
  });

  test('reads as cards on a 390 px phone, each value under the Form 3’s name for its column', async ({ page }) => {
    test.skip(!hasCorpus, NO_CORPUS);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/filings/${PALANTIR_FORM_3}`);
    const firstOption = page.getByRole('table', { name: /^Table II:/ }).locator('tbody > tr').first();
    const labelOf = (n: number) => firstOption.locator(`td:nth-child(${n})`).evaluate((td) => getComputedStyle(td, '::before').content);
    expect(await labelOf(2)).toBe('"2. Date exercisable"');
    expect(await labelOf(6)).toBe('"4. Conversion or exercise price"');
  });
});

test.describe('a Form 5 permalink', () => {
  test('names column 5 for what is held at the end of the fiscal year, on a wide screen and on a phone', async ({ page, request }) => {
    // Northwind Industrial (fixtures/form5a-amended-annual.xml): a Form 5/A, found through its issuer.
    const { rows } = (await (await request.get('/api/issuers/9990002/transactions')).json()) as { rows: Array<{ accession: string }> };
    expect(rows.length).toBeGreaterThan(0);
    await page.goto(`/filings/${rows[0]!.accession}`);
    const headers = await headersOf(page, /^Table I:/);
    expect(headers).toContain('5. Amount owned at fiscal year end');
    expect(headers).not.toContain('5. Amount owned after');

    await page.setViewportSize({ width: 390, height: 844 });
    const amount = page.getByRole('table', { name: /^Table I:/ }).locator('tbody > tr').first().locator('td:nth-child(9)');
    expect(await amount.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"5. Amount owned at fiscal year end"');
  });
});

// Checks that a filing page puts every footnote marker on the cell of the field it explains, and
// nowhere else: for each table, our own reading of the paper form says which column shows which field.
import { expect, type Page } from '@playwright/test';

type Row = { acquiredDisposed: string | null; footnoteIds: Record<string, string[]> };

export interface FormTableReading {
  /** The table's accessible name starts with this ("Table I"). */
  name: string;
  rows: Row[];
  /** Each field's column header, for this row (Table II of a Form 4 splits amounts into (A) and (D)). */
  columnsFor: (row: Row) => Record<string, string>;
}

/** Returns how many markers it checked. `footnotes` in filed order: a footnote's number is its place. */
export async function expectFootnotesOnTheirFields(page: Page, footnotes: { id: string }[], tables: FormTableReading[]): Promise<number> {
  const numbers = new Map<string, number>(footnotes.map((f, i) => [f.id, i + 1]));
  let checked = 0;
  for (const { name, rows, columnsFor } of tables) {
    const table = page.getByRole('table', { name: new RegExp(`^${name}:`) });
    const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.replace(/\s+/g, ' ').trim());
    const bodyRows = table.locator('tbody > tr');
    await expect(bodyRows).toHaveCount(rows.length);
    // The footnote markers in each cell of each row, as shown.
    const shown = await bodyRows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((cell) => [...cell.querySelectorAll('a[aria-label^="Footnote "]')].map((a) => a.textContent ?? ''))),
    );
    for (const [i, row] of rows.entries()) {
      const expected: string[][] = headers.map(() => []);
      for (const [field, ids] of Object.entries(row.footnoteIds)) {
        const column = headers.indexOf(columnsFor(row)[field]!);
        expect(column, `${name} has a column for ${field}`).toBeGreaterThanOrEqual(0);
        expected[column]!.push(...ids.map((id) => `(${numbers.get(id)})`));
        checked += ids.length;
      }
      // Every cell of the row: the right markers where expected, none anywhere else.
      expect(shown[i]!.map((m) => m.sort()), `${name}, row ${i + 1}`).toEqual(expected.map((m) => m.sort()));
    }
  }
  return checked;
}

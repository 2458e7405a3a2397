// Shared by the page tests: where the corpus is, and reading tables and CSV the way a user sees them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
export { parseCsv } from '../../test/support/csv';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
export const hasCorpus = existsSync(path.join(corpusDir, 'xml'));
export const NO_CORPUS = `the corpus is not at ${corpusDir} (../shared/corpus)`;

/** Tesla: the corpus's largest issuer (over a thousand rows), and the seed's Allied Motion. */
export const TESLA = { cik: '1318605', ticker: 'TSLA' };
export const ALLIED = { cik: '46129', ticker: 'AMOT', name: 'ALLIED MOTION TECHNOLOGIES INC' };
export const FEDERICO = { cik: '1240569', readable: 'Richard D. Federico' };

export function transactionsTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Transactions and holdings' });
}

/** The text of each body cell of one column, found by its header's name. */
export async function columnTexts(table: Locator, header: string): Promise<string[]> {
  const headers = await table.locator('thead th').allInnerTexts();
  const index = headers.findIndex((h) => h.replace(/[▲▼↕]/g, '').trim() === header);
  if (index < 0) throw new Error(`no column "${header}" among ${headers.join(' | ')}`);
  return table.locator(`tbody tr td:nth-child(${index + 1})`).allInnerTexts();
}

/** "$1,234.50" → 1234.5; "—" or text → null. */
export function parseAmount(text: string): number | null {
  const cleaned = text.replace(/[$,\s]/g, '');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
}


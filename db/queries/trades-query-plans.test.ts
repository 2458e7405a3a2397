// EXPLAIN QUERY PLAN of what the screener's presets and the cluster view run, recorded from a real
// SQLite file: at a million filings a table scan or a sort of every row is seconds per request, so
// each preset must read filing_rows through filing_rows_market in its own order (newest filings
// first: no sort of the whole set), and the clusters through the purchases-only filing_rows_purchases
// (or, within a window of filing dates, that range of filing_rows_market).
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '@/test/support/temp-db';
import { TRADE_PRESETS, parseClusterParams, parseTradeParams } from '@/lib/trade-params';
import { loadFixtures } from './trades-test-filings';
import { registerTitleFunction } from './trades-sql';

let t: TempStore;
/** [SQL text, the label of what ran it] (a statement two presets share is listed under each). */
const executed: [string, string][] = [];
let current = '';

const prepare = Database.prototype.prepare;
Database.prototype.prepare = function (this: Database.Database, source: string) {
  if (current && !executed.some(([s, l]) => s === source && l === current)) executed.push([source, current]);
  return prepare.call(this, source);
} as typeof prepare;

function run(label: string, fn: () => unknown): void {
  current = label;
  try {
    fn();
  } finally {
    current = '';
  }
}

beforeAll(async () => {
  t = openTempStore();
  loadFixtures(t.store);
  registerTitleFunction(t.sqlite);
  process.env.DATABASE_PATH = t.file;
  (await import('@/db/index')).getDatabase();
  const trades = await import('./trades');
  const clusters = await import('./clusters');
  for (const preset of TRADE_PRESETS) {
    run(preset.id, () => trades.listTrades(parseTradeParams(new URLSearchParams(preset.query)).params, { today: '2024-03-08' }));
  }
  run('clusters', () => clusters.listClusters(parseClusterParams(new URLSearchParams('')).params));
  run('clusters this month', () => clusters.listClusters(parseClusterParams(new URLSearchParams('days=30&role=officer')).params, { today: '2024-03-08' }));
});
afterAll(() => {
  Database.prototype.prepare = prepare;
  t?.close();
});

function planOf(source: string): string[] {
  const parameters = (source.match(/\?/g) ?? []).length;
  const rows = t.sqlite.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...Array.from({ length: parameters }, () => null)) as { detail: string }[];
  return rows.map((r) => r.detail);
}

/** The statements a label ran that read filing_rows as their main table. */
const rowReads = (label: string) =>
  executed.filter(([source, l]) => l === label && /^\s*select/i.test(source) && /from "filing_rows"/i.test(source)).map(([s]) => s);

describe('query plans of the screener presets and clusters', () => {
  it('recorded each preset and the clusters', () => {
    for (const label of [...TRADE_PRESETS.map((p) => p.id), 'clusters', 'clusters this month']) expect(rowReads(label).length).toBeGreaterThan(0);
  });

  it.each(TRADE_PRESETS.map((p) => p.id))('%s reads filing_rows_market in its order, never scanning or sorting every row', (label) => {
    for (const source of rowReads(label)) {
      const plan = planOf(source);
      const main = plan.find((d) => / filing_rows(?: |$)/.test(d))!;
      // The page of ids and the count walk the index; the rows of one page are looked up by id.
      expect(main).toMatch(/USING (?:COVERING )?INDEX filing_rows_market|USING INTEGER PRIMARY KEY/);
      expect(plan.filter((d) => /^SCAN (?:filing_rows|filings|filing_owners)$/.test(d))).toEqual([]);
      if (/order by/i.test(source)) expect(plan.filter((d) => /TEMP B-TREE FOR ORDER BY/.test(d))).toEqual([]);
    }
  });

  it.each(['clusters', 'clusters this month'])('%s read only purchases (filing_rows_purchases) or one range of filing dates', (label) => {
    for (const source of rowReads(label)) {
      const plan = planOf(source);
      expect(plan.find((d) => / filing_rows(?: |$)/.test(d))).toMatch(
        /USING (?:COVERING )?INDEX filing_rows_purchases|SEARCH filing_rows USING (?:COVERING )?INDEX filing_rows_market \(filed_at>\? AND filed_at<\?\)/,
      );
      expect(plan.filter((d) => /^SCAN (?:filing_rows|filings|filing_owners)$/.test(d))).toEqual([]);
    }
  });
});

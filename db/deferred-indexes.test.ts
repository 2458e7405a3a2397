import { afterEach, describe, expect, it } from 'vitest';
import { emptySummary, ingestDocuments, type IngestInput } from '../ingest/pipeline';
import { ownershipXml } from '../test/support/ownership-xml';
import { openTempStore, type TempStore } from '../test/support/temp-db';
import { deferIndexes, MIN_DEFERRED_LOAD, worthDeferring } from './deferred-indexes';
import { openDatabase } from './index';

const SCREENER_INDEXES = [
  'filing_rows_date', 'filing_rows_late', 'filing_rows_market', 'filing_rows_own_change', 'filing_rows_price', 'filing_rows_purchases',
  'filing_rows_shares', 'filing_rows_value',
];

let t: TempStore;
afterEach(() => t?.close());

function indexSql(sqlite: TempStore['sqlite']): Record<string, string> {
  const rows = sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").all() as { name: string; sql: string }[];
  return Object.fromEntries(rows.map((r) => [r.name, r.sql]));
}

/** The screener indexes in the order the schema holds them (creation order). */
const creationOrder = (sqlite: TempStore['sqlite']) =>
  (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY rowid").pluck().all() as string[])
    .filter((name) => SCREENER_INDEXES.includes(name));

const deferredNames = (sqlite: TempStore['sqlite']) =>
  (sqlite.prepare('SELECT name FROM deferred_indexes ORDER BY name').pluck().all() as string[]);

/** `n` different filings, each with its own accession and issuer. */
function filings(n: number, from = 0): IngestInput[] {
  return Array.from({ length: n }, (_, i) => ({
    source: `mem://${from + i}`,
    accession: `0001000000-24-${String(from + i).padStart(6, '0')}`,
    text: ownershipXml({ issuerCik: String(5_000_000 + from + i), shares: String(100 + i) }),
  }));
}

describe('deferred indexes', () => {
  it('a load as large as the database drops only the screener indexes and builds them again, the same, at its end', () => {
    t = openTempStore();
    const before = indexSql(t.sqlite);
    const orderBefore = creationOrder(t.sqlite);
    expect(Object.keys(before)).toEqual(expect.arrayContaining([...SCREENER_INDEXES, 'filing_rows_issuer_view', 'filings_issuer_period_form']));
    let seenDuring: string[] = [];
    const summary = ingestDocuments(t.store, filings(MIN_DEFERRED_LOAD), {
      onProgress: (p) => { if (p.done > 0 && seenDuring.length === 0) seenDuring = deferredNames(t.sqlite); },
    });
    expect(summary.loaded).toBe(MIN_DEFERRED_LOAD);
    expect(summary.indexBuildMs).toBeGreaterThan(0);
    expect(summary.indexBuildMs).toBeLessThan(summary.elapsedMs);
    expect(seenDuring).toEqual(SCREENER_INDEXES);
    expect(deferredNames(t.sqlite)).toEqual([]);
    expect(indexSql(t.sqlite)).toEqual(before);
    // Built again in the order they were created: where two cost the same, SQLite picks the newer,
    // so the late filter keeps reading filing_rows_late (created after filing_rows_market).
    expect(creationOrder(t.sqlite)).toEqual(orderBefore);
    expect(orderBefore.indexOf('filing_rows_late')).toBeGreaterThan(orderBefore.indexOf('filing_rows_market'));
    // The rebuilt index holds every transaction row.
    expect(t.sqlite.prepare('SELECT count(*) FROM filing_rows INDEXED BY filing_rows_market WHERE kind = \'transaction\'').pluck().get()).toBe(MIN_DEFERRED_LOAD);
  });

  it('a load killed halfway leaves a database whose indexes come back on the next open', () => {
    t = openTempStore();
    const before = indexSql(t.sqlite);
    deferIndexes(t.sqlite);
    ingestDocuments(t.store, filings(10), { deferIndexes: false });
    for (const name of SCREENER_INDEXES) expect(indexSql(t.sqlite)[name]).toBeUndefined();
    t.sqlite.close(); // the process dies: nothing builds them

    const reopened = openDatabase(t.file);
    try {
      expect(indexSql(reopened.sqlite)).toEqual(before);
      expect(deferredNames(reopened.sqlite)).toEqual([]);
      expect(reopened.sqlite.prepare('SELECT count(*) FROM filing_rows INDEXED BY filing_rows_value WHERE kind = \'transaction\'').pluck().get()).toBe(10);
    } finally {
      reopened.sqlite.close();
    }
  });

  it('a small load, or one into a larger database, keeps every index', () => {
    expect(worthDeferring(MIN_DEFERRED_LOAD - 1, 0)).toBe(false);
    expect(worthDeferring(MIN_DEFERRED_LOAD, MIN_DEFERRED_LOAD + 1)).toBe(false);
    expect(worthDeferring(MIN_DEFERRED_LOAD, MIN_DEFERRED_LOAD)).toBe(true);
    // The database is counted only for a load large enough.
    expect(worthDeferring(MIN_DEFERRED_LOAD - 1, () => { throw new Error('counted'); })).toBe(false);
    expect(worthDeferring(MIN_DEFERRED_LOAD, () => MIN_DEFERRED_LOAD)).toBe(true);
    t = openTempStore();
    const before = indexSql(t.sqlite);
    let seenDuring: Record<string, string> = {};
    const small = ingestDocuments(t.store, filings(20), { onProgress: () => { seenDuring = indexSql(t.sqlite); } });
    expect(seenDuring).toEqual(before);
    expect(small.indexBuildMs).toBe(0);
    expect(t.store.worthDeferringIndexes(MIN_DEFERRED_LOAD - 1)).toBe(false);
    expect(deferredNames(t.sqlite)).toEqual([]);
  });

  it('a load in pages sharing one summary (as reparse runs) judges each page by its own size', () => {
    t = openTempStore();
    ingestDocuments(t.store, filings(MIN_DEFERRED_LOAD));
    const before = t.sqlite.prepare("SELECT name, rootpage FROM sqlite_master WHERE type = 'index' ORDER BY name").all();
    // The whole run is twice the database, this page only half of it: its indexes stay.
    const summary = emptySummary(2 * MIN_DEFERRED_LOAD);
    let seenDuring: string[] | null = null;
    ingestDocuments(t.store, filings(MIN_DEFERRED_LOAD / 2, MIN_DEFERRED_LOAD), {
      onProgress: (p) => { if (p.done > 0 && seenDuring === null) seenDuring = deferredNames(t.sqlite); },
    }, summary);
    expect(seenDuring).toEqual([]);
    expect(t.sqlite.prepare("SELECT name, rootpage FROM sqlite_master WHERE type = 'index' ORDER BY name").all()).toEqual(before);
  });

  it('the same files loaded again, all stored already, keep every index (none dropped, none built again)', () => {
    t = openTempStore();
    const inputs = filings(MIN_DEFERRED_LOAD);
    ingestDocuments(t.store, inputs);
    const before = t.sqlite.prepare("SELECT name, rootpage FROM sqlite_master WHERE type = 'index' ORDER BY name").all();
    let seenDuring: string[] | null = null;
    const again = ingestDocuments(t.store, inputs, { onProgress: (p) => { if (p.done > 0 && seenDuring === null) seenDuring = deferredNames(t.sqlite); } });
    expect(again.skipped).toBe(MIN_DEFERRED_LOAD);
    expect(again.indexBuildMs).toBe(0);
    expect(seenDuring).toEqual([]);
    // An index built again gets new pages: the same root pages mean they were never dropped.
    expect(t.sqlite.prepare("SELECT name, rootpage FROM sqlite_master WHERE type = 'index' ORDER BY name").all()).toEqual(before);
  });

  it('stores the same rows with the indexes deferred as with them kept', () => {
    const load = (deferIndexes: boolean) => {
      const s = openTempStore();
      try {
        ingestDocuments(s.store, filings(MIN_DEFERRED_LOAD), { deferIndexes });
        return s.sqlite.prepare('SELECT accession, "table", position, issuer_cik, value, flags, days_late FROM filing_rows ORDER BY id').all();
      } finally {
        s.close();
      }
    };
    const deferred = load(true);
    expect(deferred).toHaveLength(MIN_DEFERRED_LOAD);
    expect(deferred).toEqual(load(false));
  });
});

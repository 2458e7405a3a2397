// EXPLAIN QUERY PLAN of what the screener's presets and the cluster view run, recorded from a real
// SQLite file: at a million filings a table scan or a sort of every row is seconds per request, so
// each preset must read filing_rows through filing_rows_market in its own order (newest filings
// first: no sort of the whole set), and the clusters through the purchases-only filing_rows_purchases
// (or, within a window of filing dates, that range of filing_rows_market). A title group few
// officers hold finds them through filing_owners_title; sorted by an amount, rows come off its index
// (filing_rows_value, ...) a year at a time, the years merged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppDatabase, type TempStore } from '@/test/support/temp-db';
import { parseClusterParams, parseTradeParams } from '@/lib/trade-params';
import { TRADE_PRESETS } from '@/lib/trade-urls';
import { loadFixtures, MKT, YYY } from './trades-test-filings';
import { explainPlan, recordStatements } from '@/test/support/query-plan';

let t: TempStore;
// A statement two presets share is listed under each.
const { executed, run, restore } = recordStatements();

beforeAll(async () => {
  t = openAppDatabase(loadFixtures);
  (await import('@/db/index')).getDatabase();
  const trades = await import('./trades');
  const clusters = await import('./clusters');
  for (const preset of TRADE_PRESETS) {
    await run(preset.id, () => trades.listTrades(parseTradeParams(new URLSearchParams(preset.query)).params, { today: '2024-03-08' }));
  }
  // Many officers titled CEO or CFO (as in a full EDGAR history): the CEO/CFO preset then walks the
  // newest rows and checks each one's owners, instead of reading all of those officers' filings.
  t.sqlite.exec(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20001)
    INSERT INTO filings (accession, form_type, issuer_cik, filed_at, not_subject_to_section16, no_securities_owned, content_hash, document)
      SELECT printf('9999999999-20-%06d', i), '4', '3000001', '2020-01-01', 0, 0, '', 'x' FROM n;
    INSERT INTO filing_owners (accession, position, owner_cik, is_director, is_officer, is_ten_percent_owner, is_other, officer_title)
      SELECT accession, 0, '4000001', 0, 1, 0, 0, 'Chief Executive Officer' FROM filings WHERE accession LIKE '9999999999-%';`);
  await run('ceo-cfo-sales, many CEOs', () => trades.listTrades(parseTradeParams(new URLSearchParams('code=S&role=ceo,cfo')).params));
  // An industry of one issuer with a few filings, and one whose issuer has thousands.
  t.sqlite.exec(`UPDATE issuers SET sic = '2834' WHERE cik = '${YYY.cik}';
    UPDATE issuers SET sic = '7372' WHERE cik = '${MKT.cik}'`);
  await run('a narrow industry', () => trades.listTrades(parseTradeParams(new URLSearchParams('sic=2834')).params));
  await run('a broad industry', () => trades.listTrades(parseTradeParams(new URLSearchParams('sic=73')).params));
  // Lines of another year: views sorted by an amount read each year off its part of the index, merged.
  t.sqlite.exec(`INSERT INTO filings (accession, form_type, issuer_cik, filed_at, not_subject_to_section16, no_securities_owned, content_hash, document)
      VALUES ('9999999997-23-000001', '4', '3000001', '2023-06-01', 0, 0, '', 'x');
    INSERT INTO filing_rows (accession, "table", position, kind, issuer_cik, filed_at, transaction_date, code, shares, price_per_share, acquired_disposed, shares_owned_after, value)
      VALUES ('9999999997-23-000001', 'N', 0, 'transaction', '3000001', '2023-06-01', '2023-05-31', 'P', 10, 5, 'A', 20, 50)`);
  await run('largest purchases', () => trades.listTrades(parseTradeParams(new URLSearchParams('code=P&sort=value')).params));
  await run('holding doubled or more', () => trades.listTrades(parseTradeParams(new URLSearchParams('minOwnChange=100')).params));
  await run('largest change in holding', () => trades.listTrades(parseTradeParams(new URLSearchParams('sort=ownChange&dir=desc')).params));
  await run('highest prices', () => trades.listTrades(parseTradeParams(new URLSearchParams('sort=price&dir=desc')).params));
  await run('trades between two dates', () => trades.listTrades(parseTradeParams(new URLSearchParams('from=2000-01-01&to=2030-12-31')).params));
  await run('trades between two dates by date', () => trades.listTrades(parseTradeParams(new URLSearchParams('from=2000-01-01&to=2030-12-31&sort=date')).params));
  await run('newest trades', () => trades.listTrades(parseTradeParams(new URLSearchParams('sort=date&dir=desc')).params));
  await run('oldest trades', () => trades.listTrades(parseTradeParams(new URLSearchParams('sort=date&dir=asc')).params));
  await run('most shares', () => trades.listTrades(parseTradeParams(new URLSearchParams('sort=shares&dir=desc')).params));
  await run('fewest shares', () => trades.listTrades(parseTradeParams(new URLSearchParams('sort=shares&dir=asc')).params));
  await run('filed late', () => trades.listTrades(parseTradeParams(new URLSearchParams('late=1')).params));
  await run('opportunistic purchases', () => trades.listTrades(parseTradeParams(new URLSearchParams('code=P&pattern=opportunistic')).params));
  await run('10b5-1 plan', () => trades.listTrades(parseTradeParams(new URLSearchParams('tenb5One=yes')).params));
  await run('an owner', () => trades.listTrades(parseTradeParams(new URLSearchParams('owner=4000002')).params));
  await run('an owner, a code', () => trades.listTrades(parseTradeParams(new URLSearchParams('owner=4000002&code=S')).params));
  await run('clusters', () => clusters.listClusters(parseClusterParams(new URLSearchParams('')).params));
  await run('clusters this month', () => clusters.listClusters(parseClusterParams(new URLSearchParams('days=30&role=officer')).params, { today: '2024-03-08' }));
  // A filing added since: the view reads only what is new (rowid ranges), not every purchase again.
  t.sqlite.exec(`INSERT INTO filings (accession, form_type, issuer_cik, filed_at, not_subject_to_section16, no_securities_owned, content_hash, document)
    VALUES ('9999999998-24-000001', '4', '3000001', '2024-03-09', 0, 0, '', 'x');
    INSERT INTO filing_rows (accession, "table", position, kind, issuer_cik, filed_at, transaction_date, code, shares, price_per_share, acquired_disposed, value)
    VALUES ('9999999998-24-000001', 'N', 0, 'transaction', '3000001', '2024-03-09', '2024-03-08', 'P', 10, 5, 'A', 50)`);
  await run('clusters after a change', () => clusters.listClusters(parseClusterParams(new URLSearchParams('')).params));
});
afterAll(() => {
  restore();
  t?.close();
});

const planOf = (source: string): string[] => explainPlan(t.sqlite, source);

/** The statements a label ran that read filing_rows as their main table. */
const rowReads = (label: string) =>
  executed.filter(([source, l]) => l === label && /^\s*select/i.test(source) && /from "filing_rows"/i.test(source)).map(([s]) => s);

describe('query plans of the screener presets and clusters', () => {
  it('recorded each preset and the clusters', () => {
    for (const label of [...TRADE_PRESETS.map((p) => p.id), 'clusters', 'clusters this month']) expect(rowReads(label).length).toBeGreaterThan(0);
  });

  it.each([...TRADE_PRESETS.map((p) => p.id).filter((id) => id !== 'ceo-cfo-sales'), 'ceo-cfo-sales, many CEOs'])('%s reads an index in the market order, never scanning or sorting every row', (label) => {
    for (const source of rowReads(label)) {
      const plan = planOf(source);
      // A pattern's count walks the newest rows in a subquery named filing_rows (the pattern's SQL
      // reads its columns by that name): the scan of that walk is not one of the table.
      const walk = plan.includes('CO-ROUTINE filing_rows');
      const main = plan.find((d) => / filing_rows(?: |$)/.test(d) && !d.startsWith('CO-ROUTINE'))!;
      // The page of ids walks the index; the rows of one page are looked up by id. A count by
      // officer role may start from any of the screener's covering indexes (it stops at the cap).
      // Late lines have their own index in the market order.
      const counting = /^select count\(\*\)/.test(source) && label.startsWith('ceo-cfo');
      const index = label === 'filed-late' ? /USING INDEX filing_rows_late|USING INTEGER PRIMARY KEY/ : /USING (?:COVERING )?INDEX filing_rows_market|USING INTEGER PRIMARY KEY/;
      expect(main).toMatch(counting ? /USING COVERING INDEX filing_rows_/ : index);
      expect(plan.filter((d) => /^SCAN (?:filing_rows|filings|filing_owners)$/.test(d) && !(walk && d === 'SCAN filing_rows'))).toEqual([]);
      if (/order by/i.test(source)) expect(plan.filter((d) => /TEMP B-TREE FOR ORDER BY/.test(d))).toEqual([]);
    }
  });

  it('ceo-cfo-sales with few such officers reads their filings through filing_owners_title, then those rows', () => {
    for (const source of rowReads('ceo-cfo-sales')) {
      const plan = planOf(source);
      if (/officer_title in/.test(source) && !/^select "filing_rows"\."id", "filing_rows"\."accession"/.test(source)) {
        expect(plan).toContain('SEARCH ro USING COVERING INDEX filing_owners_title (officer_title=?)');
        expect(plan).toContain('SEARCH filing_rows USING COVERING INDEX filing_rows_accession (accession=?)');
      }
      expect(plan.filter((d) => /^SCAN (?:filing_rows|filings|filing_owners)$/.test(d))).toEqual([]);
    }
  });

  it("an industry's count reads its issuers' rows off filing_rows_issuer_view; a page of a broad one walks the market order, checking each", () => {
    const issuers = 'SEARCH si USING INDEX issuers_sic (sic>? AND sic<?)';
    const byIssuer = 'SEARCH filing_rows USING COVERING INDEX filing_rows_issuer_view (issuer_cik=?)';
    const reads = (label: string) => rowReads(label).filter((source) => /si\.sic/.test(source));
    // A count, then a page's ids: a narrow code reads both issuer by issuer.
    expect(reads('a narrow industry')).toHaveLength(2);
    for (const source of reads('a narrow industry')) expect(planOf(source)).toEqual(expect.arrayContaining([issuers, byIssuer]));
    const [count, page, ...more] = reads('a broad industry');
    expect(more).toEqual([]);
    expect(count).toMatch(/^select count/);
    expect(planOf(count!)).toEqual(expect.arrayContaining([issuers, byIssuer]));
    const pagePlan = planOf(page!);
    expect(pagePlan).toEqual(expect.arrayContaining([issuers, 'SCAN filing_rows USING INDEX filing_rows_market']));
    expect(pagePlan.filter((d) => /TEMP B-TREE FOR ORDER BY/.test(d))).toEqual([]);
  });

  it("an owner's view reads their filings off filing_owners_owner, then those filings' rows off filing_rows_accession alone", () => {
    const reads = ['an owner', 'an owner, a code'].flatMap((label) => rowReads(label).filter((source) => !/"filing_rows"\."id" in/.test(source)));
    // A count and a page each, the second with a code.
    expect(reads.filter((source) => /"code" in/.test(source)).length).toBeGreaterThan(0);
    for (const source of reads) {
      const plan = planOf(source);
      expect(plan).toContain('SEARCH oo USING COVERING INDEX filing_owners_owner (owner_cik=?)');
      // Their kind, filing date (the order) and code are in the index: no row of the table is read.
      expect(plan).toContain('SEARCH filing_rows USING COVERING INDEX filing_rows_accession (accession=?)');
    }
  });

  /** The page of ids of a view sorted by an amount: each year's SELECT searches its part of `index`, in order, merged. */
  const expectMergedYears = (label: string, index: string) => {
    const ids = rowReads(label).filter((source) => /^select "id"/.test(source));
    expect(ids).toHaveLength(1);
    const plan = planOf(ids[0]!);
    expect(plan).toContain('MERGE (UNION ALL)');
    const reads = plan.filter((d) => / filing_rows(?: |$)/.test(d));
    expect(reads.length).toBeGreaterThanOrEqual(2);
    for (const read of reads) expect(read).toBe(`SEARCH filing_rows USING INDEX ${index} (filed_year=?)`);
    // Each year in the index's order: only lines of one filing with equal amounts are put in order among themselves.
    expect(plan.filter((d) => /TEMP B-TREE FOR ORDER BY/.test(d))).toEqual([]);
  };

  it('largest purchases read filing_rows_value a year at a time, in its order', () => expectMergedYears('largest purchases', 'filing_rows_value'));

  it('a minimum change in holding is checked on filing_rows_market in its order, and counted off a range of filing_rows_own_change', () => {
    const reads = rowReads('holding doubled or more').filter((source) => !/"filing_rows"\."id" in/.test(source));
    expect(reads.length).toBe(2);
    for (const source of reads) {
      // own_change_pct (generated from the row's columns) is in both indexes: the check reads it there.
      const plan = planOf(source);
      expect(plan).toContain(/^select count/.test(source)
        ? 'SEARCH filing_rows USING INDEX filing_rows_own_change (filed_year=? AND own_change_pct>?)'
        : 'SCAN filing_rows USING INDEX filing_rows_market');
      expect(plan.filter((d) => /TEMP B-TREE/.test(d))).toEqual([]);
    }
  });

  it.each([['largest change in holding', 'filing_rows_own_change'], ['highest prices', 'filing_rows_price'], ['most shares', 'filing_rows_shares'], ['fewest shares', 'filing_rows_shares']])(
    '%s read %s a year at a time, in its order', (label, index) => expectMergedYears(label, index));

  it('transaction dates in the market order are checked on filing_rows_market, not read as a range and sorted', () => {
    const reads = rowReads('trades between two dates').filter((source) => !/"filing_rows"\."id" in/.test(source));
    expect(reads).toHaveLength(2);
    for (const source of reads) {
      const plan = planOf(source);
      expect(plan).toContain('SCAN filing_rows USING COVERING INDEX filing_rows_market');
      expect(plan.filter((d) => /TEMP B-TREE/.test(d))).toEqual([]);
    }
  });

  it('transaction dates sorted by date are one range of filing_rows_date', () => {
    const ids = rowReads('trades between two dates by date').filter((source) => /^select "id"/.test(source));
    expect(ids).toHaveLength(1);
    expect(planOf(ids[0]!)[0]).toMatch(/^SEARCH filing_rows USING (?:COVERING )?INDEX filing_rows_date \(transaction_date>\? AND transaction_date<\?\)$/);
  });

  it.each(['newest trades', 'oldest trades'])('%s by transaction date read filing_rows_date in its order', (label) => {
    const ids = rowReads(label).filter((source) => /^select "id"/.test(source));
    expect(ids).toHaveLength(1);
    const plan = planOf(ids[0]!);
    expect(plan[0]).toMatch(/^SCAN filing_rows USING (?:COVERING )?INDEX filing_rows_date$/);
    // At most the lines of one day are put in order among themselves, never every row.
    expect(plan).not.toContain('USE TEMP B-TREE FOR ORDER BY');
  });

  it('the late filter reads only late lines, off filing_rows_late in the market order', () => {
    const reads = rowReads('filed late').filter((source) => !/"filing_rows"\."id" in/.test(source));
    expect(reads.length).toBeGreaterThan(0);
    for (const source of reads) {
      const plan = planOf(source);
      // Each late line's own row is read (the index's condition is checked there): a few in a thousand.
      expect(plan).toContain('SCAN filing_rows USING INDEX filing_rows_late');
      expect(plan.filter((d) => /TEMP B-TREE/.test(d))).toEqual([]);
    }
  });

  it("a pattern's count among purchases alone walks filing_rows_purchases, newest trades first", () => {
    const reads = rowReads('opportunistic purchases').filter((source) => !/"filing_rows"\."id" in/.test(source));
    const count = reads.filter((source) => /^select count\(\*\) as walked/.test(source));
    expect(count).toHaveLength(1);
    // Purchases are a few in a hundred lines: in the market's order the walk would read every other line too.
    expect(planOf(count[0]!)).toContain('SCAN filing_rows USING COVERING INDEX filing_rows_purchases');
    expect(planOf(count[0]!).filter((d) => /TEMP B-TREE/.test(d))).toEqual([]);
  });

  it('the 10b5-1 count reads those filings off filings_aff10b5_one first; a page looks up the filings of the newest rows', () => {
    const reads = rowReads('10b5-1 plan').filter((source) => !/"filing_rows"\."id" in/.test(source));
    expect(reads).toHaveLength(2);
    for (const source of reads) {
      const plan = planOf(source);
      expect(plan.find((d) => / filing_rows(?: |$)/.test(d))).toMatch(/^SCAN filing_rows USING (?:COVERING )?INDEX filing_rows_market$/);
      const listed = plan.some((d) => /SEARCH tf USING COVERING INDEX filings_aff10b5_one \(aff10b5_one=\?\)/.test(d));
      expect(listed).toBe(/^select count/.test(source));
      expect(plan.filter((d) => /^SCAN (?:filing_rows|filings|filing_owners)$|TEMP B-TREE FOR ORDER BY/.test(d))).toEqual([]);
    }
  });

  it('the officer titles are first read once each, off filing_owners_title, then only owner rows added since', () => {
    const first = executed.filter(([source]) => /GROUP BY officer_title/.test(source)).map(([source]) => source);
    expect(first.length).toBeGreaterThan(0);
    for (const source of first) expect(planOf(source)).toEqual(['SEARCH filing_owners USING COVERING INDEX filing_owners_title (officer_title>?)']);
    const since = executed.filter(([source]) => /FROM filing_owners WHERE rowid > \?/.test(source)).map(([source]) => source);
    for (const source of since) expect(planOf(source)).toEqual(['SEARCH filing_owners USING INTEGER PRIMARY KEY (rowid>?)']);
  });

  it("clusters read their purchases' owners by accession, one statement for all", () => {
    const reads = executed.filter(([source, l]) => l === 'clusters' && /from "filing_owners" where .*json_each/i.test(source)).map(([source]) => source);
    expect(reads).toHaveLength(1);
    expect(planOf(reads[0]!)).toContain('SEARCH filing_owners USING INDEX sqlite_autoindex_filing_owners_1 (accession=?)');
  });

  it('clusters after a change read only the rows and filings added since', () => {
    const reads = executed.filter(([source, l]) => l === 'clusters after a change' && /^\s*select/i.test(source)).map(([source]) => source);
    expect(reads.some((source) => /from "filing_rows"/i.test(source))).toBe(true);
    for (const source of reads) {
      const plan = planOf(source);
      if (/from "filing_rows"/i.test(source)) expect(plan).toContain('SEARCH filing_rows USING INTEGER PRIMARY KEY (rowid>?)');
      expect(plan.filter((d) => /^SCAN (?:filing_rows|filings|filing_owners)(?: |$)/.test(d))).toEqual([]);
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

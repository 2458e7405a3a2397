// The screener and cluster queries over every real filing of the corpus, stored through the ingest
// pipeline: totals against counts written straight in SQL, each row against the filters asked for,
// and many combinations of parameters that must all answer.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '@/ingest/files';
import { openTempStore, type TempStore } from '@/test/support/temp-db';
import { corpusDir, hasCorpus, warnIfNoCorpus } from '@/test/support/corpus';
import { parseClusterParams, parseTradeParams } from '@/lib/trade-params';
import { TRADE_PRESETS } from '@/lib/trade-urls';
import type { TradeRow } from '../../lib/domain/market-rows';

warnIfNoCorpus('db/queries/trades-corpus.test.ts (the screener over the corpus)');

let t: TempStore;
let trades: typeof import('./trades');
let clusters: typeof import('./clusters');
const TODAY = '2026-12-01';

describe.skipIf(!hasCorpus)('the screener over the corpus', () => {
  beforeAll(async () => {
    t = openTempStore();
    const summary = ingestPaths([path.join(corpusDir, 'xml'), path.join(corpusDir, 'submissions')], { store: t.store });
    expect(summary.failures).toEqual([]);
    process.env.DATABASE_PATH = t.file;
    trades = await import('./trades');
    clusters = await import('./clusters');
  });
  afterAll(() => t?.close());

  const list = (query: string) => {
    const { params, ignored } = parseTradeParams(new URLSearchParams(query));
    expect(ignored).toEqual([]);
    return trades.listTrades(params, { today: TODAY });
  };
  const count = (where: string) =>
    (t.sqlite.prepare(`SELECT count(*) AS n FROM filing_rows r WHERE r.kind = 'transaction'
      AND NOT EXISTS (SELECT 1 FROM filings a WHERE a.amends = r.accession) AND ${where}`).get() as { n: number }).n;

  it('counts what SQL written by hand counts', () => {
    expect(list('size=1').total).toBe(count('1'));
    expect(list('code=P').total).toBe(count(`r.code = 'P'`));
    expect(list('code=S&ad=D').total).toBe(count(`r.code = 'S' AND r.acquired_disposed = 'D'`));
    expect(list('derivative=only').total).toBe(count(`r."table" = 'D'`));
    expect(list('minValue=1000000').total).toBe(count(`r.value >= 1000000 AND r."table" = 'N'`));
    expect(list('amendments=filed').total).toBe(
      (t.sqlite.prepare(`SELECT count(*) AS n FROM filing_rows WHERE kind = 'transaction'`).get() as { n: number }).n,
    );
    expect(list('tenb5One=yes').total).toBe(count(`(SELECT aff10b5_one FROM filings f WHERE f.accession = r.accession) = 1`));
    expect(list('tenb5One=unknown').total).toBe(count(`(SELECT aff10b5_one FROM filings f WHERE f.accession = r.accession) IS NULL`));
    expect(list('code=P').total).toBeGreaterThan(10);
  });

  it('keeps the issuers of an industry, by its code or first digits, as their submissions\' headers name it', () => {
    const issuersOf = (query: string) => [...new Set(list(`${query}&size=1000`).rows.map((r) => r.issuer.cik))].sort();
    // The issuers and codes read off the corpus submissions' headers: 3711 Tesla; 3720 AAR; 3674 AMD
    // (an .nc file), NVIDIA and Alpha & Omega; no other issuer of the corpus starts with 37.
    expect(issuersOf('sic=3711')).toEqual(['1318605']);
    expect(issuersOf('sic=37')).toEqual(['1318605', '1750']);
    expect(issuersOf('sic=3674')).toEqual(['1045810', '1387467', '2488']);
    expect(list('sic=3711').total).toBe(count(`r.issuer_cik = '1318605'`));
    expect(list('sic=3711&code=P').total).toBe(count(`r.issuer_cik = '1318605' AND r.code = 'P'`));
    expect(list('sic=9999').total).toBe(0);
    // Each row gives its issuer's code, a bare XML's (which carries none) too: Tesla's from its submissions' headers.
    const amd = list('sic=3674&size=1000').rows.filter((r) => r.accession === '0000002488-24-000005');
    expect(amd.length).toBeGreaterThan(0);
    expect(amd.map((r) => r.issuer.sic)).toEqual(amd.map(() => '3674'));
    const bareTesla = list('sic=3711&size=1000').rows.filter((r) => r.accession.startsWith('x'));
    expect(bareTesla.length).toBeGreaterThan(0);
    expect(new Set(bareTesla.map((r) => r.issuer.sic))).toEqual(new Set(['3711']));
    // An issuer known only from bare XMLs (Microsoft) has none.
    expect(new Set(list('issuer=789019&size=1000').rows.map((r) => r.issuer.sic))).toEqual(new Set([null]));
    expect(clusters.listClusters(parseClusterParams(new URLSearchParams('sic=3711')).params).clusters.every((c) => c.issuer.cik === '1318605')).toBe(true);
  });

  it('lists newest filings first, each row meeting the filters', () => {
    const rows = list('size=1000').rows;
    const dates = rows.map((r) => r.filedAt ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const check = (query: string, ok: (r: TradeRow) => boolean) => {
      const page = list(`${query}&size=1000`);
      expect(page.rows.filter((r) => !ok(r)).map((r) => r.accession)).toEqual([]);
      return page.rows.length;
    };
    expect(check('code=P,S', (r) => r.code === 'P' || r.code === 'S')).toBeGreaterThan(0);
    expect(check('role=ceo', (r) => /\bCEO\b|chief executive/i.test(`${r.owner?.officerTitle} ${r.owner?.otherText}`))).toBeGreaterThan(0);
    expect(check('role=director', (r) => r.owner!.roles.includes('director'))).toBeGreaterThan(0);
    expect(check('minPrice=10&maxPrice=20', (r) => typeof r.pricePerShare === 'number' && r.pricePerShare >= 10 && r.pricePerShare <= 20 && !r.isDerivative)).toBeGreaterThan(0);
    expect(check('minOwnChange=50', (r) => r.ownershipChangePct !== null && r.ownershipChangePct >= 50)).toBeGreaterThan(0);
    expect(check('from=2020-01-01&to=2020-12-31', (r) => r.transactionDate! >= '2020-01-01' && r.transactionDate! <= '2020-12-31')).toBeGreaterThan(0);
    expect(check('issuer=TSLA', (r) => r.issuer.ticker?.toUpperCase() === 'TSLA')).toBeGreaterThan(0);
  });

  it('answers every preset and many combinations without failing', () => {
    const parts = ['code=P', 'code=S,F', 'ad=A', 'role=officer', 'role=cfo,chair', 'from=2015-01-01', 'to=2022-12-31', 'filedFrom=2010-01-01',
      'days=365', 'minValue=50000', 'maxPrice=100', 'minOwnChange=1', 'issuer=1318605', 'derivative=only', 'tenb5One=no', 'amendments=filed',
      'sort=value', 'sort=date&dir=asc', 'sort=ownChange', 'sort=price&dir=asc', 'page=2&size=7'];
    const queries = [...TRADE_PRESETS.map((p) => p.query.slice(1))];
    for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j += 3) queries.push(`${parts[i]}&${parts[j]}`);
    for (const query of queries) {
      const page = list(query);
      expect(page.rows.length).toBeLessThanOrEqual(page.size);
      expect(page.total).toBeGreaterThanOrEqual(page.rows.length);
    }
  });

  it('streams as many rows as the total, in the order of the pages', () => {
    const { params } = parseTradeParams(new URLSearchParams('code=P,S,A,M&sort=value'));
    const all = [...trades.iterateTrades(params, { databasePath: t.file, today: TODAY }).rows];
    const page = trades.listTrades({ ...params, size: 1000 }, { today: TODAY });
    expect(all.length).toBe(page.total);
    expect(all.length).toBeGreaterThan(1000);
    expect(all.slice(0, 1000).map((r) => r.id)).toEqual(page.rows.map((r) => r.id));
  });

  // Sorted by an amount, the pages are read a year at a time and merged (trades-by-year.ts): the
  // corpus spans two decades. What they must give: the market order's rows (not read by year),
  // put in order by the amount alone, ties left in the market order.
  const expectSortedLikeMarket = (filters: string, sort: 'value' | 'price' | 'shares' | 'ownChange', pageSize = 100) => {
    // The change in holding as stored, unrounded (a row's is rounded to 4 decimals: ties there are not ties in SQL).
    const ownChange = new Map((t.sqlite.prepare('SELECT id, own_change_pct AS pct FROM filing_rows').all() as { id: number; pct: number | null }[]).map((r) => [r.id, r.pct]));
    const key = (r: TradeRow): number | null => {
      if (sort === 'value') return r.value;
      if (sort === 'ownChange') return ownChange.get(r.id) ?? null;
      const amount = sort === 'price' ? r.pricePerShare : r.shares;
      return typeof amount === 'number' ? amount : null;
    };
    const { params } = parseTradeParams(new URLSearchParams(filters));
    const market = [...trades.iterateTrades(params, { databasePath: t.file, today: TODAY }).rows]
      // Rankings by value, price and shares leave flagged lines out (RANKING_SORTS).
      .filter((r) => sort === 'ownChange' || r.flags.length === 0);
    expect(market.length).toBeGreaterThan(pageSize * 3);
    for (const dir of ['desc', 'asc'] as const) {
      const sign = dir === 'desc' ? -1 : 1;
      const expected = [...market].sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
        return sign * (x - y);
      }).map((r) => r.id);
      expect(list(`${filters}&sort=${sort}&dir=${dir}&size=1000`).rows.map((r) => r.id)).toEqual(expected.slice(0, 1000));
      expect(list(`${filters}&sort=${sort}&dir=${dir}&size=${pageSize}&page=3`).rows.map((r) => r.id)).toEqual(expected.slice(pageSize * 2, pageSize * 3));
      const sorted = parseTradeParams(new URLSearchParams(`${filters}&sort=${sort}&dir=${dir}`)).params;
      expect([...trades.iterateTrades(sorted, { databasePath: t.file, today: TODAY }).rows].map((r) => r.id)).toEqual(expected);
    }
    return market;
  };

  it.each(['value', 'price', 'shares', 'ownChange'] as const)('sorted by %s, gives the rows of the market order in that order, ties as filed', (sort) => {
    const market = expectSortedLikeMarket('code=P,S,A,M,F&derivative=include', sort);
    expect(new Set(market.map((r) => r.filedAt?.slice(0, 4))).size).toBeGreaterThan(5);
  });

  it('sorted by value within filing dates, reads the years they span, the first and last in part', () => {
    const { params } = parseTradeParams(new URLSearchParams('derivative=include'));
    const dates = [...trades.iterateTrades(params, { databasePath: t.file, today: TODAY }).rows].flatMap((r) => (r.filedAt ? [r.filedAt] : [])).sort();
    const [from, to] = [dates[Math.floor(dates.length * 0.1)]!, dates[Math.floor(dates.length * 0.6)]!];
    expect(from.slice(0, 4) < to.slice(0, 4)).toBe(true);
    const market = expectSortedLikeMarket(`derivative=include&filedFrom=${from}&filedTo=${to}`, 'value', 10);
    expect(market.every((r) => r.filedAt! >= from && r.filedAt! <= to)).toBe(true);
  });

  it('finds cluster buys whose purchases are what SQL finds for their filings', () => {
    const { params } = parseClusterParams(new URLSearchParams('window=366'));
    const page = clusters.listClusters({ ...params, size: 1000 }, { today: TODAY });
    for (const c of page.clusters) {
      expect(c.insiderCount).toBeGreaterThanOrEqual(2);
      expect((Date.parse(c.to) - Date.parse(c.from)) / 86_400_000).toBeLessThanOrEqual(366);
      const marks = c.accessions.map(() => '?').join(',');
      const sums = t.sqlite.prepare(`SELECT count(*) AS n, sum(value) AS v FROM filing_rows WHERE kind = 'transaction' AND code = 'P'
        AND "table" = 'N' AND issuer_cik = ? AND transaction_date BETWEEN ? AND ? AND accession IN (${marks})`)
        .get(c.issuer.cik, c.from, c.to, ...c.accessions) as { n: number; v: number | null };
      expect({ trades: c.trades, value: c.value }).toEqual({ trades: sums.n, value: Number((sums.v ?? 0).toPrecision(15)) });
    }
    // Two purchases at one issuer by different owners within the window: there is a cluster exactly when SQL finds such a pair.
    const pairs = t.sqlite.prepare(`
      WITH p AS (SELECT r.issuer_cik, r.transaction_date AS d, r.accession, (SELECT owner_cik FROM filing_owners o WHERE o.accession = r.accession AND o.position = 0) AS owner
        FROM filing_rows r WHERE r.kind = 'transaction' AND r.code = 'P' AND r."table" = 'N' AND r.transaction_date IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM filings a WHERE a.amends = r.accession))
      SELECT count(*) AS n FROM p a JOIN p b ON a.issuer_cik = b.issuer_cik AND a.owner < b.owner
        AND abs(julianday(a.d) - julianday(b.d)) <= 366`).get() as { n: number };
    expect(page.total > 0).toBe(pairs.n > 0);
    expect(clusters.listClusters({ ...params, minInsiders: 100 }, { today: TODAY }).total).toBe(0);
  });
});

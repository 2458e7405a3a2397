// The signals as the issuer and person tables, their filters, the buy/sell totals, the summaries and
// the CSV read them, on a real SQLite file loaded through the parser and store. Three insiders of
// one issuer sell on 6 May 2024 (a Monday: due Wednesday 8 May): one who traded in March of each of
// 2021, 2022 and 2023 (routine), one with no trade in 2022 (unclassified), one who traded in each
// year but in January, February and March (opportunistic). Expected labels and reasons are written out.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFiling } from '@/lib/parser/index';
import { parseTableView } from '@/lib/search-params';
import { ownershipDocumentXml, type TestLine } from '@/test/support/ownership-xml';
import { openTempStore, type TempStore } from '@/test/support/temp-db';
import { transactionCsvLine } from '@/app/api/_lib/transactions-csv';
import { getIssuerBuySellSummary } from './buy-sell';
import { getIssuerByCik } from './issuers';
import { getPersonByCik } from './people';
import { listIssuerTransactions, listPersonTransactions } from './transactions';
import { explainPlan } from '@/test/support/query-plan';

const ISSUER = '777501';
const ROUTINE = '777601';
const GAP = '777602';
const OPP = '777603';

const sale = (date: string, code = 'S', shares = '100'): TestLine =>
  ({ kind: 'transaction', date, code, shares, price: '20.00', ad: code === 'P' ? 'A' : 'D', after: '1000' });

// [owner, trade lines, filing date]
const FILINGS: [string, TestLine[], string][] = [
  [ROUTINE, [sale('2021-03-15', 'P')], '2021-03-17'],
  [ROUTINE, [sale('2022-03-10')], '2022-03-14'],
  [ROUTINE, [sale('2022-08-01')], '2022-08-03'],
  [ROUTINE, [sale('2023-03-20')], '2023-03-22'],
  [ROUTINE, [sale('2024-05-06')], '2024-05-08'],
  [GAP, [sale('2021-03-15')], '2021-03-17'],
  [GAP, [sale('2023-03-20')], '2023-03-22'],
  [GAP, [sale('2024-05-06')], '2024-05-08'],
  // Ten billion dollars' worth: flagged (value over $10 billion), kept, left out of rankings and totals.
  [GAP, [sale('2024-05-07', 'S', '1000000000')], '2024-05-09'],
  [OPP, [sale('2021-01-11')], '2021-01-13'],
  [OPP, [sale('2022-02-10')], '2022-02-14'],
  [OPP, [sale('2023-03-10')], '2023-03-14'],
  // Filed Friday 10 May: two business days late. The award (code A) is no open-market trade.
  [OPP, [sale('2024-05-06'), sale('2024-05-06', 'A', '10')], '2024-05-10'],
];

let t: TempStore;
beforeAll(() => {
  t = openTempStore();
  FILINGS.forEach(([owner, lines, filedAt], i) => {
    const xml = ownershipDocumentXml({
      form: '4', period: filedAt, issuer: { cik: ISSUER, name: 'Pattern Test Corp', ticker: 'PTC' },
      owners: [{ cik: owner, name: `Owner ${owner}`, officer: 'Officer' }], lines, footnotes: [], signature: { name: `Owner ${owner}`, date: filedAt },
    });
    const accession = `0000777501-${filedAt.slice(2, 4)}-${String(i).padStart(6, '0')}`;
    t.store.storeFiling({ ...parseFiling(xml), accession, filedAt }, { document: xml, source: accession });
  });
});
afterAll(() => t?.close());

const rows = (params: Record<string, string>) => listIssuerTransactions(ISSUER, parseTableView({ size: '200', ...params }), t.db).rows;
const brief = (r: { ownerCik: string | null; transactionDate: string | null; code: string | null }) => `${r.ownerCik}:${r.transactionDate}:${r.code}`;

describe('routine or opportunistic', () => {
  it('labels each open-market trade by its insider’s three years before, with the reason', () => {
    const may = rows({ from: '2024-05-06', to: '2024-05-06' }).map((r) => [brief(r), r.pattern, r.patternReason]);
    expect(may).toEqual(expect.arrayContaining([
      [`${ROUTINE}:2024-05-06:S`, 'routine', 'traded in March in 2021, 2022 and 2023'],
      [`${GAP}:2024-05-06:S`, 'unclassified', 'no open-market trades in 2022, so not one in each of 2021, 2022 and 2023'],
      [`${OPP}:2024-05-06:S`, 'opportunistic', 'traded in each of 2021, 2022 and 2023, but never in the same month each year'],
      [`${OPP}:2024-05-06:A`, null, null],
    ]));
    expect(may).toHaveLength(4);
  });

  it('filters by pattern in SQL with the same answer as the label', () => {
    expect(rows({ pattern: 'routine' }).map(brief)).toEqual([`${ROUTINE}:2024-05-06:S`]);
    expect(rows({ pattern: 'opportunistic' }).map(brief)).toEqual([`${OPP}:2024-05-06:S`]);
    const unclassified = rows({ pattern: 'unclassified' });
    // Every other P or S line: 13 trades in all, less the two above; the award is in none.
    expect(unclassified).toHaveLength(11);
    expect(unclassified.every((r) => r.pattern === 'unclassified' && r.code !== 'A')).toBe(true);
    const person = listPersonTransactions(ROUTINE, parseTableView({ pattern: 'routine' }), t.db);
    expect([person.total, person.rows.map(brief)]).toEqual([1, [`${ROUTINE}:2024-05-06:S`]]);
  });

  it('reads insider_years by its primary key', () => {
    const sqlite = new Database(t.file, { readonly: true });
    try {
      const seen: string[] = [];
      const prepare = Database.prototype.prepare;
      Database.prototype.prepare = function (this: Database.Database, source: string) {
        seen.push(source);
        return prepare.call(this, source);
      } as typeof prepare;
      try {
        rows({ pattern: 'opportunistic', sort: 'value' });
      } finally {
        Database.prototype.prepare = prepare;
      }
      const plans = seen.filter((s) => s.includes('insider_years')).map((source) => explainPlan(sqlite, source));
      expect(plans.length).toBeGreaterThan(0);
      for (const plan of plans) {
        const details = plan.filter((d) => d.includes('insider_years'));
        expect(details.length).toBeGreaterThan(0);
        for (const d of details) expect(d).toMatch(/^SEARCH insider_years USING PRIMARY KEY \(issuer_cik=\? AND owner_cik=\? AND year>\? AND year<\?\)/);
      }
    } finally {
      sqlite.close();
    }
  });
});

describe('late filings', () => {
  it('gives each line its business days late and filters the late ones', () => {
    expect(rows({ late: '1' }).map((r) => [brief(r), r.daysLate])).toEqual([[`${OPP}:2024-05-06:S`, 2], [`${OPP}:2024-05-06:A`, 2]]);
    expect(rows({ from: '2024-05-06', to: '2024-05-06', insider: ROUTINE }).map((r) => r.daysLate)).toEqual([0]);
  });

  it('gives the issuer’s and the person’s share of filings filed late', () => {
    expect(getIssuerByCik(ISSUER, t.db)?.lateFilings).toEqual({ late: 1, known: 13, share: 1 / 13 });
    expect(getPersonByCik(OPP, t.db)?.lateFilings).toEqual({ late: 1, known: 4, share: 0.25 });
    expect(getPersonByCik(ROUTINE, t.db)?.lateFilings).toEqual({ late: 0, known: 5, share: 0 });
  });
});

describe('suspect values', () => {
  it('keep the flagged row on the table, last in a value ranking either way', () => {
    const flagged = `${GAP}:2024-05-07:S`;
    const desc = rows({ sort: 'value', dir: 'desc' });
    const asc = rows({ sort: 'value', dir: 'asc' });
    expect([desc.at(-1), asc.at(-1)].map((r) => [brief(r!), r!.flags])).toEqual([[flagged, ['value-over-10b']], [flagged, ['value-over-10b']]]);
    expect(desc.filter((r) => r.flags.length > 0)).toHaveLength(1);
  });

  it('leave the buy/sell totals, counted apart', () => {
    const [three] = getIssuerBuySellSummary(ISSUER, t.db).windows;
    expect(three!.sells).toEqual({ count: 3, shares: 300, value: 6000, insiders: 3, flagged: 1 });
  });
});

describe('CSV', () => {
  it('ends each line with pattern, reason, days late and flags', () => {
    const [routine] = rows({ pattern: 'routine' });
    const [flagged] = rows({ sort: 'value', dir: 'desc' }).slice(-1);
    expect(transactionCsvLine(routine!)).toMatch(/,routine,"traded in March in 2021, 2022 and 2023",0,\r\n$/);
    expect(transactionCsvLine(flagged!)).toMatch(/,unclassified,"no open-market trades in 2022, so not one in each of 2021, 2022 and 2023",0,value-over-10b\r\n$/);
  });
});

// The transactions' exports: every matching row as CSV, and the page's rows as JSON from the API,
// on a real SQLite file loaded with the small filings in test/support/test-filings.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppDatabase, type TempStore } from '@/test/support/temp-db';
import { DEFAULT_VIEW, parseTableView, type TableView } from '@/lib/search-params';
import { TEST_CIKS as C, loadTestFilings } from '../../test/support/test-filings';
import { label } from '../../test/support/test-filing-labels';
import { csvField, slugify } from '@/app/api/_lib/csv-stream';

let t: TempStore;
// The query modules open DATABASE_PATH themselves (lazily, once): point it at the test file first.
let q: {
  transactions: typeof import('./transactions');
  csv: typeof import('../../app/api/_lib/transactions-csv');
  api: typeof import('../../app/api/_lib/transactions-api');
};

beforeAll(async () => {
  t = openAppDatabase(loadTestFilings);
  q = {
    transactions: await import('./transactions'),
    csv: await import('../../app/api/_lib/transactions-csv'),
    api: await import('../../app/api/_lib/transactions-api'),
  };
});
afterAll(() => t?.close());

const view = (params: Record<string, string> = {}): TableView => parseTableView(params);

describe('CSV export', () => {
  it('iterates every matching row in the table’s order, beyond one page', () => {
    const v: TableView = { ...DEFAULT_VIEW, sort: 'price', dir: 'asc', pageSize: 2 };
    const { rows } = q.transactions.iterateTransactions({ issuerCik: C.ACME }, v);
    const all = [...rows];
    expect(all).toHaveLength(6);
    expect(all.map(label)).toEqual(['P100', 'P50', 'S1000', 'S200', 'M300', 'H1000']);
    expect(all[0]).toMatchObject({ isDirector: true, pricePerShare: 10 });
  });

  it('quotes fields that need it and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Acme Widgets, Inc.')).toBe('"Acme Widgets, Inc."');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-5)).toBe('-5');
    expect(csvField(null)).toBe('');
    expect(slugify('ACME Acme Widgets, Inc.')).toBe('acme-acme-widgets-inc');
  });

  it('streams a header and one line per matching row', async () => {
    const text = await new Response(q.csv.streamTransactionsCsv({ issuerCik: C.ACME }, view({ code: 'P,S' }))).text();
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'transaction_date,filed_at,form_type,accession,issuer_cik,issuer_name,issuer_ticker,owner_cik,owner_name,owner_readable_name,' +
        'other_owners_on_filing,director,officer,ten_percent_owner,other,officer_title,other_text,table,kind,security_title,code,' +
        'code_meaning,acquired_disposed,shares,price_per_share,value,shares_owned_after,direct_or_indirect,underlying_title,' +
        'underlying_shares,conversion_or_exercise_price,pattern,pattern_reason,days_late,flags',
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain('2024-06-10,,4,0000000001-24-000002,1000001,"Acme Widgets, Inc.",ACME,2000002,ROE RICHARD,Richard Roe');
  });
});

describe('transactions API', () => {
  const url = (path: string) => new URL(`http://localhost${path}`);

  it('returns the page’s rows as JSON for the same query string', async () => {
    const response = q.api.transactionsResponse('issuer', '0001000001', url('/api/issuers/1000001/transactions?sort=price&dir=asc&code=P'));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 50, sort: { key: 'price', dir: 'asc' } });
    expect(body.rows.map((r: { pricePerShare: number }) => r.pricePerShare)).toEqual([10, 11]);
  });

  it('returns every matching row as a CSV download named after the issuer or person', async () => {
    const issuer = q.api.transactionsResponse('issuer', C.ACME, url('/x?format=csv&page=2'));
    expect(issuer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(issuer.headers.get('content-disposition')).toBe('attachment; filename="acme-acme-widgets-inc-transactions.csv"');
    expect((await issuer.text()).trimEnd().split('\r\n')).toHaveLength(7);
    const person = q.api.transactionsResponse('person', C.DOE, url('/x?format=csv'));
    expect(person.headers.get('content-disposition')).toBe('attachment; filename="jane-q-doe-transactions.csv"');
    expect((await person.text()).trimEnd().split('\r\n')).toHaveLength(5);
  });

  it('answers 400 naming each malformed parameter, as /api/trades does, where the page would leave it out', async () => {
    const response = q.api.transactionsResponse('issuer', C.ACME, url('/x?sort=nonsense&page=-1&code=P,ZZ&size=25&format=xml'));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.problems.map((p: { param: string }) => p.param)).toEqual(['sort', 'page', 'code', 'format']);
    expect(body.error).toBe('Bad parameters: sort "nonsense" is not a column to sort by; page "-1" is not a page number; code "ZZ" is not a transaction code; format must be one of json, csv');
    // Empty values are no problem (a form sends its empty fields), and a format in capitals is the format.
    expect(q.api.transactionsResponse('issuer', C.ACME, url('/x?sort=&code=&format=CSV')).headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('answers 404 JSON for an unknown or malformed CIK', async () => {
    for (const [kind, cik] of [['issuer', '999'], ['person', '999'], ['issuer', 'abc']] as const) {
      const response = q.api.transactionsResponse(kind, cik, url('/x'));
      expect(response.status).toBe(404);
      expect(await response.json()).toHaveProperty('error');
    }
  });
});

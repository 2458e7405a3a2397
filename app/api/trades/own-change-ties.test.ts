// The change in holding where its percentage is a tie at the 4th decimal, on a real SQLite file:
// the database keeps the exact quotient (indexed; round() differs between SQLite versions), the
// JSON and CSV show it rounded half away from zero, and minOwnChange compares the exact value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppDatabase, type TempStore } from '@/test/support/temp-db';
import { MKT, OWNERS, fixtureText } from '@/db/queries/trades-test-filings';
import { parseFiling } from '@/lib/parser/index';
import { parseCsv } from '@/test/support/csv';

let t: TempStore;
let trades: typeof import('./route');

const FILINGS = [
  // 41,547 bought on 16,000 held before: 259.66875 %.
  { accession: '0000000009-24-000001', filed: '2024-03-04', lines: [{ kind: 'transaction', date: '2024-03-01', code: 'P', shares: '41547', price: '2.00', ad: 'A', after: '57547' }] },
  // 3 sold of 80,000 held before: 0.00375 %.
  { accession: '0000000009-24-000002', filed: '2024-03-05', lines: [{ kind: 'transaction', date: '2024-03-04', code: 'S', shares: '3', price: '2.00', ad: 'D', after: '79997' }] },
] as const;

beforeAll(async () => {
  t = openAppDatabase((store) => {
    for (const f of FILINGS) {
      const text = fixtureText({ ...f, issuer: MKT, owners: [OWNERS.CEO], lines: [...f.lines] });
      store.storeFiling(parseFiling(text), { document: text, source: `test:${f.accession}`, accession: f.accession });
    }
  });
  trades = await import('./route');
});
afterAll(() => t?.close());

const get = (url: string) => trades.GET(new Request(`http://insiders.test${url}`, { headers: { host: 'insiders.test' } }));
const json = async (query: string) => (await (await get(`/api/trades?${query}`)).json()) as { rows: { accession: string; ownershipChangePct: number | null }[] };

describe('a change in holding on a tie', () => {
  it('is stored unrounded and kept so in its indexes', () => {
    const stored = t.sqlite.prepare('SELECT own_change_pct FROM filing_rows ORDER BY own_change_pct').pluck().all();
    expect(stored).toEqual([0.00375, 259.66875]);
    expect(t.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('is shown rounded half away from zero in the JSON and the CSV', async () => {
    expect((await json('sort=ownChange&dir=desc')).rows.map((r) => r.ownershipChangePct)).toEqual([259.6688, 0.0038]);
    const [header, ...lines] = parseCsv(await (await get('/api/trades?sort=ownChange&dir=desc&format=csv')).text());
    expect(lines.map((line) => line[header!.indexOf('ownership_change_pct')])).toEqual(['259.6688', '0.0038']);
  });

  it('filters on the unrounded percentage', async () => {
    expect((await json('minOwnChange=259.66875')).rows.map((r) => r.accession)).toEqual(['0000000009-24-000001']);
    expect((await json('minOwnChange=259.6688')).rows).toEqual([]);
    expect((await json('minOwnChange=0.00375')).rows).toHaveLength(2);
  });
});

// The signals the store computes at ingest, on a real SQLite file, with small filings written to sit
// on each rule's edge. Every expected number is written out by hand from a calendar:
// 1 March 2024 was a Friday, 27 May 2024 Memorial Day (a Monday).
import { describe, expect, it } from 'vitest';
import { parseFiling } from '../lib/parser/index';
import { ownershipDocumentXml, submissionText, type TestLine } from '../test/support/ownership-xml';
import { tempStorePerTest } from '../test/support/temp-store-helpers';
import { createFilingStore } from './store';

const t = tempStorePerTest();

const ISSUER = { cik: '777001', name: 'Signal Test Inc', ticker: 'SGNL' };

const trade = (date: string, code = 'P', price = '10.00', shares = '100'): TestLine =>
  ({ kind: 'transaction', date, code, shares, price, ad: code === 'S' ? 'D' : 'A', after: '1000' });

function xmlOf(lines: TestLine[], owner = '777101', form = '4', issuer = ISSUER): string {
  const period = lines.map((l) => (l.kind === 'transaction' ? l.date : '2024-01-01')).sort().at(-1)!;
  return ownershipDocumentXml({
    form, period, issuer, owners: [{ cik: owner, name: `Owner ${owner}`, director: true }], lines, footnotes: [],
    signature: { name: `Owner ${owner}`, date: period },
  });
}

/** Stores a filing as EDGAR delivers it: its accession and filing date (null: a bare XML without its header). */
function file(accession: string, filedAt: string | null, lines: TestLine[], owner?: string, form?: string, issuer?: typeof ISSUER) {
  const xml = xmlOf(lines, owner, form, issuer);
  return t.store.storeFiling({ ...parseFiling(xml), accession, filedAt }, { document: xml, source: accession, force: true });
}

const rowsOf = (accession: string) =>
  t.sqlite.prepare('SELECT transaction_date AS date, days_late AS daysLate, flags FROM filing_rows WHERE accession = ? ORDER BY "table" DESC, position').all(accession);
const filingDaysLate = (accession: string) => t.sqlite.prepare('SELECT days_late FROM filings WHERE accession = ?').pluck().get(accession);
const flagsOf = (accession: string) => t.sqlite.prepare('SELECT flags FROM filing_rows WHERE accession = ? ORDER BY position').pluck().all(accession);
const insiderYears = () => t.sqlite.prepare('SELECT issuer_cik, owner_cik, year, months FROM insider_years ORDER BY owner_cik, year').raw().all();

describe('days late (Rule 16a-3(g): by the end of the second business day after the trade)', () => {
  it('a trade on Friday is on time filed Tuesday, afternoon or 9:45 pm, and one day late on Wednesday', () => {
    // The submission header gives the filing date; 9:45 pm is before the 10 pm cut-off of Forms 3, 4 and 5.
    const submit = (accession: string, filed: string, accepted: string) => {
      const text = submissionText({ accession, filed, accepted, formType: '4', xml: xmlOf([trade('2024-03-01')]) });
      t.store.storeFiling(parseFiling(text), { document: text, source: accession });
    };
    submit('0000777001-24-000001', '20240305', '20240305153000');
    submit('0000777001-24-000002', '20240305', '20240305214500');
    submit('0000777001-24-000003', '20240306', '20240306090000');
    // Accepted at 10:30 pm Tuesday: EDGAR dates it Wednesday, and the header says so.
    submit('0000777001-24-000004', '20240306', '20240305223000');
    expect(['1', '2', '3', '4'].map((n) => rowsOf(`0000777001-24-00000${n}`)[0])).toEqual([
      { date: '2024-03-01', daysLate: 0, flags: '' },
      { date: '2024-03-01', daysLate: 0, flags: '' },
      { date: '2024-03-01', daysLate: 1, flags: '' },
      { date: '2024-03-01', daysLate: 1, flags: '' },
    ]);
    expect(['1', '2', '3', '4'].map((n) => filingDaysLate(`0000777001-24-00000${n}`))).toEqual([0, 0, 1, 1]);
  });

  it('across a holiday: a Friday trade before Memorial Day is due Wednesday', () => {
    file('0000777001-24-000011', '2024-05-29', [trade('2024-05-24')]);
    file('0000777001-24-000012', '2024-05-30', [trade('2024-05-24')]);
    file('0000777001-24-000013', '2024-06-04', [trade('2024-05-24')]);
    expect(['11', '12', '13'].map((n) => filingDaysLate(`0000777001-24-0000${n}`))).toEqual([0, 1, 4]);
  });

  it('a Form 4 is as late as its latest line; unknown without a filing date, on an amendment and on a holding', () => {
    file('0000777001-24-000021', '2024-03-06', [trade('2024-03-01'), trade('2024-03-04'), { kind: 'holding', shares: '50' }]);
    expect(rowsOf('0000777001-24-000021')).toEqual([
      { date: '2024-03-01', daysLate: 1, flags: '' },
      { date: '2024-03-04', daysLate: 0, flags: '' },
      { date: null, daysLate: null, flags: '' },
    ]);
    expect(filingDaysLate('0000777001-24-000021')).toBe(1);
    file('0000777001-24-000022', null, [trade('2024-03-01')]);
    file('0000777001-24-000023', '2024-04-01', [trade('2024-03-01')], '777101', '4/A');
    for (const accession of ['0000777001-24-000022', '0000777001-24-000023']) {
      expect(rowsOf(accession)[0]).toMatchObject({ daysLate: null });
      expect(filingDaysLate(accession)).toBeNull();
    }
  });
});

describe('suspect values', () => {
  it('flags a row on its own: negative shares, a date after the filing date, before 1990', () => {
    file('0000777001-24-000031', '2024-03-05', [trade('2024-03-01', 'P', '10.00', '-5'), trade('2024-03-08'), trade('1989-12-29')]);
    expect(flagsOf('0000777001-24-000031')).toEqual(['negative-shares', 'date-after-filing', 'date-before-1990']);
  });

  const day = (n: number) => `2024-06-0${n}`;

  // Three sales near $20 and one at $20,250 (the total typed as the price). With only two peers,
  // one of them the bad price, a good price's median is pulled up too: three good ones are needed.
  const good = [['41', 3, '20.00'], ['42', 4, '20.50'], ['44', 4, '19.75']] as const;
  const fileGood = (n: string, d: number, price: string) => file(`0000777001-24-0000${n}`, day(d + 1), [trade(day(d), 'S', price)]);
  const fileBad = () => file('0000777001-24-000043', day(6), [trade(day(5), 'S', '20250.00')]);
  const flagged = () => ['41', '42', '44', '43'].map((n) => flagsOf(`0000777001-24-0000${n}`)[0] ?? null);

  it('flags a price 1,000 times the days’ others when it arrives last', () => {
    for (const [n, d, price] of good) fileGood(n, d, price);
    fileBad();
    expect(flagged()).toEqual(['', '', '', 'price-outlier']);
  });

  it('flags it when it arrives first, as its peers arrive, and clears it when they leave', () => {
    fileBad();
    fileGood('41', 3, '20.00');
    expect(flagged()).toEqual(['', null, null, '']); // one peer is not enough to judge
    for (const [n, d, price] of good.slice(1)) fileGood(n, d, price);
    expect(flagged()).toEqual(['', '', '', 'price-outlier']);
    t.store.deleteFiling('0000777001-24-000042');
    t.store.deleteFiling('0000777001-24-000044');
    expect(flagged()).toEqual(['', null, null, '']);
  });

  it('in one batch, compares when it commits: the same flags, in each stretch of days it touched', () => {
    // June's filings arrive bad first; September's are a stretch of their own, months away.
    const september = (n: string, d: number, price: string) =>
      file(`0000777001-24-0000${n}`, `2024-09-1${d + 1}`, [trade(`2024-09-1${d}`, 'S', price)]);
    t.store.batch(() => {
      fileBad();
      september('61', 5, '5.00');
      for (const [n, d, price] of good) fileGood(n, d, price);
      september('62', 6, '5.10');
      september('63', 6, '5000.00');
      september('64', 7, '4.90');
    });
    expect(flagged()).toEqual(['', '', '', 'price-outlier']);
    expect(['61', '62', '63', '64'].map((n) => flagsOf(`0000777001-24-0000${n}`)[0])).toEqual(['', '', 'price-outlier', '']);
  });

  it('compares only the same issuer’s P and S prices within seven days either side', () => {
    const other = { cik: '777002', name: 'Other Inc', ticker: 'OTHR' };
    file('0000777001-24-000051', '2024-06-20', [trade('2024-06-01', 'S', '20.00'), trade('2024-06-20', 'S', '20.00')]);
    file('0000777001-24-000052', '2024-06-20', [trade('2024-06-12', 'P', '20.00')], '777101', '4', other);
    file('0000777001-24-000053', '2024-06-20', [trade('2024-06-12', 'A', '20.00'), trade('2024-06-12', 'M', '20.00')]);
    file('0000777001-24-000054', '2024-06-20', [trade('2024-06-12', 'S', '20000.00')]);
    // 1 and 20 June are eight days away: no peers, so no flag.
    expect(flagsOf('0000777001-24-000054')).toEqual(['']);
    file('0000777001-24-000055', '2024-06-20', [trade('2024-06-05', 'P', '21.00'), trade('2024-06-19', 'S', '19.00')]);
    expect(flagsOf('0000777001-24-000054')).toEqual(['price-outlier']);
  });
});

describe('the months each insider traded (insider_years)', () => {
  it('ORs each P or S month in, per issuer, owner and year; other codes do not count', () => {
    file('0000777001-24-000061', '2021-03-12', [trade('2021-03-10'), trade('2021-03-11', 'A')]);
    file('0000777001-24-000062', '2022-03-20', [trade('2022-03-18', 'S')]);
    file('0000777001-24-000063', '2022-11-03', [trade('2022-11-01')]);
    file('0000777001-24-000064', '2023-03-06', [trade('2023-03-02'), trade('2023-12-01', 'G')]);
    expect(insiderYears()).toEqual([
      ['777001', '777101', 2021, 0b100],
      ['777001', '777101', 2022, 0b10000000100],
      ['777001', '777101', 2023, 0b100],
    ]);
  });

  it('counts a replaced or deleted filing’s insider again from what is left', () => {
    file('0000777001-24-000071', '2022-07-12', [trade('2022-07-10')], '777102');
    file('0000777001-24-000072', '2022-09-02', [trade('2022-09-01')], '777102');
    expect(insiderYears()).toEqual([['777001', '777102', 2022, 0b101000000]]);
    // The same accession filed again with July corrected to August: July is gone, not kept.
    file('0000777001-24-000071', '2022-08-12', [trade('2022-08-10')], '777102');
    expect(insiderYears()).toEqual([['777001', '777102', 2022, 0b110000000]]);
    t.store.deleteFiling('0000777001-24-000072');
    expect(insiderYears()).toEqual([['777001', '777102', 2022, 0b10000000]]);
    t.store.deleteFiling('0000777001-24-000071');
    expect(insiderYears()).toEqual([]);
  });
});

describe('the months traded within one batch (one transaction)', () => {
  it('are written when it ends, each filing replaced or deleted in it counted from what is left', () => {
    t.store.batch(() => {
      file('0000777001-24-000081', '2022-02-03', [trade('2022-02-01')], '777103');
      file('0000777001-24-000082', '2022-05-03', [trade('2022-05-02', 'S'), trade('2023-01-05')], '777103');
      file('0000777001-24-000083', '2022-04-04', [trade('2022-04-01')], '777104');
      // Not written yet: the batch writes them once, at its end.
      expect(insiderYears()).toEqual([]);
      // February corrected to March, and the May filing gone again, before the batch ends.
      file('0000777001-24-000081', '2022-03-03', [trade('2022-03-01')], '777103');
      t.store.deleteFiling('0000777001-24-000082');
      file('0000777001-24-000084', '2022-06-03', [trade('2022-06-01')], '777103');
    });
    expect(insiderYears()).toEqual([
      ['777001', '777103', 2022, 0b100100],
      ['777001', '777104', 2022, 0b1000],
    ]);
  });
});

describe('a store with the signals switched off (the bench measures what they cost)', () => {
  it('stores no days late, no flags and no months traded', () => {
    const store = createFilingStore(t.sqlite, { signals: false });
    const xml = xmlOf([trade('2024-03-01', 'P', '10.00', '-5')]);
    store.storeFiling({ ...parseFiling(xml), accession: '0000777001-24-000071', filedAt: '2024-03-08' }, { document: xml, source: 'off' });
    expect(rowsOf('0000777001-24-000071')).toEqual([{ date: '2024-03-01', daysLate: null, flags: '' }]);
    expect(filingDaysLate('0000777001-24-000071')).toBeNull();
    expect(insiderYears()).toEqual([]);
  });
});

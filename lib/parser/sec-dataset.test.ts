// The parser against the SEC's own "Insider Transactions Data Sets" (2024 Q3, partial): an
// oracle built by the SEC from the same filings, independent of us.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusDir as corpusRoot } from '../../test/support/corpus';
import { parseFiling, type ParsedFiling } from './index';
import { filedBoolean, filedNumber } from './values';

const corpusDir = `${corpusRoot}/`;
const datasetDir = `${corpusDir}datasets/2024q3_form345_partial/`;
const hasDataset = existsSync(`${datasetDir}SUBMISSION.tsv`);
if (!hasDataset) console.warn(`SEC data set tests skipped: ${datasetDir} is missing`);

type Row = Record<string, string>;

function readTsv(name: string): Row[] {
  // A skipped describe still runs its body to collect tests: read nothing without the data set.
  if (!hasDataset) return [];
  const [header, ...lines] = readFileSync(datasetDir + name, 'utf8').trimEnd().split(/\r?\n/);
  const cols = (header ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

/** The data set's `27-SEP-2024` as `2024-09-27`. */
function isoDate(v: string): string | null {
  const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
  const m = /^(\d\d)-([A-Z]{3})-(\d{4})$/.exec(v);
  if (m === null) return v === '' ? null : v;
  return `${m[3]}-${String(months.indexOf(m[2] as string) + 1).padStart(2, '0')}-${m[1]}`;
}

/** The data set's numbers (`250000.0`), null when empty. */
function num(v: string | undefined): number | null {
  return v === undefined || v === '' ? null : Number(v);
}

/** The data set's footnote list (`F1, F2`) as ids. */
function fns(v: string | undefined): string[] | undefined {
  return v === undefined || v === '' ? undefined : v.split(/,\s*/);
}

function corpusFilings(): Map<string, ParsedFiling> {
  const out = new Map<string, ParsedFiling>();
  if (!hasDataset) return out;
  for (const sub of ['xml', 'submissions']) {
    for (const name of readdirSync(corpusDir + sub)) {
      const accession = /(\d{10}-\d\d-\d{6})\.(xml|txt|nc)$/.exec(name)?.[1];
      if (accession !== undefined) out.set(accession, parseFiling(readFileSync(`${corpusDir}${sub}/${name}`, 'utf8')));
    }
  }
  return out;
}

describe.skipIf(!hasDataset)('the SEC Insider Transactions data set', () => {
  const submissions = readTsv('SUBMISSION.tsv');
  const derivTrans = readTsv('DERIV_TRANS.tsv');
  const derivHoldings = readTsv('DERIV_HOLDING.tsv');
  const nonDerivHoldings = readTsv('NONDERIV_HOLDING.tsv');

  it('reads every number the SEC stored as a number, to the same value', () => {
    const columns = [
      'TRANS_SHARES',
      'TRANS_PRICEPERSHARE',
      'TRANS_TOTAL_VALUE',
      'CONV_EXERCISE_PRICE',
      'SHRS_OWND_FOLWNG_TRANS',
      'VALU_OWND_FOLWNG_TRANS',
      'UNDLYNG_SEC_SHARES',
      'UNDLYNG_SEC_VALUE',
    ];
    let checked = 0;
    const wrong: string[] = [];
    for (const row of [...derivTrans, ...derivHoldings, ...nonDerivHoldings]) {
      for (const c of columns) {
        const v = row[c];
        if (v === undefined || v === '') continue;
        if (filedNumber(v) !== Number(v)) wrong.push(`${row.ACCESSION_NUMBER} ${c}=${v} → ${filedNumber(v)}`);
        checked++;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(100_000);
  });

  it('reads every spelling of a flag the SEC received', () => {
    const spellings = new Set<string>();
    for (const r of derivTrans) spellings.add(r.EQUITY_SWAP_INVOLVED ?? '');
    for (const r of submissions) {
      spellings.add(r.NOT_SUBJECT_SEC16 ?? '');
      spellings.add(r.NO_SECURITIES_OWNED ?? '');
    }
    spellings.delete('');
    expect([...spellings].sort()).toEqual(['0', '1', 'false', 'true']);
    for (const s of spellings) expect(filedBoolean(s), s).toBe(s === '1' || s === 'true');
  });

  // The corpus README says some corpus accessions appear in this partial data set; none does in
  // the copy checked in here (2024 Q3 filings vs. corpus filings of other quarters). The check
  // below runs for every one that does, and says so when there are none.
  const filings = corpusFilings();
  const shared = submissions.filter((s) => filings.has(s.ACCESSION_NUMBER ?? ''));
  if (hasDataset && shared.length === 0) {
    console.warn('SEC data set: no corpus accession appears in it; the per-filing comparison has nothing to compare');
  }

  it.skipIf(shared.length === 0).each(shared.map((s) => [s.ACCESSION_NUMBER as string, s] as const))(
    'agrees with the SEC on %s',
    (accession, s) => {
      const f = filings.get(accession) as ParsedFiling;
      expect(f.formType).toBe(s.DOCUMENT_TYPE);
      expect(f.periodOfReport).toBe(isoDate(s.PERIOD_OF_REPORT ?? ''));
      expect(f.issuer.cik).toBe((s.ISSUERCIK ?? '').replace(/^0+/, ''));
      if (f.filedAt !== null) expect(f.filedAt).toBe(isoDate(s.FILING_DATE ?? ''));
      const byAcc = (rows: Row[]) => rows.filter((r) => r.ACCESSION_NUMBER === accession);
      const dt = byAcc(derivTrans);
      const parsedDt = f.derivative.filter((r) => r.kind === 'transaction');
      expect(parsedDt).toHaveLength(dt.length);
      // The data set's rows are keyed by a surrogate, not in filing order: compare as sets.
      const key = (shares: unknown, price: unknown, code: unknown) => JSON.stringify([shares, price, code]);
      expect(parsedDt.map((r) => key(r.shares, r.pricePerShare, r.code)).sort()).toEqual(
        dt.map((r) => key(num(r.TRANS_SHARES), num(r.TRANS_PRICEPERSHARE), r.TRANS_CODE)).sort(),
      );
      expect(parsedDt.map((r) => JSON.stringify(r.footnoteIds.shares)).sort()).toEqual(
        dt.map((r) => JSON.stringify(fns(r.TRANS_SHARES_FN))).sort(),
      );
      const nh = byAcc(nonDerivHoldings);
      expect(f.nonDerivative.filter((r) => r.kind === 'holding').map((r) => r.sharesOwnedAfter).sort()).toEqual(
        nh.map((r) => num(r.SHRS_OWND_FOLWNG_TRANS)).sort(),
      );
      const dh = byAcc(derivHoldings);
      expect(f.derivative.filter((r) => r.kind === 'holding').map((r) => r.underlyingShares).sort()).toEqual(
        dh.map((r) => num(r.UNDLYNG_SEC_SHARES)).sort(),
      );
    },
  );
});

// The fake EDGAR's content, built from the corpus: issuers with their filings (for tickers and
// submissions JSON), days with their submissions (for daily indexes), and the listings' text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface FakeFiling {
  accession: string;
  formType: string;
  filingDate: string;
  /** Path of the raw XML on the fake server. */
  documentPath: string;
  primaryDocument: string;
}

export interface FakeIssuer {
  cik: string;
  ticker: string;
  name: string;
  /** Newest first. */
  filings: FakeFiling[];
}

export interface FakeDayFiling {
  accession: string;
  formType: string;
  /** Every path under which the daily index lists it (one per filer). */
  paths: string[];
}

export const pad = (cik: string) => cik.padStart(10, '0');
const dashless = (accession: string) => accession.replace(/-/g, '');

interface ManifestRow {
  file: string;
  sourcePath: string;
  formType: string;
  issuerName: string;
  issuerCik: string;
  accession: string;
  period: string;
}

function readManifest(corpus: string): ManifestRow[] {
  const [header, ...lines] = readFileSync(path.join(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const cols = header!.split('\t');
  const at = (name: string) => cols.indexOf(name);
  return lines.map((line) => {
    const f = line.split('\t');
    return {
      file: f[at('local_file')]!,
      sourcePath: f[at('source_path')]!,
      formType: f[at('form_type')]!,
      issuerName: f[at('issuer_name')]!,
      issuerCik: String(Number(f[at('issuer_cik')])),
      accession: f[at('accession')]!,
      period: f[at('period')]!,
    };
  });
}

/** Issuers with their corpus filings that have a real accession number. */
export function buildIssuers(corpus: string): { issuers: Map<string, FakeIssuer>; documents: Map<string, string> } {
  const byCik = new Map<string, { rows: ManifestRow[]; tickers: Map<string, number> }>();
  for (const row of readManifest(corpus)) {
    if (!/^\d{10}-\d{2}-\d{6}$/.test(row.accession)) continue;
    const xml = readFileSync(path.join(corpus, row.file), 'utf8');
    const ticker = /<issuerTradingSymbol>\s*([^<\s]+)/.exec(xml)?.[1]?.toUpperCase();
    const entry = byCik.get(row.issuerCik) ?? { rows: [] as ManifestRow[], tickers: new Map<string, number>() };
    entry.rows.push(row);
    if (ticker && ticker !== 'NONE') entry.tickers.set(ticker, (entry.tickers.get(ticker) ?? 0) + 1);
    byCik.set(row.issuerCik, entry);
  }
  const issuers = new Map<string, FakeIssuer>();
  const documents = new Map<string, string>();
  for (const [cik, { rows, tickers }] of byCik) {
    const ticker = [...tickers].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (!ticker) continue;
    const seen = new Set<string>();
    const filings: FakeFiling[] = [];
    for (const row of rows) {
      if (seen.has(row.accession)) continue;
      seen.add(row.accession);
      const file = path.basename(row.sourcePath).replace(/[^A-Za-z0-9._-]/g, '_') || 'form.xml';
      const name = /\.xml$/i.test(file) ? file : `${file}.xml`;
      const folder = `/Archives/edgar/data/${cik}/${dashless(row.accession)}`;
      const documentPath = `${folder}/${name}`;
      documents.set(documentPath, path.join(corpus, row.file));
      filings.push({
        accession: row.accession,
        formType: row.formType.replace('-A', '/A'),
        // Form 4s are due two business days after the trade: the period is a fair filing date here.
        filingDate: /^\d{4}-\d{2}-\d{2}$/.test(row.period) ? row.period : '2020-01-01',
        documentPath,
        primaryDocument: `xslF345X05/${name}`,
      });
    }
    filings.sort((a, b) => b.filingDate.localeCompare(a.filingDate) || b.accession.localeCompare(a.accession));
    issuers.set(cik, { cik, ticker, name: rows[rows.length - 1]!.issuerName, filings });
  }
  return { issuers, documents };
}

interface IndexedSubmission {
  accession: string;
  formType: string;
  /** One per filer: the issuer and each reporting owner. */
  filers: Array<{ name: string; cik: string; archivePath: string }>;
}

/** The corpus submissions by filing day, and where each one is served. */
export function buildDays(corpus: string): { days: Map<string, FakeDayFiling[]>; indexed: Map<string, IndexedSubmission>; submissions: Map<string, string> } {
  const days = new Map<string, FakeDayFiling[]>();
  const indexed = new Map<string, IndexedSubmission>();
  const submissions = new Map<string, string>();
  const dir = path.join(corpus, 'submissions');
  for (const file of readdirSync(dir).sort()) {
    const text = readFileSync(path.join(dir, file), 'latin1');
    const documentAt = text.search(/<DOCUMENT>/);
    const header = text.slice(0, documentAt > 0 ? documentAt : 20_000);
    const accession = /(?:ACCESSION NUMBER:\s*|<ACCESSION-NUMBER>)(\d{10}-\d{2}-\d{6})/.exec(header)?.[1];
    const formType = /(?:CONFORMED SUBMISSION TYPE:\s*|<TYPE>)([^\s<]+)/.exec(header)?.[1];
    const date = /(?:FILED AS OF DATE:\s*|<FILING-DATE>)(\d{8})/.exec(header)?.[1];
    if (!accession || !formType || !date) continue;
    const day = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
    const names = [...header.matchAll(/(?:COMPANY CONFORMED NAME:\s*|<CONFORMED-NAME>)([^\r\n<]+)/g)].map((m) => m[1]!.trim());
    const ciks = [...header.matchAll(/(?:CENTRAL INDEX KEY:\s*|<CIK>)(\d+)/g)].map((m) => String(Number(m[1])));
    const filers = ciks.map((cik, i) => ({ name: names[i] ?? 'UNKNOWN', cik, archivePath: `edgar/data/${cik}/${accession}.txt` }));
    for (const filer of filers) submissions.set(`/Archives/${filer.archivePath}`, path.join(dir, file));
    indexed.set(accession, { accession, formType, filers });
    days.set(day, [...(days.get(day) ?? []), { accession, formType, paths: filers.map((f) => `/Archives/${f.archivePath}`) }]);
  }
  return { days, indexed, submissions };
}

/** A day's `form.YYYYMMDD.idx` lines: each filing once per filer, among filings of other forms. */
export function dayLines(day: string, filings: FakeDayFiling[], indexed: Map<string, IndexedSubmission>): string[] {
  const ymd = day.replace(/-/g, '');
  const lines: string[] = [];
  for (const { accession } of filings) {
    const sub = indexed.get(accession);
    for (const filer of sub?.filers ?? []) lines.push(indexLine(sub!.formType, filer.name, filer.cik, ymd, filer.archivePath));
  }
  // Other forms share the index; their documents do not exist here, so fetching one is a bug.
  lines.push(indexLine('8-K', 'SOME OTHER CORP', '99001', ymd, `edgar/data/99001/0000099001-${ymd.slice(2, 4)}-000001.txt`));
  lines.push(indexLine('SC 13G/A', 'A FUND  LP', '99002', ymd, `edgar/data/99002/0000099002-${ymd.slice(2, 4)}-000002.txt`));
  return lines.sort();
}

function indexLine(form: string, company: string, cik: string, ymd: string, archivePath: string): string {
  return `${form.padEnd(17)}${company.slice(0, 60).padEnd(62)}${cik.padEnd(12)}${ymd.padEnd(12)}${archivePath}`;
}

export function dailyIndexText(day: string, dayLines: string[]): string {
  const date = new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
  return [
    'Description:           Daily Index of EDGAR Dissemination Feed by Form Type',
    `Last Data Received:    ${date}`,
    'Comments:              webmaster@sec.gov',
    'Anonymous FTP:         ftp://ftp.sec.gov/edgar/',
    '',
    '',
    '',
    'Form Type   Company Name                                                  CIK',
    '      Date Filed  File Name',
    '-'.repeat(141),
    ...dayLines,
    '',
  ].join('\n');
}

function columns(filings: Array<{ accession: string; form: string; filingDate: string; primaryDocument: string }>) {
  return {
    accessionNumber: filings.map((f) => f.accession),
    filingDate: filings.map((f) => f.filingDate),
    reportDate: filings.map((f) => f.filingDate),
    acceptanceDateTime: filings.map((f) => `${f.filingDate}T17:30:0${f.accession.slice(-1)}.000Z`),
    act: filings.map((f) => (f.form === '10-K' ? '34' : '')),
    form: filings.map((f) => f.form),
    fileNumber: filings.map(() => ''),
    filmNumber: filings.map(() => ''),
    items: filings.map(() => ''),
    size: filings.map(() => 4321),
    isXBRL: filings.map(() => 0),
    isInlineXBRL: filings.map(() => 0),
    primaryDocument: filings.map((f) => f.primaryDocument),
    primaryDocDescription: filings.map((f) => (f.form.startsWith('10') ? 'Annual report' : 'PRIMARY DOCUMENT')),
  };
}

/** SIC codes as EDGAR's submissions JSON gives them for two corpus issuers (others: blank, as for a person). */
const SIC_CODES: Record<string, { sic: string; sicDescription: string }> = {
  '1441816': { sic: '7372', sicDescription: 'Services-Prepackaged Software' },
  '1318605': { sic: '3711', sicDescription: 'Motor Vehicles & Passenger Car Bodies' },
};

export function submissionsJson(issuer: FakeIssuer): { main: unknown; page: unknown; pageName: string } {
  const asRow = (f: FakeFiling) => ({ accession: f.accession, form: f.formType, filingDate: f.filingDate, primaryDocument: f.primaryDocument });
  const split = Math.ceil(issuer.filings.length / 2);
  const recent = issuer.filings.slice(0, split).map(asRow);
  const older = issuer.filings.slice(split).map(asRow);
  // Filings of other forms sit among them and must be left alone.
  recent.splice(1, 0, { accession: `${pad(issuer.cik)}-99-000010`, form: '10-K', filingDate: recent[0]?.filingDate ?? '2020-01-01', primaryDocument: 'annual-report.htm' });
  older.push({ accession: `${pad(issuer.cik)}-98-000011`, form: '8-K', filingDate: '2001-01-02', primaryDocument: 'current-report.htm' });
  const pageName = `CIK${pad(issuer.cik)}-submissions-001.json`;
  const main = {
    cik: issuer.cik,
    entityType: 'operating',
    ...(SIC_CODES[issuer.cik] ?? { sic: '', sicDescription: '' }),
    name: issuer.name,
    tickers: [issuer.ticker],
    exchanges: ['Nasdaq'],
    filings: {
      recent: columns(recent),
      files: [{ name: pageName, filingCount: older.length, filingFrom: older[older.length - 1]!.filingDate, filingTo: older[0]!.filingDate }],
    },
  };
  return { main, page: columns(older), pageName };
}

/** A path served as given (a binary zip, say): what test/fake-edgar/datasets.ts adds. */

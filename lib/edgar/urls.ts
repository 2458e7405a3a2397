// Where things live on EDGAR. Pure string work, so the layout is written down in one place (the
// look-alike test server serves the same paths).
import { padCik, parseCik } from '../domain/cik';

export interface EdgarHosts {
  /** `https://www.sec.gov`: archives, indexes, the tickers file. */
  baseUrl: string;
  /** `https://data.sec.gov`: the submissions JSON. */
  dataUrl: string;
}

/**
 * The CIK an EDGAR address is built from, unpadded; throws naming `what` (the parameter or field it
 * came from) when the value is not a CIK: a path must never carry anything else.
 */
export function requireCik(value: string | number, what: string): string {
  const cik = parseCik(value);
  if (cik === null) throw new Error(`${what} "${value}" is not a CIK (expected up to 10 digits)`);
  return cik;
}

export const tickersUrl = (h: EdgarHosts): string => `${h.baseUrl}/files/company_tickers.json`;

export const submissionsUrl = (h: EdgarHosts, cik: string): string =>
  `${h.dataUrl}/submissions/CIK${padCik(requireCik(cik, 'cik'))}.json`;

/** An older page named in `filings.files`, e.g. `CIK0000046129-submissions-001.json`. */
export function submissionsPageUrl(h: EdgarHosts, name: string): string {
  if (!/^[A-Za-z0-9._-]+\.json$/.test(name)) throw new Error(`unexpected submissions page name "${name}"`);
  return `${h.dataUrl}/submissions/${name}`;
}

/** The filing's folder: `.../Archives/edgar/data/46129/000114036113023133`. */
export const filingFolderUrl = (h: EdgarHosts, cik: string, accession: string): string =>
  `${h.baseUrl}/Archives/edgar/data/${requireCik(cik, 'cik')}/${accession.replace(/-/g, '')}`;

/**
 * The raw ownership XML of a filing. `primaryDocument` usually names the HTML rendering
 * (`xslF345X05/form4.xml`); the raw XML sits beside it without the `xsl...` folder.
 * `null` when the primary document is not XML (filings from before the XML era): then the
 * complete submission `.txt` is the thing to read.
 */
export function rawDocumentUrl(h: EdgarHosts, cik: string, accession: string, primaryDocument: string): string | null {
  const file = primaryDocument.replace(/^xsl[^/]*\//i, '');
  if (!/\.xml$/i.test(file) || file.includes('..')) return null;
  return `${filingFolderUrl(h, cik, accession)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** The complete submission: `.../Archives/edgar/data/46129/0001140361-13-023133.txt`. */
export const submissionTextUrl = (h: EdgarHosts, cik: string, accession: string): string =>
  `${h.baseUrl}/Archives/edgar/data/${requireCik(cik, 'cik')}/${accession}.txt`;

/** A path as the indexes write it (`edgar/data/46129/0001140361-13-023133.txt`) made absolute. */
export function archivePathUrl(h: EdgarHosts, archivePath: string): string {
  if (!/^edgar\/data\/\d+\/[A-Za-z0-9._/-]+$/.test(archivePath) || archivePath.includes('..')) {
    throw new Error(`unexpected archive path "${archivePath}"`);
  }
  return `${h.baseUrl}/Archives/${archivePath}`;
}

/** `2024-08-01` → `.../Archives/edgar/daily-index/2024/QTR3/form.20240801.idx`. */
export function dailyIndexUrl(h: EdgarHosts, day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`not a day: "${day}" (expected YYYY-MM-DD)`);
  const quarter = Math.floor((Number(m[2]) - 1) / 3) + 1;
  return `${h.baseUrl}/Archives/edgar/daily-index/${m[1]}/QTR${quarter}/form.${m[1]}${m[2]}${m[3]}.idx`;
}

/** Today's date on EDGAR's clock (New York), `YYYY-MM-DD`. */
export function edgarToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

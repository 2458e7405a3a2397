// Display formatting shared by pages, tables and the summary sentence. Values arrive as filed:
// a number, the filed text when it was not a number, or null.
import { padCik } from './domain/cik';
import { groupThousands } from './thousands';

type Filed = number | string | null | undefined;

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 });
const wholeMoney = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const longDate = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/**
 * `format` with each input's text kept (up to 10,000, then started afresh): a table's or chart's
 * cells share few dates and amounts, the same page is asked for again and again, and Intl's
 * formatting is the costly part of a cell. Zero is formatted each time (a Map holds -0 and 0 as one).
 */
export function keptByInput<I extends string | number>(format: (input: I) => string): (input: I) => string {
  const kept = new Map<I, string>();
  return (input) => {
    if (input === 0) return format(input);
    let text = kept.get(input);
    if (text === undefined) {
      text = format(input);
      if (kept.size >= 10_000) kept.clear();
      kept.set(input, text);
    }
    return text;
  };
}

const decimalOf = keptByInput((n: number) => decimal.format(n));
const moneyOf = keptByInput((n: number) => money.format(n));
const wholeMoneyOf = keptByInput((n: number) => wholeMoney.format(n));

/** Shares: thousands separators, fractions kept ("1,234.5"); text as filed; null → "". */
export function formatShares(value: Filed): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Number.isSafeInteger(value)) return groupThousands(value);
  return Number.isInteger(value) ? integer.format(value) : decimalOf(value);
}

/** Prices: "$7.00", "$1,234.5678"; text as filed. */
export function formatPrice(value: Filed): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return moneyOf(value);
}

/** Dollar totals rounded to the dollar: "$5,495". */
export function formatDollars(value: Filed): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Number.isSafeInteger(value)) return `${value < 0 ? '-' : ''}$${groupThousands(Math.abs(value))}`;
  return wholeMoneyOf(value);
}

function toDate(iso: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

const longDateOf = keptByInput((iso: string) => {
  const d = toDate(iso);
  return d ? longDate.format(d) : iso;
});

/** "2013-05-21" → "May 21, 2013"; anything else as filed. */
export function formatLongDate(iso: string | null | undefined): string {
  return iso ? longDateOf(iso) : '';
}

const shortDateOf = keptByInput((iso: string) => {
  const d = toDate(iso);
  return d ? shortDate.format(d) : iso;
});

/** "2013-05-21" → "May 21, 2013" in tables (short month); anything else as filed. */
export function formatShortDate(iso: string | null | undefined): string {
  return iso ? shortDateOf(iso) : '';
}

export function edgarIssuerUrl(cik: string): string {
  return `https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=${padCik(cik)}&type=&dateb=&owner=include&count=40`;
}

/** The filing's index page on EDGAR; `null` for ids we derived ourselves (not real accessions). */
export function edgarFilingUrl(accession: string, issuerCik: string): string | null {
  if (!/^\d{10}-\d{2}-\d{6}$/.test(accession)) return null;
  return `https://www.sec.gov/Archives/edgar/data/${Number(issuerCik)}/${accession.replace(/-/g, '')}/${accession}-index.htm`;
}

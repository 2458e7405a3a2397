// Values that are probably typing mistakes, kept as filed and flagged, never changed. A flagged row
// stays on every table but leaves value rankings and totals.

export type SuspectFlag =
  | 'price-outlier'
  | 'negative-shares'
  | 'negative-price'
  | 'date-after-filing'
  | 'date-before-1990'
  | 'value-over-10b';

export const SUSPECT_FLAG_TEXT: Readonly<Record<SuspectFlag, string>> = {
  'price-outlier': "the price is far from the issuer's other prices in the same days (often a total typed as a price)",
  'negative-shares': 'the number of shares is negative',
  'negative-price': 'the price is negative',
  'date-after-filing': 'the transaction date is after the filing date',
  'date-before-1990': 'the transaction date is before 1990',
  'value-over-10b': 'the value is over $10 billion',
};

/** A price this many times the median of the issuer's other prices in the window (or a fraction as small) is an outlier. */
export const OUTLIER_RATIO = 10;
/** Days either side of the trade whose prices are compared. */
export const OUTLIER_WINDOW_DAYS = 7;
/** Other prices needed before a price can be called an outlier. */
export const OUTLIER_MIN_PEERS = 2;
const TEN_BILLION = 10_000_000_000;

type Row = {
  shares: number | string | null;
  pricePerShare: number | string | null;
  value: number | null;
  transactionDate: string | null;
};

/** The flags a row earns on its own (without comparing it with other rows). */
export function rowFlags(row: Row, filedAt: string | null): SuspectFlag[] {
  const flags: SuspectFlag[] = [];
  if (typeof row.shares === 'number' && row.shares < 0) flags.push('negative-shares');
  if (typeof row.pricePerShare === 'number' && row.pricePerShare < 0) flags.push('negative-price');
  const date = row.transactionDate;
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    if (filedAt && /^\d{4}-\d{2}-\d{2}$/.test(filedAt) && date > filedAt) flags.push('date-after-filing');
    if (date < '1990-01-01') flags.push('date-before-1990');
  }
  if (row.value !== null && Math.abs(row.value) > TEN_BILLION) flags.push('value-over-10b');
  return flags;
}

/** Whether `price` is an outlier among `others` (the issuer's other prices in the same days). */
export function isPriceOutlier(price: number, others: readonly number[]): boolean {
  const peers = others.filter((p) => p > 0);
  if (price <= 0 || peers.length < OUTLIER_MIN_PEERS) return false;
  const sorted = [...peers].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return isFarFromMedian(price, median);
}

/** Whether a positive `price` is an outlier beside `median`, the median of its peers' positive prices (isPriceOutlier's last step). */
export function isFarFromMedian(price: number, median: number): boolean {
  return price >= median * OUTLIER_RATIO || price * OUTLIER_RATIO <= median;
}

/** Flags as stored: a comma list, '' for none. */
export function joinFlags(flags: readonly SuspectFlag[]): string {
  return flags.join(',');
}

export function splitFlags(stored: string | null | undefined): SuspectFlag[] {
  return stored ? (stored.split(',').filter((f) => f in SUSPECT_FLAG_TEXT) as SuspectFlag[]) : [];
}

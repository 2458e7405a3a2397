// Small pieces of English the sentence is built from.
import { formatLongDate } from '@/lib/format';
import type { SummaryRow } from './types';

type Filed = number | string | null | undefined;

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

export function isNumber(value: Filed): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** " on May 21, 2013", or " between … and …" for several dates. */
export function datePhrase(rows: SummaryRow[]): string {
  const dates = [...new Set(rows.map((r) => r.transactionDate).filter((d): d is string => !!d))].sort();
  if (dates.length === 0) return '';
  if (dates.length === 1) return ` on ${formatLongDate(dates[0])}`;
  return ` between ${formatLongDate(dates[0])} and ${formatLongDate(dates[dates.length - 1])}`;
}

/** "$10.00" or "$10.00–$10.50". */
export function rangePhrase(values: number[], format: (n: number) => string): string {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min === max ? format(min) : `${format(min)}–${format(max)}`;
}

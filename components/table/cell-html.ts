// The transactions table's cells as HTML text. The body is static markup (plain links, and marks
// whose explanation shows on hover and focus by CSS: components/ui/tip.tsx), fifty rows of twelve
// cells: written as text it costs the server a fraction of rendering each element with React, which
// takes it as the body's inner HTML. Every value from a filing goes through `esc`.
import { formatDollars, formatPrice, formatShares, formatShortDate } from '@/lib/format';
import type { FiledNumber } from '@/lib/parser/types';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

/** Text or an attribute's value, escaped as React escapes them. */
export function esc(text: string | number): string {
  const s = String(text);
  return NEEDS_ESCAPE.test(s) ? s.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : s;
}
const NEEDS_ESCAPE = /[&<>"']/;

/** An element: `attributes` are left out when undefined; `inner` is HTML. */
export function el(tag: string, attributes: Readonly<Record<string, string | number | undefined>>, inner: string): string {
  let open = `<${tag}`;
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined) open += ` ${name}="${esc(value)}"`;
  }
  return `${open}>${inner}</${tag}>`;
}

/** Nothing filed. */
export const DASH = '<span class="faint">—</span>';

/** A mark whose explanation shows on hover and keyboard focus: the markup of components/ui/tip.tsx. */
export function tip(id: string, className: string, text: string, inner: string): string {
  return `<span class="tip">${el('span', { tabindex: 0, class: className, 'aria-describedby': id }, inner)}${el('span', { role: 'tooltip', id }, esc(text))}</span>`;
}

const formatters = { shares: formatShares, price: formatPrice, dollars: formatDollars } as const;

/** A filed amount as components/ui/amount.tsx shows it: formatted, text filed in its place muted, nothing filed a dash. */
export function amountHtml(value: FiledNumber | undefined, as: keyof typeof formatters): string {
  if (value === null || value === undefined || value === '') return DASH;
  if (typeof value === 'string') return `<span class="italic muted">${esc(value)}</span>`;
  // Whole shares and whole dollars (values are sent in whole dollars) are most of a page's amounts:
  // grouped here, as lib/format's Intl formats write them, without an Intl call each.
  if (as !== 'price' && Number.isSafeInteger(value)) return as === 'dollars' ? `${value < 0 ? '-' : ''}$${grouped(Math.abs(value))}` : grouped(value);
  return esc(formatters[as](value));
}

/** 1234567 → "1,234,567" (a safe integer). */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const shortDates = new Map<string, string>();

/** "May 21, 2013", escaped; kept, as a page's rows share a few dates and Intl's formatting is the costly part of a cell. */
export function shortDateHtml(iso: string): string {
  let text = shortDates.get(iso);
  if (text === undefined) {
    if (shortDates.size >= 10_000) shortDates.clear();
    text = esc(formatShortDate(iso));
    shortDates.set(iso, text);
  }
  return text;
}

// How an issuer's SIC code reads on a page: EDGAR's title for it in sentence case, with the code.
import type { Industry } from '../parser/types';

/** Words of EDGAR's SIC titles that stay in capitals ("MACHINERY, NEC": not elsewhere classified). */
const KEPT_CAPITALS = new Set(['NEC', 'TV']);

/**
 * EDGAR's title (`SPECIAL INDUSTRY MACHINERY, NEC`, or the submissions JSON's `Motor Vehicles &
 * Passenger Car Bodies`) in sentence case: `Special industry machinery, NEC`.
 */
export function industryTitle(title: string): string {
  const lower = title.trim().replace(/\s+/g, ' ').toLowerCase();
  const kept = lower.replace(/[a-z]+/g, (word) => (KEPT_CAPITALS.has(word.toUpperCase()) ? word.toUpperCase() : word));
  return kept.charAt(0).toUpperCase() + kept.slice(1);
}

/** `Motor vehicles & passenger car bodies (SIC 3711)`, or `SIC 3711` where only the code is known. */
export function industryLabel(industry: Industry): string {
  return industry.title ? `${industryTitle(industry.title)} (SIC ${industry.sic})` : `SIC ${industry.sic}`;
}

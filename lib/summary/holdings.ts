// What is held after the filing: "now holds 12,759 shares directly", "reported holding … and options on 50,000 shares".
import { formatShares } from '@/lib/format';
import { reportedHoldings } from '@/lib/domain/holdings';
import { amountOf } from './amounts';
import { isNumber, sum } from './english';
import { derivativeNoun, derivativeUnit, securityKey, securityOf, securityPhrase, unitOf } from './securities';
import type { Context, SummaryFiling, SummaryRow } from './types';

export interface Holding { direct: number; indirect: number }

/**
 * What is held after the filing of one security: each holding the filing reports (lib/domain/holdings.ts:
 * held directly, or indirectly in one way, a trust or each fund), summed directly and indirectly.
 */
export function holdingsAfter(rows: SummaryRow[], title: string): Holding | null {
  const wanted = securityKey(title);
  const held = reportedHoldings(rows.filter((row) => securityKey(row.securityTitle) === wanted))
    .flatMap((h) => (isNumber(h.sharesOwnedAfter) ? [{ indirect: (h.directOrIndirect ?? 'D').toUpperCase() === 'I', amount: h.sharesOwnedAfter }] : []));
  if (held.length === 0) return null;
  return {
    direct: sum(held.filter((h) => !h.indirect).map((h) => h.amount)),
    indirect: sum(held.filter((h) => h.indirect).map((h) => h.amount)),
  };
}

/** "12,759 shares directly", "… directly and 3,000 indirectly". */
export function holdingWords(h: Holding, unit: string): string {
  const d = `${formatShares(h.direct)} ${unit}`;
  if (h.indirect === 0) return `${d} directly`;
  if (h.direct === 0) return `${formatShares(h.indirect)} ${unit} indirectly`;
  return `${d} directly and ${formatShares(h.indirect)} indirectly`;
}

function distinctTitles(rows: SummaryRow[]): string[] {
  const seen = new Map<string, string>();
  for (const row of rows) {
    const key = securityKey(row.securityTitle);
    if (!seen.has(key)) seen.set(key, row.securityTitle ?? '');
  }
  return [...seen.values()];
}

/**
 * A title that says nothing is held: before the form had its "no securities owned" box, filers wrote
 * it as a holding ("No securities are beneficially owned", 0 shares: Max Levchin's Form 3 at Yahoo, 2012).
 */
export const SAYS_NONE_HELD = /^\s*(none\b|no\s+(securities|shares)\b)/i;

/** Every security held, for a filing without transactions (a Form 3, a holdings-only Form 5). */
export function holdingsList(filing: SummaryFiling, ctx: Context): string[] {
  const items: string[] = [];
  for (const title of distinctTitles(filing.nonDerivative)) {
    if (SAYS_NONE_HELD.test(title)) continue;
    const h = holdingsAfter(filing.nonDerivative, title);
    if (h) items.push(holdingWords(h, unitOf(securityOf(title, ctx))));
  }
  for (const title of distinctTitles(filing.derivative)) {
    const rows = filing.derivative.filter((r) => securityKey(r.securityTitle) === securityKey(title));
    const noun = derivativeNoun(title);
    const underlying = amountOf(rows, 'underlyingShares');
    if ((noun === 'options' || noun === 'warrants') && underlying && 'shares' in underlying) {
      items.push(`${noun} on ${formatShares(underlying.shares)} shares`);
    } else if (underlying && 'shares' in underlying) {
      const phrase = noun || securityPhrase(title);
      const shares = formatShares(underlying.shares);
      items.push(/preferred|convertible|\bnotes?\b|class \w+ common/i.test(phrase) ? `${phrase} convertible into ${shares} shares` : `${phrase} (${shares} underlying shares)`);
    } else {
      const h = holdingsAfter(rows, title);
      items.push(h ? holdingWords(h, derivativeUnit(title)) : noun || securityPhrase(title));
    }
  }
  return items;
}

import type { FiledNumber } from '@/lib/parser/types';
import { Amount } from '@/components/ui/amount';

/** Security titles longer than this may be cut to the cell's width: the whole of it on hover. */
const CUT_SECURITY = 40;

/**
 * What someone holds of one security after their latest report, directly and indirectly (lib/domain/
 * holdings.ts holdingTotals), the security under it; a dash when they report no such holding. Styled
 * by the cell it is in (app/styles/pages.css): the insiders list's fourth, or `td.held`.
 */
export function HeldAmounts({ direct, indirect, indirectHoldings, security }: {
  direct: FiledNumber;
  indirect: FiledNumber;
  indirectHoldings: number;
  security: string | null;
}) {
  return (
    <>
      {direct === null && indirect === null ? <Amount value={null} as="shares" /> : null}
      {direct === null ? null : <div><Amount value={direct} as="shares" /> <small>direct</small></div>}
      {indirect === null ? null : (
        <div><Amount value={indirect} as="shares" /> <small>{indirectHoldings > 1 ? `indirect, ${indirectHoldings} holdings` : 'indirect'}</small></div>
      )}
      {security ? <span title={security.length > CUT_SECURITY ? security : undefined}>{security}</span> : null}
    </>
  );
}

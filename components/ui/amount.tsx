import type { ReactNode } from 'react';
import { formatDollars, formatPrice, formatShares } from '@/lib/format';
import type { FiledNumber } from '@/lib/parser/types';

const formatters = { shares: formatShares, price: formatPrice, dollars: formatDollars } as const;

type AmountProps = { value: FiledNumber | undefined; as: keyof typeof formatters; blank?: boolean };

/**
 * A filed amount, formatted; text filed in its place (e.g. "See footnote") is shown as filed, muted.
 * A missing amount is a dash, or nothing where the paper form leaves the cell empty (`blank`).
 */
export function Amount(props: AmountProps) {
  return amount(props);
}

/** Amount's markup as a call: dense tables (four amounts a row, fifty rows) call it rather than render a component each. */
export function amount({ value, as, blank = false }: AmountProps): ReactNode {
  if (value === null || value === undefined || value === '') return blank ? null : <span className="faint">—</span>;
  if (typeof value === 'string') return <span className="italic muted">{value}</span>;
  return formatters[as](value);
}

import { formatDollars, formatPrice, formatShares } from '@/lib/format';
import type { FiledNumber } from '@/lib/parser/types';

const formatters = { shares: formatShares, price: formatPrice, dollars: formatDollars } as const;

/** A filed amount, formatted; text filed in its place (e.g. "See footnote") is shown as filed, muted. */
export function Amount({ value, as }: { value: FiledNumber | undefined; as: keyof typeof formatters }) {
  if (value === null || value === undefined || value === '') return <span className="faint">—</span>;
  if (typeof value === 'string') return <span className="italic muted">{value}</span>;
  return <>{formatters[as](value)}</>;
}

const monthName = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const labels = new Map<string, string>();

/**
 * "2021-05" → "May 2021". Kept by month: a chart names each month three times (two bars and a
 * table row), and Intl's formatting is the costly part of drawing it.
 */
export function formatMonth(month: string): string {
  let label = labels.get(month);
  if (label === undefined) {
    label = monthName.format(Date.parse(`${month}-01T00:00:00Z`));
    if (labels.size >= 10_000) labels.clear();
    labels.set(month, label);
  }
  return label;
}

// A safe integer grouped by thousands (1234567 → "1,234,567"), as en-US Intl formats group, without
// Intl: tables show hundreds of whole amounts and an Intl call each is their cost, and a command's
// first Intl call loads ICU's number formats (about 25 ms of a run of seconds).
export function groupThousands(n: number): string {
  const digits = String(n < 0 ? -n : n);
  let end = digits.length % 3 || 3;
  let out = digits.slice(0, end);
  for (; end < digits.length; end += 3) out += `,${digits.slice(end, end + 3)}`;
  return n < 0 ? `-${out}` : out;
}

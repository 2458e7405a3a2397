// Transaction codes from the SEC's Form 4 General Instructions, section 8.
export const TRANSACTION_CODES: Readonly<Record<string, string>> = {
  P: 'Open-market or private purchase',
  S: 'Open-market or private sale',
  V: 'Voluntarily reported transaction',
  A: 'Grant or award',
  D: 'Disposition to the issuer',
  F: 'Tax withholding or exercise price paid with securities',
  I: 'Discretionary transaction',
  M: 'Option exercise or conversion (exempt)',
  C: 'Conversion of a derivative security',
  E: 'Expiration of a short derivative position',
  H: 'Expiration or cancellation of a long derivative position',
  O: 'Exercise of an out-of-the-money derivative',
  X: 'Exercise of an in-the-money or at-the-money derivative',
  G: 'Gift',
  L: 'Small acquisition',
  W: 'Acquisition or disposition by will or the laws of descent',
  Z: 'Deposit into or withdrawal from a voting trust',
  J: 'Other acquisition or disposition',
  K: 'Equity swap or similar instrument',
  U: 'Disposition in a change-of-control tender',
};

/** Short verbs for sentences: "bought", "sold", ... */
export const TRANSACTION_VERBS: Readonly<Record<string, { acquired: string; disposed: string }>> = {
  P: { acquired: 'bought', disposed: 'bought' },
  S: { acquired: 'sold', disposed: 'sold' },
  A: { acquired: 'was granted', disposed: 'returned' },
  M: { acquired: 'exercised', disposed: 'exercised' },
  X: { acquired: 'exercised', disposed: 'exercised' },
  C: { acquired: 'converted into', disposed: 'converted' },
  F: { acquired: 'withheld', disposed: 'had withheld for taxes' },
  G: { acquired: 'received as a gift', disposed: 'gave away' },
  D: { acquired: 'acquired', disposed: 'disposed of to the issuer' },
};

export function describeCode(code: string | null | undefined): string | null {
  if (!code) return null;
  return TRANSACTION_CODES[code.toUpperCase()] ?? null;
}

import { describeCode } from '@/lib/transaction-codes';

// Short forms of the SEC's code meanings for dense tables; the full meaning is the tooltip.
const SHORT: Readonly<Record<string, string>> = {
  P: 'Purchase',
  S: 'Sale',
  V: 'Voluntary',
  A: 'Grant',
  D: 'To issuer',
  F: 'Tax withholding',
  I: 'Discretionary',
  M: 'Option exercise',
  C: 'Conversion',
  E: 'Short expiration',
  H: 'Long expiration',
  O: 'OTM exercise',
  X: 'Option exercise',
  G: 'Gift',
  L: 'Small acquisition',
  W: 'Will or descent',
  Z: 'Voting trust',
  J: 'Other',
  K: 'Equity swap',
  U: 'Tender',
};

export function shortCodeMeaning(code: string | null | undefined): string | null {
  return code ? (SHORT[code.toUpperCase()] ?? null) : null;
}

const tone: Readonly<Record<string, string>> = {
  P: 'text-emerald-700 dark:text-emerald-400',
  S: 'text-rose-700 dark:text-rose-400',
};

/** "P Purchase": the code and what it means, with the SEC's full wording on hover. */
export function CodeLabel({ code, kind }: { code: string | null; kind?: 'transaction' | 'holding' }) {
  if (!code) {
    return <span className="text-zinc-500 dark:text-zinc-400">{kind === 'holding' ? 'Holding' : '—'}</span>;
  }
  const meaning = describeCode(code);
  const short = shortCodeMeaning(code);
  return (
    <span className="whitespace-nowrap" title={meaning ?? `Code ${code}`}>
      <span className={`font-mono font-semibold ${tone[code.toUpperCase()] ?? ''}`}>{code}</span>
      {short ? <span className="ml-1.5 text-zinc-600 dark:text-zinc-400">{short}</span> : null}
    </span>
  );
}

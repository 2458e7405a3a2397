import { describeCode } from '@/lib/domain/transaction-codes';

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

const tone: Readonly<Record<string, string>> = { P: 'tone-buy', S: 'tone-sell' };

/** "P Purchase": the code and what it means, with the SEC's full wording on hover. */
export function CodeLabel({ code, kind }: { code: string | null | undefined; kind?: 'transaction' | 'holding' }) {
  if (!code) {
    return <span className="muted">{kind === 'holding' ? 'Holding' : '—'}</span>;
  }
  const meaning = describeCode(code);
  const short = shortCodeMeaning(code);
  // Classes in app/styles/pages.css (.code): a table repeats this on every row.
  return (
    <span className="code" title={meaning ?? `Code ${code}`}>
      <b className={tone[code.toUpperCase()]}>{code}</b>
      {short ? <span>{short}</span> : null}
    </span>
  );
}

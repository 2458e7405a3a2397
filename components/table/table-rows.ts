// What the transactions island receives: the fields its cells show and nothing else, and what a
// filing's rows have in common (its form, date, owner or issuer, roles) once per filing instead of on
// every row. The props are serialized into each page's RSC payload; a big filing's 50 rows used to
// carry its owner and roles 50 times, with columns the table never shows.
import type { FiledNumber, Roles, TransactionRow } from '@/db/queries/types';

/** A filing as the table shows it. Absent fields were not filed (null in the query's row). */
export type TableFiling = Partial<Roles> & {
  accession: string;
  formType: string;
  filedAt?: string;
  /** Issuer pages: the reporting owner shown for the filing. */
  ownerCik?: string;
  ownerName?: string;
  /** Reporting owners on the filing, when more than one (a joint filing). */
  ownerCount?: number;
  /** Person pages: the issuer. */
  issuerCik?: string;
  issuerName?: string;
  issuerTicker?: string;
};

/** One line of Table I or II; `filing` indexes the filings sent with the rows. */
export type TableRow = {
  id: number;
  filing: number;
  derivative?: true;
  holding?: true;
  securityTitle?: string;
  transactionDate?: string;
  code?: string;
  acquiredDisposed?: string;
  shares?: Exclude<FiledNumber, null>;
  pricePerShare?: Exclude<FiledNumber, null>;
  value?: number;
  sharesOwnedAfter?: Exclude<FiledNumber, null>;
  directOrIndirect?: string;
};

export type TableRows = { filings: TableFiling[]; rows: TableRow[] };

/** `target` with the entries of `source` that are not null (RSC writes out nulls and falses, not missing keys). */
function present<T extends object>(target: T, source: Record<string, unknown>): T {
  for (const [key, value] of Object.entries(source)) {
    if (value !== null && value !== undefined && value !== false) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}

/** The query's rows as the island takes them: issuer pages name each row's owner, person pages its issuer. */
export function toTableRows(rows: readonly TransactionRow[], variant: 'issuer' | 'person'): TableRows {
  const filings: TableFiling[] = [];
  const indexOf = new Map<string, number>();
  const out: TableRow[] = rows.map((r) => {
    const filing = present<TableFiling>({ accession: r.accession, formType: r.formType }, {
      filedAt: r.filedAt,
      ...(variant === 'issuer'
        ? { ownerCik: r.ownerCik, ownerName: r.ownerName, ownerCount: r.ownerCount > 1 ? r.ownerCount : null }
        : { issuerCik: r.issuerCik, issuerName: r.issuerName, issuerTicker: r.issuerTicker }),
      isDirector: r.isDirector,
      isOfficer: r.isOfficer,
      isTenPercentOwner: r.isTenPercentOwner,
      isOther: r.isOther,
      officerTitle: r.officerTitle,
      otherText: r.otherText,
    });
    // Rows of one filing usually show the same owner; when they do not (an insider filtered on), they get a filing each.
    const key = JSON.stringify(filing);
    let index = indexOf.get(key);
    if (index === undefined) {
      index = filings.push(filing) - 1;
      indexOf.set(key, index);
    }
    return present<TableRow>({ id: r.id, filing: index }, {
      derivative: r.table === 'D',
      holding: r.kind === 'holding',
      securityTitle: r.securityTitle,
      transactionDate: r.transactionDate,
      code: r.code,
      acquiredDisposed: r.acquiredDisposed,
      shares: r.shares,
      pricePerShare: r.pricePerShare,
      value: r.value,
      sharesOwnedAfter: r.sharesOwnedAfter,
      directOrIndirect: r.directOrIndirect,
    });
  });
  return { filings, rows: out };
}

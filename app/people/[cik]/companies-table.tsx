import Link from 'next/link';
import { formatShares, formatShortDate } from '@/lib/format';
import type { PersonIssuer } from '@/db/queries/types';
import { ListTable, ShowAllRows, type ListColumn } from '@/components/ui/list-table';
import { RoleBadges } from '@/components/ui/role-badges';
import { mutedClass, sectionTitleClass } from '@/components/ui/styles';

const COLUMNS: ListColumn[] = [
  { label: 'Issuer' },
  { label: 'Roles (latest filing)' },
  { label: 'Last filing' },
  { label: 'Filings', numeric: true },
];

/** The companies a person reported at, newest first (the first `limit`, with a link to all), with the roles on the latest filing there. */
export function CompaniesTable({ issuers, personCik, name, limit, showAllHref }: {
  issuers: PersonIssuer[];
  personCik: string;
  /** The person's readable name, for the caption. */
  name: string;
  limit: number;
  showAllHref: string;
}) {
  return (
    <section aria-labelledby="issuers-title" className="space-y-2">
      <h2 id="issuers-title" className={sectionTitleClass}>
        Companies <span className={`font-normal ${mutedClass}`}>{`(${issuers.length})`}</span>
      </h2>
      <ListTable label="Companies" caption={`Companies where ${name} reported, with the roles on the latest filing there`} columns={COLUMNS}>
        {issuers.slice(0, limit).map((i) => (
          <tr key={i.cik}>
            <td>
              <Link href={`/issuers/${i.cik}`} className="link font-medium">{i.name ?? `CIK ${i.cik}`}</Link>
              {i.ticker ? <span className="ml-1.5 font-mono text-xs muted">{i.ticker}</span> : null}
            </td>
            <td><RoleBadges roles={i} /></td>
            <td className="whitespace-nowrap">{formatShortDate(i.lastFiledAt) || '—'}</td>
            <td className="num">
              <Link href={`/people/${personCik}?issuer=${i.cik}#transactions-title`} className="link" aria-label={`${i.filings} filings: show transactions at ${i.name ?? i.cik}`}>
                {formatShares(i.filings)}
              </Link>
            </td>
          </tr>
        ))}
      </ListTable>
      <ShowAllRows shown={limit} total={issuers.length} which="with the most recent filings" noun="companies" href={showAllHref} />
    </section>
  );
}

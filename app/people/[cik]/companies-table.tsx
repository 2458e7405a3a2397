import Link from 'next/link';
import { formatShares, formatShortDate } from '@/lib/format';
import type { PersonIssuer } from '@/db/queries/types';
import type { PersonHeldLine } from '@/db/queries/people';
import { heldTotals, type ReportedHolding } from '@/lib/domain/holdings';
import { HeldAmounts } from '@/components/ui/held-amounts';
import { ListTable, ShowAllRows, type ListColumn } from '@/components/ui/list-table';
import { RoleBadges } from '@/components/ui/role-badges';
import { mutedClass, sectionTitleClass } from '@/components/ui/styles';

const COLUMNS: ListColumn[] = [
  { label: 'Issuer' },
  { label: 'Roles (latest filing)' },
  { label: 'Last filing' },
  { label: 'Shares held after latest report', numeric: true },
  { label: 'Filings', numeric: true },
];

/** What they hold at `issuerCik`: what the filing of their latest held line there reports. */
function heldAt(issuerCik: string, held: ReadonlyMap<string, PersonHeldLine>, holdings: ReadonlyMap<string, ReportedHolding[]>) {
  const line = held.get(issuerCik);
  if (!line) return { direct: null, indirect: null, indirectHoldings: 0, security: null };
  const totals = heldTotals(holdings.get(line.accession), { ...line, directOrIndirect: line.di });
  return { ...totals, security: line.securityTitle };
}

/** The companies a person reported at, newest first (the first `limit`, with a link to all), with the roles on the latest filing there and what they hold. */
export function CompaniesTable({ issuers, held, holdings, personCik, name, limit, showAllHref }: {
  issuers: PersonIssuer[];
  /** Their latest held line at each issuer (db/queries/people.ts listPersonHeldLines). */
  held: ReadonlyMap<string, PersonHeldLine>;
  /** What the filings of those lines report, by accession, for at least the companies shown. */
  holdings: ReadonlyMap<string, ReportedHolding[]>;
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
      <ListTable label="Companies" caption={`Companies where ${name} reported, with the roles on the latest filing there and the shares held`} columns={COLUMNS}>
        {issuers.slice(0, limit).map((i) => (
          <tr key={i.cik}>
            <td>
              <Link href={`/issuers/${i.cik}`} className="link font-medium">{i.name ?? `CIK ${i.cik}`}</Link>
              {i.ticker ? <span className="ml-1.5 font-mono text-xs muted">{i.ticker}</span> : null}
            </td>
            <td><RoleBadges roles={i} /></td>
            <td className="whitespace-nowrap">{formatShortDate(i.lastFiledAt) || '—'}</td>
            <td className="held"><HeldAmounts {...heldAt(i.cik, held, holdings)} /></td>
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

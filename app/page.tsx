import Link from 'next/link';
import { connection } from 'next/server';
import { formatShortDate } from '@/lib/format';
import { readableName } from '@/lib/domain/names';
import { listLatestFilings } from '@/db/queries/latest';
import { Amount } from '@/components/ui/amount';
import { CodeLabel } from '@/components/ui/code-label';
import { ListTable, type ListColumn } from '@/components/ui/list-table';
import { RoleBadges } from '@/components/ui/role-badges';
import { linkClass, mutedClass, sectionTitleClass } from '@/components/ui/styles';

const COLUMNS: ListColumn[] = [
  { label: 'Filed' },
  { label: 'Form' },
  { label: 'Issuer' },
  { label: 'Insider' },
  { label: 'Role' },
  { label: 'Code' },
  { label: 'Shares', numeric: true },
  { label: 'Price', numeric: true },
  { label: 'Value', numeric: true },
];

export default async function HomePage() {
  // Rendered per request: the latest filings change whenever an ingest runs.
  await connection();
  const filings = listLatestFilings(30);

  return (
    <div className="space-y-8">
      <section className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Who inside a company is buying and selling its stock</h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          When a director, an officer or an owner of more than 10% of a U.S. public company buys, sells or is
          granted its shares, they must tell the SEC within two business days on a Form 4; Forms 3 and 5 report
          their holdings when they join and once a year.
        </p>
        <p className={`text-sm ${mutedClass}`}>
          Search a person, a company, a ticker or a CIK above, or start from the newest filings below.
        </p>
      </section>

      <section aria-labelledby="latest-title" className="space-y-2">
        <h2 id="latest-title" className={sectionTitleClass}>Latest filings</h2>
        {filings.length === 0 ? (
          <p className={mutedClass}>
            No filings loaded yet. Load some with <code className="font-mono">npm run ingest -- ../shared/corpus/xml</code>.
          </p>
        ) : (
          <ListTable label="Latest filings" caption={<>The newest filings, with each filing&rsquo;s main transaction</>} columns={COLUMNS} nowrapHeaders>
            {filings.map((f) => (
              <tr key={f.accession}>
                <td className="whitespace-nowrap">
                  {f.filedAt ? <time dateTime={f.filedAt}>{formatShortDate(f.filedAt)}</time> : <span className={mutedClass}>—</span>}
                </td>
                <td className="whitespace-nowrap">
                  <Link href={`/filings/${encodeURIComponent(f.accession)}`} className={`${linkClass} font-medium`}>
                    Form {f.formType}
                  </Link>
                </td>
                <td>
                  <Link href={`/issuers/${f.issuerCik}`} className={linkClass}>{f.issuerName ?? `CIK ${f.issuerCik}`}</Link>
                  {f.issuerTicker ? <span className={`ml-1.5 font-mono text-xs ${mutedClass}`}>{f.issuerTicker}</span> : null}
                </td>
                <td>
                  {f.ownerCik ? (
                    <Link href={`/people/${f.ownerCik}`} className={linkClass}>{readableName(f.ownerName) || `CIK ${f.ownerCik}`}</Link>
                  ) : (
                    <span className={mutedClass}>—</span>
                  )}
                  {f.ownerCount > 1 ? <span className={`ml-1 text-xs ${mutedClass}`}>+{f.ownerCount - 1}</span> : null}
                </td>
                <td><RoleBadges roles={f} /></td>
                <td>
                  <CodeLabel code={f.code} kind={f.kind ?? undefined} />
                  {f.otherLines > 0 ? <span className={`ml-1 whitespace-nowrap text-xs ${mutedClass}`}>+{f.otherLines} more</span> : null}
                </td>
                <td className="num"><Amount value={f.shares} as="shares" /></td>
                <td className="num"><Amount value={f.pricePerShare} as="price" /></td>
                <td className="num"><Amount value={f.value} as="dollars" /></td>
              </tr>
            ))}
          </ListTable>
        )}
        <p className={`text-xs ${mutedClass}`}>
          Shares and value add up the filing&rsquo;s lines with the same code; the price is their average. Where a
          filing&rsquo;s date is not in the data, its period of report stands in.
        </p>
      </section>
    </div>
  );
}

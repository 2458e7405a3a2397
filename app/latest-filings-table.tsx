import Link from 'next/link';
import { formatShortDate } from '@/lib/format';
import { readableName } from '@/lib/domain/names';
import type { LatestFiling } from '@/db/queries/types';
import { Amount } from '@/components/ui/amount';
import { CodeLabel } from '@/components/ui/code-label';
import { ListTable, type ListColumn } from '@/components/ui/list-table';
import { RoleBadges } from '@/components/ui/role-badges';
import { linkClass, mutedClass } from '@/components/ui/styles';

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

/** The newest filings, one row each: who, where, and the filing's main line (code, shares, price, value). */
export function LatestFilingsTable({ filings }: { filings: LatestFiling[] }) {
  return (
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
  );
}

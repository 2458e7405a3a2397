import Link from 'next/link';
import { formatShortDate } from '@/lib/format';
import type { LatestFiling } from '@/db/queries/types';
import { Amount } from '@/components/ui/amount';
import { CodeLabel } from '@/components/ui/code-label';
import { ListTable, type ListColumn } from '@/components/ui/list-table';
import { RoleBadges } from '@/components/ui/role-badges';
import { SampleMark } from '@/components/ui/sample-mark';
import { linkClass, mutedClass } from '@/components/ui/styles';

// Nouns for "also 1 option exercise, 2 tax withholdings"; the code's letter stands in for the rest.
const NOUNS: Readonly<Record<string, [string, string]>> = {
  P: ['purchase', 'purchases'],
  S: ['sale', 'sales'],
  A: ['grant', 'grants'],
  D: ['disposition to the issuer', 'dispositions to the issuer'],
  F: ['tax withholding', 'tax withholdings'],
  M: ['option exercise', 'option exercises'],
  X: ['option exercise', 'option exercises'],
  C: ['conversion', 'conversions'],
  G: ['gift', 'gifts'],
  J: ['other transaction', 'other transactions'],
};

function countOf({ code, kind, lines }: LatestFiling['also'][number]): string {
  const [one, many] = kind === 'holding' ? ['holding', 'holdings'] : (code && NOUNS[code.toUpperCase()]) || [`code ${code ?? '?'} line`, `code ${code ?? '?'} lines`];
  return `${lines} ${lines === 1 ? one : many}`;
}

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

/**
 * The newest filings, one row each: who, where, and what the filing did, open-market purchases and
 * sales first with their totals ("S Sale, 23 lots … also 1 option exercise").
 */
export function LatestFilingsTable({ filings, sample = false }: { filings: LatestFiling[]; sample?: boolean }) {
  return (
    <ListTable label="Latest filings" caption={<>The newest filings, with each filing&rsquo;s main transaction</>} columns={COLUMNS} nowrapHeaders cards>
      {filings.map((f) => (
        <tr key={f.accession}>
          <td data-label="Filed" className="whitespace-nowrap">
            {f.filedAt ? <time dateTime={f.filedAt}>{formatShortDate(f.filedAt)}</time> : <span className={mutedClass}>—</span>}
          </td>
          <td data-label="Form" className="whitespace-nowrap">
            <Link href={`/filings/${encodeURIComponent(f.accession)}`} className={`${linkClass} font-medium`} prefetch={false}>
              Form {f.formType}
            </Link>
          </td>
          <td data-label="Issuer">
            <Link href={`/issuers/${f.issuerCik}`} className={linkClass} prefetch={false}>{f.issuerName ?? `CIK ${f.issuerCik}`}</Link>
            {f.issuerTicker ? <span className={`ml-1.5 font-mono text-xs ${mutedClass}`}>{f.issuerTicker}</span> : null}
            {sample ? <SampleMark /> : null}
          </td>
          <td data-label="Insider">
            {f.ownerCik ? (
              <Link href={`/people/${f.ownerCik}`} className={linkClass} prefetch={false}>{f.ownerReadableName || `CIK ${f.ownerCik}`}</Link>
            ) : (
              <span className={mutedClass}>—</span>
            )}
            {f.ownerCount > 1 ? <span className={`ml-1 text-xs ${mutedClass}`}>+{f.ownerCount - 1}</span> : null}
          </td>
          <td data-label="Role"><RoleBadges roles={f} /></td>
          <td data-label="Code">
            <CodeLabel code={f.code} kind={f.kind ?? undefined} />
            {/* A space before it: the line may break there on a phone. */}
            {f.lines > 1 ? <>{' '}<span className={`whitespace-nowrap text-xs ${mutedClass}`}>{f.lines} lots</span></> : null}
            {f.also.length > 0 ? (
              <span className={`block text-xs ${mutedClass}`}>also {f.also.map(countOf).join(', ')}</span>
            ) : null}
          </td>
          <td data-label="Shares" className="num"><Amount value={f.shares} as="shares" /></td>
          <td data-label="Price" className="num"><Amount value={f.pricePerShare} as="price" /></td>
          <td data-label="Value" className="num"><Amount value={f.value} as="dollars" /></td>
        </tr>
      ))}
    </ListTable>
  );
}

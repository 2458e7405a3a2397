import { formatShares, formatShortDate } from '@/lib/format';
import type { Insider } from '@/db/queries/types';
import { Amount } from '@/components/ui/amount';
import { ListTable, ShowAllRows, type ListColumn } from '@/components/ui/list-table';
import { RoleBadges } from '@/components/ui/role-badges';
import { mutedClass, sectionTitleClass } from '@/components/ui/styles';

const COLUMNS: ListColumn[] = [
  { label: 'Name' },
  { label: 'Roles' },
  { label: 'Last filing' },
  { label: 'Shares held after latest report', numeric: true },
  { label: 'Filings', numeric: true },
];

type Props = {
  insiders: Insider[];
  /** Readable names by CIK (db/queries/names-evidence), for at least the rows shown. */
  names: ReadonlyMap<string, string>;
  issuerCik: string;
  /** Rows to show (the latest filers); the rest behind `showAllHref`. */
  limit: number;
  showAllHref: string;
};

/**
 * Everyone who reported at the issuer, latest filer first (the first `limit` of them, with a link to all).
 * Plain links, as in the transactions table: a next/link per cell is a client component written into
 * the page twice (HTML and RSC payload).
 */
export function InsidersTable({ insiders, names, issuerCik, limit, showAllHref }: Props) {
  return (
    <section aria-labelledby="insiders-title" className="space-y-2">
      <h2 id="insiders-title" className={sectionTitleClass}>
        Insiders <span className={`font-normal ${mutedClass}`}>({insiders.length})</span>
      </h2>
      {insiders.length === 0 ? (
        <p className={`text-sm ${mutedClass}`}>No reporting owners yet.</p>
      ) : (
        <ListTable label="Insiders" caption="Insiders of this issuer, with their latest roles and holdings" columns={COLUMNS} tall>
          {insiders.slice(0, limit).map((i) => {
            const name = names.get(i.cik) ?? `CIK ${i.cik}`;
            return (
            <tr key={i.cik}>
              <td>
                <a href={`/people/${i.cik}`} className="link font-medium">{name}</a>
                <span className="block text-xs muted">as filed: {i.name ?? '—'}</span>
              </td>
              <td><RoleBadges roles={i} /></td>
              <td className="whitespace-nowrap">
                <a href={`/filings/${encodeURIComponent(i.lastAccession)}`} className="link">{formatShortDate(i.lastFiledAt) || i.lastAccession}</a>
              </td>
              <td className="num">
                <Amount value={i.sharesHeld} as="shares" />
                {i.heldDirectOrIndirect ? (
                  <span className="ml-1 text-xs muted" title={i.heldDirectOrIndirect === 'I' ? 'Indirect' : 'Direct'}>
                    {i.heldDirectOrIndirect === 'I' ? 'indirect' : 'direct'}
                  </span>
                ) : null}
                {i.heldSecurity ? <span className="block max-w-64 truncate text-xs muted" title={i.heldSecurity}>{i.heldSecurity}</span> : null}
              </td>
              <td className="num">
                <a href={`/issuers/${issuerCik}?insider=${i.cik}#transactions-title`} className="link" aria-label={`${i.filings} filings: show ${name}'s transactions`}>{formatShares(i.filings)}</a>
              </td>
            </tr>
            );
          })}
        </ListTable>
      )}
      <ShowAllRows shown={limit} total={insiders.length} which="who filed most recently" noun="insiders" href={showAllHref} />
    </section>
  );
}

'use client';

import type { RoleFlags } from '@/lib/domain/roles';
import type { FiledNumber } from '@/lib/parser/types';
import { formatShares } from '@/lib/format';
import { HeldAmounts } from '@/components/ui/held-amounts';
import { ListTable, type ListColumn } from '@/components/ui/list-table';
import { RoleBadges } from '@/components/ui/role-badges';

// The insiders' rows as a client island: each insider is sent once as a short tuple, where a server
// component's rows are written twice (HTML and RSC payload). "Show all" can mean hundreds of rows.

/**
 * [CIK, readable name, name as filed, roles, latest accession, its date as shown, held directly, held
 * indirectly, how many indirect holdings that adds, security, filings]: what they hold of one security
 * after their latest report (lib/domain/holdings.ts), null where they report no such holding.
 */
export type InsiderTuple = [
  cik: string,
  name: string,
  asFiled: string | null,
  roles: RoleFlags,
  lastAccession: string,
  lastFiled: string,
  direct: FiledNumber,
  indirect: FiledNumber,
  indirectHoldings: number,
  security: string | null,
  filings: number,
];

const COLUMNS: ListColumn[] = [
  { label: 'Name' },
  { label: 'Roles' },
  { label: 'Last filing' },
  { label: 'Shares held after latest report', numeric: true },
  { label: 'Filings', numeric: true },
];

// Cells are styled by position (app/styles/pages.css .insiders-list): a class on each would be sent for every row.
export function InsiderRows({ rows, issuerCik }: { rows: InsiderTuple[]; issuerCik: string }) {
  return (
    <ListTable label="Insiders" caption="Insiders of this issuer, with their latest roles and holdings" columns={COLUMNS} tall className="insiders-list">
      {rows.map(([cik, name, asFiled, roles, lastAccession, lastFiled, direct, indirect, indirectHoldings, security, filings]) => (
        <tr key={cik}>
          <td>
            <a href={`/people/${cik}`}>{name}</a>
            <span>{`as filed: ${asFiled ?? '—'}`}</span>
          </td>
          <td><RoleBadges roles={roles} /></td>
          <td>
            <a href={`/filings/${encodeURIComponent(lastAccession)}`}>{lastFiled}</a>
          </td>
          <td>
            <HeldAmounts direct={direct} indirect={indirect} indirectHoldings={indirectHoldings} security={security} />
          </td>
          <td>
            <a href={`/issuers/${issuerCik}?insider=${cik}#transactions-title`} aria-label={`${filings} filings: show ${name}'s transactions`}>{formatShares(filings)}</a>
          </td>
        </tr>
      ))}
    </ListTable>
  );
}

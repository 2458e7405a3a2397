// Cluster buys as a table: the issuer, the dates, each insider (linked to their page, with their
// roles and their filings in the cluster), then the totals, the trades count linking to those
// purchases on the screener. Sorting is a link per sortable header, the server sorts
// (db/queries/clusters.ts); it works without JavaScript. Cells carry no class (the table lays its
// columns out) and roles are plain text, so fifty clusters stay small to send and render.
import type { Cluster } from '@/lib/domain/market-rows';
import type { ClusterSortKey } from '@/lib/trade-params';
import { readableName } from '@/lib/domain/names';
import { roleLabelsOf } from '@/lib/domain/roles';
import { formatDollars, formatShares, formatShortDate } from '@/lib/format';
import { ownerFlags } from './owner-roles';

type Sort = { key: ClusterSortKey; dir: 'asc' | 'desc' };

function SortHeader({ label, sortKey, sort, href, num }: { label: string; sortKey: ClusterSortKey; sort: Sort; href: (key: ClusterSortKey, dir: 'asc' | 'desc') => string; num?: boolean }) {
  const active = sort.key === sortKey;
  // Dates, amounts and counts: largest and newest first; the sorted column flips.
  const next = active && sort.dir === 'desc' ? 'asc' : 'desc';
  return (
    <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} className={num ? 'text-right' : undefined}>
      <a href={href(sortKey, next)} title={`Sort by ${label.toLowerCase()} ${next === 'asc' ? 'ascending' : 'descending'}`}>{label}</a>
    </th>
  );
}

/** Columns by position: the issuer and dates kept readable, the insiders' list muted beside their links, numbers right. */
const TABLE_CLASS = [
  'data-table tx-table hover-rows',
  '[&>tbody>tr>td:nth-child(1)]:min-w-32 [&>tbody>tr>td:nth-child(2)]:min-w-28',
  '[&_ul]:min-w-56 [&_ul]:space-y-1 [&_ul]:text-zinc-600 dark:[&_ul]:text-zinc-400',
  '[&>tbody>tr>td:nth-child(n+4)]:text-right [&>tbody>tr>td:nth-child(n+4)]:tabular-nums',
].join(' ');

export function ClustersTable({ clusters, sort, sortHref, tradesHref, caption }: {
  clusters: Cluster[];
  sort: Sort;
  sortHref: (key: ClusterSortKey, dir: 'asc' | 'desc') => string;
  /** The screener showing a cluster's purchases. */
  tradesHref: (cluster: Cluster) => string;
  caption: string;
}) {
  return (
    <div className="table-box overflow-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className={TABLE_CLASS}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Issuer</th>
            <SortHeader label="Dates" sortKey="date" sort={sort} href={sortHref} />
            <SortHeader label="Insiders" sortKey="insiders" sort={sort} href={sortHref} />
            <th scope="col" className="text-right">Trades</th>
            <th scope="col" className="text-right">Shares</th>
            <SortHeader label="Value" sortKey="value" sort={sort} href={sortHref} num />
          </tr>
        </thead>
        <tbody>
          {clusters.length === 0 ? (
            <tr className="empty"><td colSpan={6}>No cluster buys match these filters.</td></tr>
          ) : (
            clusters.map((c) => {
              const issuer = c.issuer.ticker ?? c.issuer.name ?? c.issuer.cik;
              return (
                <tr key={`${c.issuer.cik}-${c.from}`}>
                  <td>
                    <a href={`/issuers/${c.issuer.cik}`}>{c.issuer.name ?? `CIK ${c.issuer.cik}`}</a>
                    {c.issuer.ticker ? <span className="ticker">{c.issuer.ticker}</span> : null}
                  </td>
                  <td>{c.from === c.to ? formatShortDate(c.from) : `${formatShortDate(c.from)} – ${formatShortDate(c.to)}`}</td>
                  <td>
                    {`${c.insiderCount} insiders`}
                    <ul aria-label={`Insiders buying ${issuer}`}>
                      {c.insiders.map((i) => {
                        const roles = roleLabelsOf(ownerFlags(i)).map((r) => r.label).join(', ');
                        const name = readableName(i.name) || `CIK ${i.cik}`;
                        return (
                          <li key={i.cik}>
                            <a href={`/people/${i.cik}`}>{name}</a>
                            {roles ? ` ${roles} ` : ' '}
                            {i.accessions.map((a, n) => (
                              <a key={a} href={`/filings/${encodeURIComponent(a)}`} aria-label={`${name}'s filing ${a}`} className="mr-1">
                                {i.accessions.length === 1 ? 'filing' : `filing ${n + 1}`}
                              </a>
                            ))}
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                  <td><a href={tradesHref(c)} aria-label={`${c.trades} trades: ${issuer} purchases ${c.from} to ${c.to}`}>{c.trades}</a></td>
                  <td>{formatShares(c.shares)}</td>
                  <td>{formatDollars(c.value)}</td>
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}

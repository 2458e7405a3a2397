// Cluster buys as a table: the issuer, the dates, each insider (linked to their page, with their
// roles and their filings in the cluster), then the totals. Sorting is a link per sortable header,
// the server sorts (db/queries/clusters.ts); it works without JavaScript.
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

export function ClustersTable({ clusters, sort, sortHref, caption }: {
  clusters: Cluster[];
  sort: Sort;
  sortHref: (key: ClusterSortKey, dir: 'asc' | 'desc') => string;
  caption: string;
}) {
  return (
    <div className="table-box overflow-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table tx-table cluster-table hover-rows">
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
            clusters.map((c) => (
              <tr key={`${c.issuer.cik}-${c.from}`} className="align-top">
                <td className="min-w-32 whitespace-normal">
                  <a href={`/issuers/${c.issuer.cik}`}>{c.issuer.name ?? `CIK ${c.issuer.cik}`}</a>
                  {c.issuer.ticker ? <span className="ticker">{c.issuer.ticker}</span> : null}
                </td>
                <td className="min-w-28 whitespace-normal">{c.from === c.to ? formatShortDate(c.from) : `${formatShortDate(c.from)} – ${formatShortDate(c.to)}`}</td>
                <td className="whitespace-normal">
                  <span className="muted text-xs">{`${c.insiderCount} insiders`}</span>
                  <ul aria-label={`Insiders buying ${c.issuer.ticker ?? c.issuer.name ?? c.issuer.cik}`} className="min-w-56 space-y-1">
                    {c.insiders.map((i) => {
                      const name = readableName(i.name) || `CIK ${i.cik}`;
                      return (
                        <li key={i.cik}>
                          <a href={`/people/${i.cik}`} title={i.name ?? undefined}>{name}</a>
                          {roleLabelsOf(ownerFlags(i)).map((r) => (
                            <span key={r.role} className={`badge ${r.role} ml-1`} title={r.full !== r.label ? r.full : undefined}>{r.label}</span>
                          ))}
                          <span className="ml-1 text-xs">
                            {i.accessions.map((a, n) => (
                              <a key={a} href={`/filings/${encodeURIComponent(a)}`} aria-label={`${name}'s filing ${a}`} className="ml-1 font-mono">
                                {i.accessions.length === 1 ? 'filing' : `filing ${n + 1}`}
                              </a>
                            ))}
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                </td>
                <td className="text-right tabular-nums">{c.trades}</td>
                {/* Marked important: .tx-table places its own fifth and sixth columns (a code, an A/D). */}
                <td className="text-right! tabular-nums text-zinc-900! dark:text-zinc-100!">{formatShares(c.shares)}</td>
                <td className="text-right! tabular-nums">{formatDollars(c.value)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

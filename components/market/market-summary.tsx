// The home page's lead: the latest open-market purchases (one line per filing, titled as the feeds
// title them) and the latest cluster buys, each with the link to the whole list on /trades or
// /clusters, and the screener's presets.
import Link from 'next/link';
import type { Cluster, TradeRow } from '@/lib/domain/market-rows';
import { filingTitle, rowsByFiling } from '@/lib/feeds/trade-feed';
import { readableName } from '@/lib/domain/names';
import { formatDollars, formatShortDate } from '@/lib/format';
import { TRADE_PRESETS } from '@/lib/trade-urls';
import { linkClass, mutedClass, sectionTitleClass } from '@/components/ui/styles';
import { PresetLinks } from './preset-links';

export function LatestPurchases({ rows, filings = 5 }: { rows: readonly TradeRow[]; filings?: number }) {
  const groups = rowsByFiling(rows).slice(0, filings);
  return (
    <section aria-labelledby="purchases-title" className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="purchases-title" className={sectionTitleClass}>Latest open-market purchases</h2>
        <Link href="/trades?code=P" className={`${linkClass} text-sm`}>All purchases →</Link>
      </div>
      {groups.length === 0 ? (
        <p className={mutedClass}>No open-market purchases are stored yet.</p>
      ) : (
        <ul aria-label="Latest open-market purchases" className="divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
          {groups.map((group) => {
            const main = group[0]!;
            return (
              <li key={main.accession} className="flex flex-wrap items-baseline gap-x-3 py-1.5">
                <span className={`w-24 shrink-0 tabular-nums ${mutedClass}`}>{formatShortDate(main.filedAt ?? main.transactionDate) || '—'}</span>
                <a href={`/filings/${encodeURIComponent(main.accession)}`} className={`${linkClass} min-w-0 flex-1`}>{filingTitle(group)}</a>
              </li>
            );
          })}
        </ul>
      )}
      <PresetLinks label="Screener presets" current="" presets={TRADE_PRESETS.map((p) => ({ label: p.label, href: `/trades${p.query}`, query: p.query }))} />
    </section>
  );
}

/**
 * The latest cluster buys: those filed in the last `days` days, or, on a database behind EDGAR, in
 * the `days` days up to its latest filing (`through`); `href` is that view on /clusters.
 */
export function LatestClusters({ clusters, days, through, href }: { clusters: readonly Cluster[]; days: number; through: string | null; href: string }) {
  const span = through === null ? `the last ${days} days` : `the ${days} days to ${formatShortDate(through)}, this database's latest filing`;
  return (
    <section aria-labelledby="clusters-title" className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="clusters-title" className={sectionTitleClass}>Latest cluster buys</h2>
        <Link href="/clusters" className={`${linkClass} text-sm`}>All cluster buys →</Link>
      </div>
      {clusters.length === 0 ? (
        <p className={`text-sm ${mutedClass}`}>
          {`No cluster buys (two or more insiders of one company buying within ten days) were filed in ${span}.`}
        </p>
      ) : (
        <ul aria-label="Latest cluster buys" className="divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
          {clusters.map((c) => (
            <li key={`${c.issuer.cik}-${c.from}`} className="flex flex-wrap items-baseline gap-x-3 py-1.5">
              <span className={`w-24 shrink-0 tabular-nums ${mutedClass}`}>{formatShortDate(c.to)}</span>
              <span className="min-w-0 flex-1">
                <a href={`/issuers/${c.issuer.cik}`} className={linkClass}>{c.issuer.name ?? `CIK ${c.issuer.cik}`}</a>
                {`: ${c.insiderCount} insiders bought ${formatDollars(c.value)} — `}
                {c.insiders.map((i, n) => (
                  <span key={i.cik}>
                    {n > 0 ? ', ' : null}
                    <a href={`/people/${i.cik}`} className={linkClass}>{readableName(i.name) || `CIK ${i.cik}`}</a>
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm">
        <Link href={href} className={linkClass}>{`Cluster buys filed in ${span}`}</Link>
      </p>
    </section>
  );
}

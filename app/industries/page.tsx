import type { Metadata } from 'next';
import { listIndustryActivity } from '@/db/queries/industries';
import { parseTradeParams, type TradeParams } from '@/lib/trade-params';
import { toTradeQueryString } from '@/lib/trade-urls';
import { formatLongDate } from '@/lib/format';
import { ExportLinks } from '@/components/market/export-links';
import { IndustriesTable } from '@/components/market/industries-table';
import { IgnoredParams } from '@/components/market/ignored-params';
import { PresetLinks } from '@/components/market/preset-links';
import { mutedClass } from '@/components/ui/styles';
import { dropEmptyParams, withValues, type SearchParams } from '@/app/trades/market-query';
import { industriesView } from '@/app/industries/view';

export const metadata: Metadata = {
  title: 'Insider buying and selling by industry',
  description: 'Open-market purchases and sales by insiders, summed by the industry (SIC code) of their companies, over recent filing dates.',
};

type Props = { searchParams: Promise<SearchParams> };

/** The window's words: "in the last 30 days", "from May 9, 2026 to June 8, 2026, this database's latest filing", "since ...". */
function windowText(p: TradeParams, through: string | null): string {
  if (p.days !== null) return `in the last ${p.days} days`;
  if (p.filedFrom !== null && p.filedTo !== null) {
    return through !== null && p.filedTo === through
      ? `from ${formatLongDate(p.filedFrom)} to ${formatLongDate(through)}, this database's latest filing`
      : `from ${formatLongDate(p.filedFrom)} to ${formatLongDate(p.filedTo)}`;
  }
  if (p.filedFrom !== null) return `since ${formatLongDate(p.filedFrom)}`;
  if (p.filedTo !== null) return `up to ${formatLongDate(p.filedTo)}`;
  return 'at any time';
}

export default async function IndustriesPage({ searchParams }: Props) {
  const sp = await searchParams;
  dropEmptyParams('/industries', sp);
  // A malformed window is named as ignored, and the page's 30 days shown instead.
  const { params: asked, ignored } = parseTradeParams(sp);
  const { params, windows, through, today } = industriesView(asked);
  const rows = listIndustryActivity(params, { today });
  const current = toTradeQueryString({ ...params, page: 1 });
  const tradesHref = (sic: string, code: 'P' | 'S') => `/trades${toTradeQueryString({ ...params, page: 1, sic, codes: [code] })}`;
  const caption = 'Insider buying and selling by industry';

  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Insider buying and selling by industry</h1>
        <p className={`max-w-3xl text-sm ${mutedClass}`}>
          {`Open-market purchases (code P) and sales (code S) filed ${windowText(params, through)}, by the industry of the company: its SIC code as EDGAR last gave it. Table I lines, as amended; a value flagged as a probable typing mistake is left out of the sums. The industries with the most bought come first.`}
        </p>
      </header>
      <PresetLinks
        label="Filing dates"
        current={current}
        presets={windows.map((w) => {
          const query = toTradeQueryString(parseTradeParams(w.params).params);
          return { label: `${w.days} days`, href: `/industries${query}`, query };
        })}
      />
      <IgnoredParams ignored={withValues(ignored, sp)} />
      <ExportLinks csv={`/api/industries${toTradeQueryString(params, { page: 1, format: 'csv' })}`} json={`/api/industries${current}`} />
      {rows.length === 0 ? (
        <p className={mutedClass}>No open-market purchases or sales were filed {windowText(params, through)}.</p>
      ) : (
        <IndustriesTable rows={rows} tradesHref={tradesHref} caption={caption} />
      )}
      <p className={`text-xs ${mutedClass}`}>
        A company&rsquo;s code comes with filings loaded from EDGAR (a submission&rsquo;s header, or EDGAR&rsquo;s
        listing of the company when it is loaded by ticker or CIK, or by <code>npm run ingest -- --industries</code>);
        bare XMLs and the SEC&rsquo;s data sets do not carry it. Once a company has one, all its lines count under it;
        the lines of companies without one count under &ldquo;No code&rdquo;.
      </p>
    </div>
  );
}

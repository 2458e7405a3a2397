import 'server-only';
// GET /api/industries: /industries as data. The same parameters as the page (the screener's filters;
// without a window of filing dates, the page's 30 days); anything malformed is a 400 naming it.
//   curl 'http://localhost:3000/api/industries?days=90'
//   curl -o industries.csv 'http://localhost:3000/api/industries?days=365&format=csv'
import { listIndustryActivity, type IndustryActivity } from '@/db/queries/industries';
import { parseTradeParamsStrict } from '@/lib/trade-params';
import { csvHeaders, streamCsv, type CsvColumn } from '@/app/api/_lib/csv-stream';
import { badParameters } from '@/app/api/_lib/bad-parameters';
import { industriesView } from '@/app/industries/view';

const COLUMNS: CsvColumn<IndustryActivity>[] = [
  { header: 'sic', value: (a) => a.industry?.sic ?? null },
  { header: 'sic_title', value: (a) => a.industry?.title ?? null },
  { header: 'companies_buying', value: (a) => a.buys.issuers },
  { header: 'purchases', value: (a) => a.buys.trades },
  { header: 'bought', value: (a) => a.buys.value },
  { header: 'companies_selling', value: (a) => a.sells.issuers },
  { header: 'sales', value: (a) => a.sells.trades },
  { header: 'sold', value: (a) => a.sells.value },
];

/**
 * JSON: `filedFrom`, `filedTo` and `days` (the window used) and `industries`, each with `industry`
 * (`{sic, title}`, null for the issuers without a code) and `buys` and `sells` (`trades`, `issuers`,
 * `value` in dollars), in the page's order. With `format=csv`, one line an industry.
 */
export function industriesResponse(url: URL): Response {
  const parsed = parseTradeParamsStrict(url.searchParams);
  if (!parsed.ok) return badParameters(parsed.problems);
  const { params, today } = industriesView(parsed.params);
  const industries = listIndustryActivity(params, { today });
  if (params.format === 'csv') {
    const open = () => ({ rows: industries[Symbol.iterator](), close: () => {} });
    return new Response(streamCsv(COLUMNS.map((c) => c.header), open, (a) => COLUMNS.map((c) => c.value(a))), {
      headers: csvHeaders('industries.csv'),
    });
  }
  const { filedFrom, filedTo, days } = params;
  return Response.json({ filedFrom, filedTo, days, industries }, { headers: { 'Cache-Control': 'no-store' } });
}

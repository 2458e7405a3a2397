import 'server-only';
// GET /api/issuers/[cik] and /api/people/[cik]: an issuer page's or a person page's facts and lists
// as data, read by the same queries as the pages. JSON by default; `format=csv` gives the page's
// list (an issuer's insiders, a person's companies), one line each. Unknown CIK: 404; a malformed
// parameter: 400 naming it.
//   curl http://localhost:3000/api/issuers/1318605
//   curl -o tesla-insiders.csv 'http://localhost:3000/api/issuers/1318605?format=csv'
import { getDb } from '@/db';
import { getIssuerByCik } from '@/db/queries/issuers';
import { listIssuerInsiders } from '@/db/queries/insiders';
import { listReportedHoldings } from '@/db/queries/holdings';
import { getIssuerBuySellSummary } from '@/db/queries/buy-sell';
import { getPersonByCik, listPersonHeldLines, listPersonIssuers } from '@/db/queries/people';
import { getReadableName, listReadableNames } from '@/db/queries/names-evidence';
import type { Insider, PersonIssuer } from '@/db/queries/types';
import { parseCik } from '@/lib/domain/cik';
import { heldTotals, type HoldingTotals, type ReportedHolding } from '@/lib/domain/holdings';
import { oneOf } from '@/lib/trade-params';
import { badParameters } from '@/app/api/_lib/bad-parameters';
import { csvHeaders, slugify, streamCsv, type CsvColumn } from '@/app/api/_lib/csv-stream';
import { roleColumns } from '@/app/api/_lib/role-columns';

const format = oneOf(['json', 'csv'] as const);

/**
 * An insider as the API gives it: `name` as readers see it, `nameAsFiled` as on their latest filing
 * here, and `holdings`, each holding that the filing of their latest Table I line reports.
 */
type ApiInsider = Omit<Insider, 'name'> & { name: string; nameAsFiled: string | null; holdings: ReportedHolding[] };

/**
 * A company as the API gives it: the person's roles there, and their latest Table I line there
 * (`heldAccession`, `heldSecurity`, `sharesHeld`, `heldDirectOrIndirect`) with the `holdings` its filing reports.
 */
type ApiCompany = PersonIssuer & Pick<Insider, 'sharesHeld' | 'heldDirectOrIndirect' | 'heldSecurity' | 'heldAccession'> & { holdings: ReportedHolding[] };

/** Their latest Table I line somewhere, and what its filing reports. */
type Held = Pick<Insider, 'sharesHeld' | 'heldDirectOrIndirect' | 'heldSecurity'> & { holdings: ReportedHolding[] };

/** A CSV line's row: with what they hold of that line's security, directly and indirectly (the pages' figures), worked out once. */
type WithTotals<T extends Held> = T & { totals: HoldingTotals };

function withTotals<T extends Held>(rows: readonly T[]): WithTotals<T>[] {
  return rows.map((r) => ({ ...r, totals: heldTotals(r.holdings, { securityTitle: r.heldSecurity, directOrIndirect: r.heldDirectOrIndirect, sharesOwnedAfter: r.sharesHeld }) }));
}

function heldColumns<T extends Held>(): CsvColumn<WithTotals<T>>[] {
  return [
    { header: 'security_title', value: (r) => r.heldSecurity },
    { header: 'held_directly', value: (r) => r.totals.direct },
    { header: 'held_indirectly', value: (r) => r.totals.indirect },
    { header: 'indirect_holdings', value: (r) => r.totals.indirectHoldings },
  ];
}

const INSIDER_COLUMNS: CsvColumn<WithTotals<ApiInsider>>[] = [
  { header: 'owner_cik', value: (i) => i.cik },
  { header: 'owner_name', value: (i) => i.name },
  { header: 'name_as_filed', value: (i) => i.nameAsFiled },
  ...roleColumns<WithTotals<ApiInsider>>(),
  { header: 'filings', value: (i) => i.filings },
  { header: 'last_filed', value: (i) => i.lastFiledAt },
  { header: 'last_accession', value: (i) => i.lastAccession },
  ...heldColumns<ApiInsider>(),
];

const COMPANY_COLUMNS: CsvColumn<WithTotals<ApiCompany>>[] = [
  { header: 'issuer_cik', value: (c) => c.cik },
  { header: 'issuer_name', value: (c) => c.name },
  { header: 'issuer_ticker', value: (c) => c.ticker },
  ...roleColumns<WithTotals<ApiCompany>>(),
  { header: 'filings', value: (c) => c.filings },
  { header: 'last_filed', value: (c) => c.lastFiledAt },
  ...heldColumns<ApiCompany>(),
];

/** The format asked for, or the 400 naming `format`. */
function askedFormat(url: URL): 'json' | 'csv' | Response {
  const asked = format.safeParse(url.searchParams.get('format')?.trim() || 'json');
  if (asked.success) return asked.data;
  return badParameters([{ param: 'format', message: asked.error.issues.map((i) => i.message).join('; ') }]);
}

function notFound(kind: 'issuer' | 'person', rawCik: string): Response {
  return Response.json({ error: `No ${kind} with CIK ${rawCik}` }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
}

function csvResponse<T>(rows: readonly T[], columns: CsvColumn<T>[], filename: string): Response {
  const open = () => ({ rows: rows[Symbol.iterator](), close: () => {} });
  return new Response(streamCsv(columns.map((c) => c.header), open, (row) => columns.map((c) => c.value(row))), { headers: csvHeaders(filename) });
}

/**
 * JSON: `issuer` (the page's facts: name, ticker, industry, filings, first and last filing dates,
 * late filings), `buySell` (open-market purchases and sales over 3, 6 and 12 months to its latest
 * filing) and `insiders` (everyone who reported at it, latest filer first, with roles, their latest
 * Table I line's amount owned after and the holdings its filing reports). CSV: the insiders, with
 * what they hold of that line's security, directly and indirectly.
 */
export function issuerResponse(rawCik: string, url: URL): Response {
  const cik = parseCik(rawCik);
  const db = getDb();
  const issuer = cik ? getIssuerByCik(cik, db) : null;
  if (!cik || !issuer) return notFound('issuer', rawCik);
  const asked = askedFormat(url);
  if (asked instanceof Response) return asked;
  const listed = listIssuerInsiders(cik, db);
  const names = listReadableNames(listed, db);
  const reported = listReportedHoldings(listed.flatMap((i) => (i.heldAccession === null ? [] : [i.heldAccession])), db);
  const insiders = listed.map(({ name, ...rest }): ApiInsider => ({
    ...rest,
    name: names.get(rest.cik, name) || `CIK ${rest.cik}`,
    nameAsFiled: name,
    holdings: (rest.heldAccession === null ? undefined : reported.get(rest.heldAccession)) ?? [],
  }));
  if (asked === 'csv') {
    const title = [issuer.ticker ?? '', issuer.name ?? ''].filter(Boolean).join(' ') || `cik-${cik}`;
    return csvResponse(withTotals(insiders), INSIDER_COLUMNS, `${slugify(title)}-insiders.csv`);
  }
  return Response.json({ issuer, buySell: getIssuerBuySellSummary(cik, db), insiders }, { headers: { 'Cache-Control': 'no-store' } });
}

/**
 * JSON: `person` (the page's facts: `name` as readers see it, `nameAsFiled`, filings, first and last
 * filing dates, late filings) and `companies` (each issuer they reported at, with their roles on
 * their latest filing there and what they hold there, newest first). CSV: the companies.
 */
export function personResponse(rawCik: string, url: URL): Response {
  const cik = parseCik(rawCik);
  const db = getDb();
  const person = cik ? getPersonByCik(cik, db) : null;
  if (!cik || !person) return notFound('person', rawCik);
  const asked = askedFormat(url);
  if (asked instanceof Response) return asked;
  const name = getReadableName(cik, person.name, db) || `CIK ${cik}`;
  const held = listPersonHeldLines(cik, db);
  const reported = listReportedHoldings([...held.values()].map((line) => line.accession), db);
  const companies = listPersonIssuers(cik, db).map((c): ApiCompany => {
    const line = held.get(c.cik);
    return {
      ...c,
      sharesHeld: line?.sharesOwnedAfter ?? null,
      heldDirectOrIndirect: line?.di ?? null,
      heldSecurity: line?.securityTitle ?? null,
      heldAccession: line?.accession ?? null,
      holdings: (line && reported.get(line.accession)) ?? [],
    };
  });
  if (asked === 'csv') return csvResponse(withTotals(companies), COMPANY_COLUMNS, `${slugify(name)}-companies.csv`);
  return Response.json({ person: { ...person, name, nameAsFiled: person.name }, companies }, { headers: { 'Cache-Control': 'no-store' } });
}

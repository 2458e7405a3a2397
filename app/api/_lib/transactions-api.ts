import 'server-only';
import { getReadableName } from '@/db/queries/names-evidence';
import { getIssuerByCik } from '@/db/queries/issuers';
import { getPersonByCik } from '@/db/queries/people';
import { listTransactions, type TransactionScope } from '@/db/queries/transactions';
import { slugify, streamTransactionsCsv } from '@/app/api/_lib/transactions-csv';
import { refuseCsvExport } from '@/app/api/_lib/client-limits';
import { parseCik } from '@/lib/domain/cik';
import { badParameters } from '@/app/api/_lib/bad-parameters';
import { parseTableViewReport, type TableView } from '@/lib/search-params';
import { oneOf, type ParamProblem } from '@/lib/trade-params';
import type { z } from 'zod';

const format = oneOf(['json', 'csv'] as const);

/**
 * The view and format a request asks for, or the problems of each malformed parameter: the pages
 * leave those out and say so, the API answers 400 naming them (as /api/trades does).
 */
function parseRequest(params: URLSearchParams): { view: TableView; format: z.output<typeof format> } | { problems: ParamProblem[] } {
  const { view, ignored } = parseTableViewReport(params);
  const problems: ParamProblem[] = ignored.map((p) => ({ param: p.param, message: `${JSON.stringify(p.value.slice(0, 40))} is ${p.message}` }));
  const asked = format.safeParse(params.get('format')?.trim() || 'json');
  if (!asked.success) problems.push({ param: 'format', message: asked.error.issues.map((i) => i.message).join('; ') });
  if (!asked.success || problems.length > 0) return { problems };
  return { view, format: asked.data };
}

/** The route handlers' answer: `transactionsResponse`, with a CSV export counted against the client's allowance (429 past it). */
export function limitedTransactionsResponse(kind: 'issuer' | 'person', rawCik: string, request: Request): Response {
  return refuseCsvExport(request) ?? transactionsResponse(kind, rawCik, new URL(request.url));
}

/**
 * GET /api/issuers/[cik]/transactions and /api/people/[cik]/transactions: the page's rows for the
 * same query string (same parser, same query), as JSON, or every matching row as CSV with
 * `?format=csv`. Unknown CIK: 404 JSON; a malformed parameter: 400 naming it.
 */
export function transactionsResponse(kind: 'issuer' | 'person', rawCik: string, url: URL): Response {
  const cik = parseCik(rawCik);
  const subject = !cik ? null : kind === 'issuer' ? getIssuerByCik(cik) : getPersonByCik(cik);
  if (!cik || !subject) {
    return Response.json({ error: `No ${kind} with CIK ${rawCik}` }, { status: 404 });
  }
  const parsed = parseRequest(url.searchParams);
  if ('problems' in parsed) return badParameters(parsed.problems);
  const { view, format } = parsed;
  const scope: TransactionScope = kind === 'issuer' ? { issuerCik: cik } : { ownerCik: cik };

  if (format === 'csv') {
    const name =
      kind === 'issuer'
        ? [('ticker' in subject && subject.ticker) || '', subject.name ?? ''].filter(Boolean).join(' ')
        : getReadableName(cik, subject.name);
    const filename = `${slugify(name || `cik-${cik}`)}-transactions.csv`;
    return new Response(streamTransactionsCsv(scope, view), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'no-store',
      },
    });
  }

  const { rows, total, page, pageSize, sort } = listTransactions(scope, view);
  return Response.json({ rows, total, page, pageSize, sort }, { headers: { 'Cache-Control': 'no-store' } });
}

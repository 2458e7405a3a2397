import 'server-only';
import { z } from 'zod';
import { getReadableName } from '@/db/queries/names-evidence';
import { getIssuerByCik } from '@/db/queries/issuers';
import { getPersonByCik } from '@/db/queries/people';
import { listTransactions, type TransactionScope } from '@/db/queries/transactions';
import { slugify, streamTransactionsCsv } from '@/app/api/_lib/transactions-csv';
import { refuseCsvExport } from '@/app/api/_lib/client-limits';
import { parseCik } from '@/lib/domain/cik';
import { parseTableView } from '@/lib/search-params';

const format = z.enum(['json', 'csv']).catch('json');

/** The route handlers' answer: `transactionsResponse`, with a CSV export counted against the client's allowance (429 past it). */
export function limitedTransactionsResponse(kind: 'issuer' | 'person', rawCik: string, request: Request): Response {
  return refuseCsvExport(request) ?? transactionsResponse(kind, rawCik, new URL(request.url));
}

/**
 * GET /api/issuers/[cik]/transactions and /api/people/[cik]/transactions: the page's rows for the
 * same query string (same parser, same query), as JSON, or every matching row as CSV with
 * `?format=csv`. Unknown CIK: 404 JSON.
 */
export function transactionsResponse(kind: 'issuer' | 'person', rawCik: string, url: URL): Response {
  const cik = parseCik(rawCik);
  const subject = !cik ? null : kind === 'issuer' ? getIssuerByCik(cik) : getPersonByCik(cik);
  if (!cik || !subject) {
    return Response.json({ error: `No ${kind} with CIK ${rawCik}` }, { status: 404 });
  }
  const scope: TransactionScope = kind === 'issuer' ? { issuerCik: cik } : { ownerCik: cik };
  const view = parseTableView(url.searchParams);

  if (format.parse(url.searchParams.get('format') ?? undefined) === 'csv') {
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

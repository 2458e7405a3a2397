import { z } from 'zod';
import { limitResponse, takeLoad } from '@/app/api/_lib/client-limits';
import { getEdgarLoads } from '@/ingest/app-loads';
import { LoadsBusyError } from '@/ingest/edgar-jobs';
import { EdgarNotFoundError } from '@/lib/edgar/fetch';
import { describeError } from '@/lib/edgar/progress';
import { parseCik } from '@/lib/domain/cik';

// POST { ticker } or { cik } (JSON, or a plain form without JavaScript): starts loading that
// issuer's filings from SEC EDGAR in the background, or joins the load already running for it.
// JSON gets 202 { load }; a form is redirected to the progress page. Off unless the operator turns
// it on (SECTION16_WEB_LOADS=1, lib/edgar/env.ts), and then limited: 429 past a client's loads per
// hour, 503 while the server runs and queues as many loads as it allows; both with Retry-After.

/** How soon to ask again when the server's loads are all taken: a small issuer loads in about a minute. */
const BUSY_RETRY_SECONDS = 60;

const bodySchema = z.union([
  z.object({ ticker: z.string().trim().regex(/^[A-Za-z0-9.-]{1,12}$/, 'not a ticker symbol'), cik: z.undefined().optional() }),
  z.object({ cik: z.string().transform((v) => parseCik(v)).pipe(z.string({ error: 'not a CIK' })), ticker: z.undefined().optional() }),
]);

export async function POST(request: Request) {
  const isForm = !(request.headers.get('content-type') ?? '').includes('application/json');
  const fail = (status: number, error: string, retryAfterSeconds?: number) => {
    const headers: Record<string, string> = retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) };
    return isForm ? formError(status, error, headers) : Response.json({ error }, { status, headers });
  };

  const loads = getEdgarLoads();
  if (!loads) return fail(403, 'Loading from SEC EDGAR is off on this server. Its operator can turn it on with SECTION16_WEB_LOADS=1 and SEC_USER_AGENT.');

  let raw: unknown;
  try {
    raw = isForm ? Object.fromEntries(await request.formData()) : await request.json();
  } catch {
    return fail(400, 'Send { "ticker": "AMOT" } or { "cik": "46129" }.');
  }
  const parsed = bodySchema.safeParse(raw);
  if (!parsed.success) return fail(400, 'Send { "ticker": "AMOT" } or { "cik": "46129" }.');
  const target = parsed.data.ticker !== undefined ? { ticker: parsed.data.ticker } : { cik: parsed.data.cik! };
  const allowed = takeLoad(request);
  if (!allowed.ok) return isForm ? fail(allowed.status, allowed.message, allowed.retryAfterSeconds) : limitResponse(allowed);

  try {
    const { load, created } = await loads.start(target);
    // A relative Location: the request's own URL names the host next start listens on (localhost),
    // not the one the browser used, and the page's CSP (form-action 'self') would refuse it.
    if (isForm) return new Response(null, { status: 303, headers: { Location: `/edgar/loads/${load.key}` } });
    return Response.json({ load }, { status: created ? 202 : 200 });
  } catch (error) {
    if (error instanceof EdgarNotFoundError) return fail(404, error.message);
    if (error instanceof LoadsBusyError) return fail(503, error.message, BUSY_RETRY_SECONDS);
    return fail(502, `SEC EDGAR could not be reached: ${describeError(error)}`);
  }
}

/** Without JavaScript the answer is a page: say what went wrong and offer a way back. */
function formError(status: number, message: string, headers: Record<string, string>): Response {
  const escaped = message.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Could not load from SEC EDGAR</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
<h1>Could not load from SEC EDGAR</h1><p>${escaped}</p><p><a href="/search">Search again</a> · <a href="/">Home</a></p></body></html>`;
  return new Response(html, { status, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } });
}

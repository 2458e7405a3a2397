import { z } from 'zod';
import { getEdgarLoads } from '@/ingest/app-loads';
import { EdgarNotFoundError } from '@/lib/edgar/fetch';
import { describeError } from '@/lib/edgar/progress';
import { parseCik } from '@/lib/domain/cik';

// POST { ticker } or { cik } (JSON, or a plain form without JavaScript): starts loading that
// issuer's filings from SEC EDGAR in the background, or joins the load already running for it.
// JSON gets 202 { load }; a form is redirected to the progress page.

const bodySchema = z.union([
  z.object({ ticker: z.string().trim().regex(/^[A-Za-z0-9.-]{1,12}$/, 'not a ticker symbol'), cik: z.undefined().optional() }),
  z.object({ cik: z.string().transform((v) => parseCik(v)).pipe(z.string({ error: 'not a CIK' })), ticker: z.undefined().optional() }),
]);

export async function POST(request: Request) {
  const isForm = !(request.headers.get('content-type') ?? '').includes('application/json');
  const fail = (status: number, error: string) =>
    isForm ? formError(status, error) : Response.json({ error }, { status });

  const loads = getEdgarLoads();
  if (!loads) return fail(503, 'Loading from SEC EDGAR is off: the server has no SEC_USER_AGENT.');

  let raw: unknown;
  try {
    raw = isForm ? Object.fromEntries(await request.formData()) : await request.json();
  } catch {
    return fail(400, 'Send { "ticker": "AMOT" } or { "cik": "46129" }.');
  }
  const parsed = bodySchema.safeParse(raw);
  if (!parsed.success) return fail(400, 'Send { "ticker": "AMOT" } or { "cik": "46129" }.');
  const target = parsed.data.ticker !== undefined ? { ticker: parsed.data.ticker } : { cik: parsed.data.cik! };

  try {
    const { load, created } = await loads.start(target);
    if (isForm) return Response.redirect(new URL(`/edgar/loads/${load.key}`, request.url), 303);
    return Response.json({ load }, { status: created ? 202 : 200 });
  } catch (error) {
    if (error instanceof EdgarNotFoundError) return fail(404, error.message);
    return fail(502, `SEC EDGAR could not be reached: ${describeError(error)}`);
  }
}

/** Without JavaScript the answer is a page: say what went wrong and offer a way back. */
function formError(status: number, message: string): Response {
  const escaped = message.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Could not load from SEC EDGAR</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
<h1>Could not load from SEC EDGAR</h1><p>${escaped}</p><p><a href="/search">Search again</a> · <a href="/">Home</a></p></body></html>`;
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

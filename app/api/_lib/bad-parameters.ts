import type { ParamProblem } from '@/lib/trade-params';

/** "Bad parameters: days …; code …": each parameter that was wrong, named. */
function badParametersMessage(problems: readonly ParamProblem[]): string {
  return `Bad parameters: ${problems.map((p) => `${p.param} ${p.message}`).join('; ')}`;
}

/** 400 as JSON (`error`, `problems`) naming each parameter that was wrong. */
export function badParameters(problems: ParamProblem[]): Response {
  return Response.json({ error: badParametersMessage(problems), problems }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
}

/** 400 as plain text naming each parameter that was wrong: a feed reader shows text. */
export function badParametersText(problems: readonly ParamProblem[]): Response {
  return new Response(`${badParametersMessage(problems)}\n`, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

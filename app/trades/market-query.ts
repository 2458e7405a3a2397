// What the /trades and /clusters pages do with the URL they were asked, before and after parsing it.
import { redirect } from 'next/navigation';
import { withoutEmptyParams } from '@/lib/search-params';
import type { ParamProblem } from '@/lib/trade-params';
import type { IgnoredParam } from '@/components/market/ignored-params';

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A URL with empty fields (a form submitted without JavaScript: "?code=P&ad=&role=") goes to the
 * same URL without them, so every view has one address. Other values stay as asked, wrong or not.
 */
export function dropEmptyParams(path: string, sp: SearchParams): void {
  const clean = withoutEmptyParams(sp);
  if (clean !== null) redirect(`${path}${clean}`);
}

/** Each problem with the value that was asked (its first value: the one the parser read). */
export function withValues(problems: ParamProblem[], sp: SearchParams): IgnoredParam[] {
  return problems.map((p) => {
    const v = sp[p.param];
    const values = (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x) => x.trim() !== '');
    return { ...p, value: p.param === 'code' || p.param === 'role' ? values.join(',') : (values[0] ?? '') };
  });
}

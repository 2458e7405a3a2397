// What the page left out of the URL it was asked, and why ("ignored code=ZZ: unknown transaction
// code"): the view shows the rest, and the reader sees what did not apply.
import type { ParamProblem } from '@/lib/trade-params';

export type IgnoredParam = ParamProblem & { value: string };

export function IgnoredParams({ ignored }: { ignored: IgnoredParam[] }) {
  if (ignored.length === 0) return null;
  return (
    <section aria-label="Ignored parameters" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <ul className="space-y-0.5">
        {ignored.map((i) => (
          <li key={i.param} className="break-words">
            ignored <code className="font-mono">{`${i.param}=${i.value.length > 40 ? `${i.value.slice(0, 40)}…` : i.value}`}</code>: {i.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

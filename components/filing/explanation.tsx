import type { FilingJson } from '@/lib/domain/filing-json';
import type { FootnoteIndex } from '@/lib/domain/footnotes';
import { formatLongDate } from '@/lib/format';
import { footnoteAnchor } from './footnote-anchor';

const heading = 'text-base font-semibold tracking-tight';

/** Explanation of Responses (every footnote, anchored for the markers), remarks and signatures. */
export function Explanation({ filing, notes }: { filing: FilingJson; notes: FootnoteIndex }) {
  return (
    <>
      <section aria-labelledby="explanation-heading" className="mt-8">
        <h2 id="explanation-heading" className={heading}>Explanation of Responses</h2>
        {filing.footnotes.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">No footnotes.</p>
        ) : (
          <ol className="mt-2 space-y-1.5 text-sm">
            {filing.footnotes.map((f) => (
              <li key={f.id} id={footnoteAnchor(f.id)} className="flex scroll-mt-20 gap-2 rounded px-1 target:bg-yellow-100 dark:target:bg-yellow-900/40">
                <span className="w-8 shrink-0 text-right font-semibold tabular-nums">({notes.numbers.get(f.id)})</span>
                <span data-footnote-text="">{f.text}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      {filing.remarks ? (
        <section aria-labelledby="remarks-heading" className="mt-8">
          <h2 id="remarks-heading" className={heading}>Remarks</h2>
          <p className="mt-2 whitespace-pre-line text-sm">{filing.remarks}</p>
        </section>
      ) : null}

      <section aria-labelledby="signatures-heading" className="mt-8">
        <h2 id="signatures-heading" className={heading}>Signatures</h2>
        {filing.signatures.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">No signatures filed.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {filing.signatures.map((s, i) => (
              <li key={i} className="flex flex-wrap gap-x-3">
                <span>{s.name ?? '(no name)'}</span>
                {s.date ? <time dateTime={s.date} className="text-zinc-600 dark:text-zinc-400">{formatLongDate(s.date)}</time> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

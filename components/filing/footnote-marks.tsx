import type { FootnoteIndex } from '@/lib/domain/footnotes';
import { footnoteAnchor } from './footnote-anchor';
import styles from './footnote-marks.module.css';

/**
 * The "(1)" markers after a value: each links to its footnote in the Explanation of Responses and
 * shows the footnote's text on hover and focus. `idPrefix` makes the tooltip ids unique on the page
 * (one footnote can sit on many cells).
 */
export function FootnoteMarks({ ids, notes, idPrefix }: { ids: readonly string[] | undefined; notes: FootnoteIndex; idPrefix: string }) {
  if (!ids || ids.length === 0) return null;
  return (
    <>
      {ids.map((id) => {
        const number = notes.numbers.get(id);
        const label = number === undefined ? id : String(number);
        const text = notes.texts.get(id) ?? `Footnote ${id} is referenced but missing from the filing's footnotes.`;
        const tipId = `${idPrefix}-${footnoteAnchor(id)}`;
        return (
          <span key={id} className={styles.mark}>
            <a href={`#${footnoteAnchor(id)}`} className={styles.link} aria-label={`Footnote ${label}`} aria-describedby={tipId}>
              ({label})
            </a>
            <span role="tooltip" id={tipId} className={styles.tip}>
              <span className="font-semibold">({label})</span> {text}
            </span>
          </span>
        );
      })}
    </>
  );
}

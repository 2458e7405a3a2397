import type { FootnoteIndex } from '@/lib/domain/footnotes';
import { footnoteAnchor } from './footnote-anchor';
import styles from './footnote-marks.module.css';

/**
 * The "(1)" markers after a value. Each is a link to its footnote in the Explanation of Responses
 * (as on EDGAR), which holds the footnote's only copy on the page: a footnote on 64 cells is sent
 * once, not 64 times. With JavaScript, FootnoteTips shows that text beside the marker.
 */
export function FootnoteMarks({ ids, notes }: { ids: readonly string[] | undefined; notes: FootnoteIndex }) {
  if (!ids || ids.length === 0) return null;
  return (
    <>
      {ids.map((id) => {
        const number = notes.numbers.get(id);
        const label = number === undefined ? id : String(number);
        return (
          <span key={id} className={styles.mark}>
            <a href={`#${footnoteAnchor(id)}`} className={styles.link} aria-label={`Footnote ${label}`} data-footnote="">
              ({label})
            </a>
          </span>
        );
      })}
    </>
  );
}

import { Fragment } from 'react';
import type { FootnoteIndex } from '@/lib/domain/footnotes';
import { footnoteAnchor } from './footnote-anchor';

/** The summary sentence with each "footnote N" it mentions linked to that footnote. */
export function SummaryText({ text, notes }: { text: string; notes: FootnoteIndex }) {
  const idByNumber = new Map([...notes.numbers].map(([id, n]) => [n, id]));
  const parts = text.split(/(footnotes? \d+(?:(?:, | and )\d+)*)/);
  return (
    <>
      {parts.map((part, i) => {
        if (!/^footnotes? \d/.test(part)) return <Fragment key={i}>{part}</Fragment>;
        return (
          <Fragment key={i}>
            {part.split(/(\d+)/).map((bit, j) => {
              const id = /^\d+$/.test(bit) ? idByNumber.get(Number(bit)) : undefined;
              return id ? (
                <a key={j} href={`#${footnoteAnchor(id)}`} className="text-blue-700 underline underline-offset-2 dark:text-blue-300">{bit}</a>
              ) : (
                <Fragment key={j}>{bit}</Fragment>
              );
            })}
          </Fragment>
        );
      })}
    </>
  );
}

import { footnoteNumbers } from '@/lib/summary';

/** A filing's footnotes by id: the number EDGAR shows for each (its place in the list) and its text. */
export interface FootnoteIndex {
  numbers: Map<string, number>;
  texts: Map<string, string>;
}

export function indexFootnotes(footnotes: readonly { id: string; text: string }[]): FootnoteIndex {
  return { numbers: footnoteNumbers(footnotes), texts: new Map(footnotes.map((f) => [f.id, f.text])) };
}

/** The anchor of a footnote in the Explanation of Responses. */
export function footnoteAnchor(id: string): string {
  return `footnote-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

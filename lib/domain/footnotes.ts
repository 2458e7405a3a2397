// A filing's footnotes are referred to by id ("F3") in the XML, but readers see numbers: EDGAR numbers
// them by their place in the footnote list (the first listed is 1, whatever its id).

type Footnote = { id: string; text: string };

/** Each footnote id's number: its place in the filing's footnote list (F1 → 1), as EDGAR renders them. */
export function footnoteNumbers(footnotes: readonly Footnote[]): Map<string, number> {
  return new Map(footnotes.map((f, i) => [f.id, i + 1]));
}

/** A filing's footnotes by id: the number shown for each and its text. */
export interface FootnoteIndex {
  numbers: Map<string, number>;
  texts: Map<string, string>;
}

export function indexFootnotes(footnotes: readonly Footnote[]): FootnoteIndex {
  return { numbers: footnoteNumbers(footnotes), texts: new Map(footnotes.map((f) => [f.id, f.text])) };
}

/** The anchor of a footnote in the Explanation of Responses: the target of every "(1)" marker and summary link. */
export function footnoteAnchor(id: string): string {
  return `footnote-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

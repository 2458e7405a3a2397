// On phones a transactions table's rows are cards, each value under its column's name
// (app/globals.css). The names are the column headers, written once per table as CSS
// (`td:nth-child(n)::before`) rather than as an attribute on each of the page's six hundred cells.

/** The phones' media query of app/globals.css, where the rows become cards. */
const PHONE = '(max-width: 639.98px)';

const cache = new Map<string, string>();

/** A CSS string: quotes and backslashes escaped, line breaks left out. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]/g, ' ')}"`;
}

/**
 * The stylesheet naming each cell of the table marked `tableClass` by its column's header, in
 * column order ("Date", "Insider"...): one rule per column, for phones only.
 */
export function phoneLabelsCss(tableClass: string, headers: readonly string[]): string {
  const key = `${tableClass}\n${headers.join('\n')}`;
  let css = cache.get(key);
  if (css === undefined) {
    const rules = headers.map((h, i) => `.${tableClass}>tbody>tr>td:nth-child(${i + 1})::before{content:${cssString(h)}}`);
    css = `@media ${PHONE}{${rules.join('')}}`;
    cache.set(key, css);
  }
  return css;
}

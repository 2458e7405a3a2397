// Small readers of scanned elements shared by the ownership mappers.
import type { XmlElement } from './xml';
import { lineColumn } from './xml-errors';
import { textOf } from './xml-text';
import { filedText } from './values';
import { ParseError } from './types';

export function invalid(s: string, el: XmlElement, detail: string): ParseError {
  const { line, column } = lineColumn(s, el.start);
  return new ParseError('invalid-ownership', detail, line, column);
}

/** Trimmed text of a leaf (or of a `<value>` wrapper, as some schema versions put it), or null. */
export function text(s: string, el: XmlElement | undefined): string | null {
  if (el === undefined) return null;
  if (el.children !== null) {
    const value = el.children.find((c) => c.name === 'value');
    return value === undefined ? null : filedText(textOf(s, value));
  }
  return filedText(textOf(s, el));
}

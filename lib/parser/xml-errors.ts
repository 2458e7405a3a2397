// The XML scanner's errors: a ParseError at a line and column of the input, and the wording of
// the ones raised in more than one place.
import { ParseError } from './types';
import type { XmlElement } from './xml';

/** 1-based line and column of `pos` in `s`. Only computed for errors. */
export function lineColumn(s: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const limit = Math.min(pos, s.length);
  for (let i = 0; i < limit; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (c === 13 && s.charCodeAt(i + 1) !== 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: pos - lineStart + 1 };
}

/** A `malformed-xml` ParseError at `pos` of `s`, its line and column counted there. */
export function xmlError(s: string, pos: number, detail: string): ParseError {
  const { line, column } = lineColumn(s, pos);
  return new ParseError('malformed-xml', detail, line, column);
}

// An unclosed comment, CDATA section or processing instruction runs to the end of the input, so
// these are reported where the input ends, like any other truncation, naming where they began.
export function endsInside(s: string, lt: number, to: number, what: string): ParseError {
  const at = lineColumn(s, lt);
  return xmlError(s, to, `input ends inside ${what} (opened at line ${at.line}, column ${at.column}); unclosed or truncated?`);
}

/** What sits at `pos`, quoted, for a message: the next few characters, or the end of the input. */
export function describe(s: string, pos: number, to: number): string {
  if (pos >= to) return 'the end of the input';
  return `'${s.slice(pos, Math.min(pos + 10, to)).replace(/\s+/g, ' ')}'`;
}

/** The input ended inside the innermost open element of `stack`: named, with where it opened. */
export function unclosedAtEnd(s: string, to: number, stack: XmlElement[], qnames: string[]): ParseError {
  const open = stack[stack.length - 1] as XmlElement;
  const at = lineColumn(s, open.start);
  return xmlError(
    s,
    to,
    `unclosed element: input ends before </${qnames[qnames.length - 1]}> (opened at line ${at.line}, column ${at.column}); truncated?`,
  );
}

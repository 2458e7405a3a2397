// A small, strict, allocation-light XML scanner. It checks well-formedness (tags nest and match,
// attributes are quoted, entities exist, nothing but comments and processing instructions sits
// outside the root) and builds a minimal element tree: names, children, the `id` attribute and the
// raw range of each element's content. Text is decoded only when asked for (`textOf`), so the
// indentation between elements never becomes a string. (A general-purpose XML-to-object parser,
// as sec-edgar-toolkit uses, measured over ten times slower on the corpus.)
import { ParseError } from './types';

export interface XmlElement {
  /** Local name: a namespace prefix (`ns:value`) is dropped. */
  name: string;
  /** Child elements in document order; `null` for a leaf. */
  children: XmlElement[] | null;
  /** The `id` attribute (footnotes and footnote references are all the parser needs). */
  id: string | null;
  /** Offset of the `<` of the start tag, for error positions. */
  start: number;
  /** Raw content range: between the start tag's `>` and the end tag's `<`. */
  contentStart: number;
  contentEnd: number;
  /** Set when the content holds an entity, CDATA, a comment or a processing instruction. */
  needsDecode: boolean;
}

export interface XmlDocument {
  root: XmlElement;
  /** From the first `<` (the XML declaration, if any) to the end of the root's end tag. */
  start: number;
  end: number;
}

const GT = 62; // >
const SLASH = 47; // /
const BANG = 33; // !
const QUESTION = 63; // ?
const EQ = 61; // =
const DQUOTE = 34;
const SQUOTE = 39;
const COLON = 58;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

// Name characters by ASCII code (letters, digits, `_`, `:`, `-`, `.`); everything above 127 is
// accepted, as XML allows most of it in names.
const NAME_START = new Uint8Array(128);
const NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === COLON;
  NAME_START[c] = letter ? 1 : 0;
  NAME_CHAR[c] = letter || (c >= 48 && c <= 57) || c === 45 || c === 46 ? 1 : 0;
}

function isNameStart(c: number): boolean {
  return c > 127 || NAME_START[c] === 1;
}

function isNameChar(c: number): boolean {
  return c > 127 || NAME_CHAR[c] === 1;
}

/** Whether `s[from, from + n.length)` equals `n`. A charCodeAt loop, which V8 inlines: cheaper
 * than `startsWith` on the short names compared here. (Interning known element names instead of
 * slicing them was measured too, and cost more than it saved.) */
function equalsAt(s: string, from: number, n: string): boolean {
  for (let i = n.length - 1; i >= 0; i--) {
    if (s.charCodeAt(from + i) !== n.charCodeAt(i)) return false;
  }
  return true;
}

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

export function xmlError(s: string, pos: number, detail: string): ParseError {
  const { line, column } = lineColumn(s, pos);
  return new ParseError('malformed-xml', detail, line, column);
}

/** Checks every `&...;` in `s[amp, to)`, where `amp` is the offset of the first `&`. */
function checkEntities(s: string, amp: number, to: number): void {
  while (amp !== -1 && amp < to) {
    const semi = s.indexOf(';', amp + 1);
    if (semi === -1 || semi >= to || semi - amp > 12) {
      throw xmlError(s, amp, "bad entity: '&' not followed by a reference ending in ';' (write &amp;)");
    }
    if (entityValue(s, amp + 1, semi) === null) {
      throw xmlError(s, amp, `bad entity: unknown reference '${s.slice(amp, semi + 1)}'`);
    }
    amp = s.indexOf('&', semi + 1);
  }
}

/** The text an entity reference `&name;` (name = s[from, to)) stands for, or null if unknown. */
function entityValue(s: string, from: number, to: number): string | null {
  const len = to - from;
  const c0 = s.charCodeAt(from);
  if (c0 === 35 /* # */) {
    let code: number;
    if (s.charCodeAt(from + 1) === 120 /* x */) {
      const hex = s.slice(from + 2, to);
      if (!/^[0-9a-fA-F]{1,6}$/.test(hex)) return null;
      code = parseInt(hex, 16);
    } else {
      const dec = s.slice(from + 1, to);
      if (!/^[0-9]{1,7}$/.test(dec)) return null;
      code = parseInt(dec, 10);
    }
    const legal =
      code === 9 ||
      code === 10 ||
      code === 13 ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    return legal ? String.fromCodePoint(code) : null;
  }
  if (len === 3 && s.startsWith('amp', from)) return '&';
  if (len === 2 && s.startsWith('lt', from)) return '<';
  if (len === 2 && s.startsWith('gt', from)) return '>';
  if (len === 4 && s.startsWith('quot', from)) return '"';
  if (len === 4 && s.startsWith('apos', from)) return "'";
  return null;
}

/** Replaces the (already checked) entity references in `s[from, to)`. */
function decodeEntities(s: string, from: number, to: number): string {
  let out = '';
  let p = from;
  let amp = s.indexOf('&', p);
  while (amp !== -1 && amp < to) {
    const semi = s.indexOf(';', amp + 1);
    out += s.slice(p, amp) + (entityValue(s, amp + 1, semi) ?? '');
    p = semi + 1;
    amp = s.indexOf('&', p);
  }
  return out + s.slice(p, to);
}

/**
 * The text content of an element (its own and its descendants' text, as XPath's string value),
 * with entities and CDATA decoded and comments and processing instructions left out. Not trimmed.
 */
export function textOf(s: string, el: XmlElement): string {
  if (!el.needsDecode && el.children === null) return s.slice(el.contentStart, el.contentEnd);
  let out = '';
  let p = el.contentStart;
  const to = el.contentEnd;
  while (p < to) {
    const lt = s.indexOf('<', p);
    const textEnd = lt === -1 || lt > to ? to : lt;
    if (textEnd > p) out += decodeEntities(s, p, textEnd);
    if (textEnd === to) break;
    if (s.startsWith('<![CDATA[', lt)) {
      const close = s.indexOf(']]>', lt + 9);
      out += s.slice(lt + 9, close);
      p = close + 3;
    } else if (s.startsWith('<!--', lt)) {
      p = s.indexOf('-->', lt + 4) + 3;
    } else if (s.charCodeAt(lt + 1) === QUESTION) {
      p = s.indexOf('?>', lt + 2) + 2;
    } else {
      // A tag of a child element: skip it, keep its text. Quoted `>` in attributes is allowed.
      p = tagEnd(s, lt + 1, to) + 1;
    }
  }
  return out;
}

/** Offset of the `>` closing a tag that starts before `from`, skipping quoted attribute values. */
function tagEnd(s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === GT) return i;
    if (c === DQUOTE || c === SQUOTE) {
      const q = s.indexOf(c === DQUOTE ? '"' : "'", i + 1);
      if (q === -1) return to;
      i = q;
    }
  }
  return to;
}

/** Skips a comment, CDATA section, processing instruction or DOCTYPE at `lt`; returns the offset after it. */
// An unclosed comment, CDATA section or processing instruction runs to the end of the input, so
// these are reported where the input ends, like any other truncation, naming where they began.
function endsInside(s: string, lt: number, to: number, what: string): ParseError {
  const at = lineColumn(s, lt);
  return xmlError(s, to, `input ends inside ${what} (opened at line ${at.line}, column ${at.column}); unclosed or truncated?`);
}

function skipMarkup(s: string, lt: number, to: number, inProlog: boolean): { end: number; cdata: boolean } {
  if (to - lt < 9) {
    const rest = s.slice(lt, to);
    if ('<!--'.startsWith(rest) || '<![CDATA['.startsWith(rest) || '<!DOCTYPE'.startsWith(rest)) {
      throw xmlError(s, to, `input ends inside a tag: '${rest}'`);
    }
  }
  if (s.startsWith('<!--', lt)) {
    const close = s.indexOf('-->', lt + 4);
    if (close === -1 || close + 3 > to) throw endsInside(s, lt, to, 'a comment <!--');
    return { end: close + 3, cdata: false };
  }
  if (s.startsWith('<![CDATA[', lt)) {
    if (inProlog) throw xmlError(s, lt, 'CDATA section outside the root element');
    const close = s.indexOf(']]>', lt + 9);
    if (close === -1 || close + 3 > to) throw endsInside(s, lt, to, 'a CDATA section <![CDATA[');
    return { end: close + 3, cdata: true };
  }
  if (s.charCodeAt(lt + 1) === QUESTION) {
    const close = s.indexOf('?>', lt + 2);
    if (close === -1 || close + 2 > to) throw endsInside(s, lt, to, 'a processing instruction <?');
    if (!isNameStart(s.charCodeAt(lt + 2))) throw xmlError(s, lt, 'processing instruction without a target name');
    return { end: close + 2, cdata: false };
  }
  if (inProlog && s.startsWith('<!DOCTYPE', lt)) {
    // Skip a DOCTYPE, including an internal subset in [...], without interpreting it.
    let depth = 0;
    for (let i = lt + 9; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c === 91) depth++;
      else if (c === 93) depth--;
      else if (c === DQUOTE || c === SQUOTE) {
        const q = s.indexOf(c === DQUOTE ? '"' : "'", i + 1);
        if (q === -1 || q >= to) break;
        i = q;
      } else if (c === GT && depth <= 0) return { end: i + 1, cdata: false };
    }
    throw endsInside(s, lt, to, 'a DOCTYPE declaration');
  }
  throw xmlError(s, lt, `junk: '${s.slice(lt, Math.min(lt + 12, to))}' is not a tag, comment or CDATA section`);
}

function describe(s: string, pos: number, to: number): string {
  if (pos >= to) return 'the end of the input';
  return `'${s.slice(pos, Math.min(pos + 10, to)).replace(/\s+/g, ' ')}'`;
}

/**
 * Scans `s[from, to)` as one XML document and returns its root element. Throws a `malformed-xml`
 * ParseError whose line and column point into `s` (the whole input, even when the XML is embedded
 * in an EDGAR submission).
 */
export function scanXml(s: string, from: number, to: number): XmlDocument {
  let p = from;
  if (s.charCodeAt(p) === 0xfeff) p++;
  while (p < to && isSpace(s.charCodeAt(p))) p++;
  const docStart = p;
  let root: XmlElement | null = null;
  let docEnd = -1;
  const stack: XmlElement[] = [];
  // The element whose content we are in (top of the stack), kept in a local for speed.
  let top: XmlElement | null = null;
  // Qualified name of `top` as written, for matching its end tag.
  const qnames: string[] = [];
  // Offset of the next `&` at or after the scan position (Infinity when there is none): one
  // indexOf per entity instead of one per text run, which would rescan to the next `&` each time.
  let nextAmp = ampFrom(s, p);

  for (;;) {
    let lt = s.indexOf('<', p);
    if (lt >= to) lt = -1;
    const textEnd = lt === -1 ? to : lt;
    if (textEnd > p) {
      if (top === null) {
        for (let i = p; i < textEnd; i++) {
          if (!isSpace(s.charCodeAt(i))) {
            throw xmlError(
              s,
              i,
              root === null
                ? `junk before the root element: ${describe(s, i, to)}`
                : `junk after the root element </${root.name}>: ${describe(s, i, to)}`,
            );
          }
        }
      } else {
        // Text running to the end inside an element: the input was cut short, whatever the
        // text's own last characters look like (half an entity, say).
        if (lt === -1) throw unclosedAtEnd(s, to, stack, qnames);
        if (nextAmp < p) nextAmp = ampFrom(s, p);
        if (nextAmp < textEnd) {
          checkEntities(s, nextAmp, textEnd);
          top.needsDecode = true;
          nextAmp = ampFrom(s, textEnd);
        }
      }
    }
    if (lt === -1) break;

    const c1 = s.charCodeAt(lt + 1);
    if (lt + 1 >= to) throw xmlError(s, lt, "input ends inside a tag: '<' at the end");

    if (c1 === SLASH) {
      // End tag.
      if (top === null) throw xmlError(s, lt, `end tag ${describe(s, lt, to)} without a start tag`);
      const qname = qnames[qnames.length - 1] as string;
      const nameStart = lt + 2;
      let q = nameStart + qname.length;
      // Fast path: `</name>` exactly as expected; otherwise read the name and any space before `>`.
      if (!(q < to && s.charCodeAt(q) === GT && equalsAt(s, nameStart, qname))) {
        q = nameStart;
        while (q < to && isNameChar(s.charCodeAt(q))) q++;
        const matches = q - nameStart === qname.length && equalsAt(s, nameStart, qname);
        if (!matches) {
          if (q >= to) throw unclosedAtEnd(s, to, stack, qnames);
          // Column as expat reports it (and as the SEC samples' WELLFORMEDNESS.txt records it):
          // 1-based, the `/`, which is expat's 0-based column of the name.
          throw xmlError(
            s,
            lt + 1,
            `mismatched tag: expected </${qname}>, found </${s.slice(nameStart, q)}>`,
          );
        }
        while (q < to && isSpace(s.charCodeAt(q))) q++;
        if (q >= to) throw unclosedAtEnd(s, to, stack, qnames);
        if (s.charCodeAt(q) !== GT) throw xmlError(s, q, `malformed end tag </${qname}: expected '>'`);
      }
      // `q` is at the `>`.
      top.contentEnd = lt;
      stack.pop();
      qnames.pop();
      top = stack.length === 0 ? null : (stack[stack.length - 1] as XmlElement);
      p = q + 1;
      if (top === null) docEnd = p;
      continue;
    }

    if (c1 === BANG || c1 === QUESTION) {
      const { end, cdata } = skipMarkup(s, lt, to, top === null);
      if (top !== null) top.needsDecode = true;
      else if (cdata) throw xmlError(s, lt, 'CDATA section outside the root element');
      if (c1 === QUESTION && s.startsWith('<?xml', lt) && isSpace(s.charCodeAt(lt + 5)) && lt !== docStart) {
        throw xmlError(s, lt, 'the XML declaration <?xml ...?> may only appear at the very start');
      }
      p = end;
      continue;
    }

    // Start tag.
    if (!isNameStart(c1)) throw xmlError(s, lt + 1, `junk: '<' followed by ${describe(s, lt + 1, to)} is not a tag`);
    if (top === null && root !== null) {
      throw xmlError(s, lt, `junk after the root element </${root.name}>: a second root element`);
    }
    const nameStart = lt + 1;
    let q = nameStart + 1;
    let colon = -1;
    for (; q < to; q++) {
      const c = s.charCodeAt(q);
      if (!isNameChar(c)) break;
      if (c === COLON) colon = q;
    }
    if (q >= to) throw xmlError(s, to, `input ends inside the tag <${s.slice(nameStart, q)}`);
    const qname = s.slice(nameStart, q);
    const el: XmlElement = {
      name: colon === -1 ? qname : s.slice(colon + 1, q),
      children: null,
      id: null,
      start: lt,
      contentStart: 0,
      contentEnd: 0,
      needsDecode: false,
    };

    // Attributes.
    let selfClosing = false;
    for (;;) {
      let c = s.charCodeAt(q);
      const hadSpace = isSpace(c);
      while (q < to && isSpace(c)) c = s.charCodeAt(++q);
      if (q >= to) throw xmlError(s, to, `input ends inside the tag <${qname}>`);
      if (c === GT) {
        q++;
        break;
      }
      if (c === SLASH) {
        if (q + 1 >= to) throw xmlError(s, to, `input ends inside the tag <${qname}>`);
        if (s.charCodeAt(q + 1) !== GT) throw xmlError(s, q, `malformed tag <${qname}>: '/' not followed by '>'`);
        q += 2;
        selfClosing = true;
        break;
      }
      if (!hadSpace || !isNameStart(c)) {
        throw xmlError(s, q, `malformed tag <${qname}>: unexpected ${describe(s, q, to)}`);
      }
      const attrStart = q;
      while (q < to && isNameChar(s.charCodeAt(q))) q++;
      const attrEnd = q;
      while (q < to && isSpace(s.charCodeAt(q))) q++;
      if (q >= to) throw xmlError(s, to, `input ends inside the tag <${qname}>`);
      if (s.charCodeAt(q) !== EQ) {
        throw xmlError(s, q, `malformed attribute ${s.slice(attrStart, attrEnd)} in <${qname}>: expected '='`);
      }
      q++;
      while (q < to && isSpace(s.charCodeAt(q))) q++;
      if (q >= to) throw xmlError(s, to, `input ends inside the tag <${qname}>`);
      const quote = s.charCodeAt(q);
      if (quote !== DQUOTE && quote !== SQUOTE) {
        throw xmlError(s, q, `malformed attribute ${s.slice(attrStart, attrEnd)} in <${qname}>: value not in quotes`);
      }
      const valueStart = q + 1;
      const valueEnd = s.indexOf(quote === DQUOTE ? '"' : "'", valueStart);
      if (valueEnd === -1 || valueEnd >= to) {
        throw xmlError(s, q, `input ends inside the value of attribute ${s.slice(attrStart, attrEnd)} in <${qname}>`);
      }
      const ltInValue = s.indexOf('<', valueStart);
      if (ltInValue !== -1 && ltInValue < valueEnd) {
        throw xmlError(s, ltInValue, `'<' in the value of attribute ${s.slice(attrStart, attrEnd)} in <${qname}>`);
      }
      if (nextAmp < valueStart) nextAmp = ampFrom(s, valueStart);
      const hasEntity = nextAmp < valueEnd;
      if (hasEntity) {
        checkEntities(s, nextAmp, valueEnd);
        nextAmp = ampFrom(s, valueEnd);
      }
      if (attrEnd - attrStart === 2 && s.startsWith('id', attrStart)) {
        el.id = hasEntity ? decodeEntities(s, valueStart, valueEnd) : s.slice(valueStart, valueEnd);
      }
      q = valueEnd + 1;
    }

    if (top === null) root = el;
    else if (top.children === null) top.children = [el];
    else top.children.push(el);

    el.contentStart = q;
    if (selfClosing) {
      el.contentEnd = q;
      if (top === null) docEnd = q;
    } else {
      stack.push(el);
      qnames.push(qname);
      top = el;
    }
    p = q;
  }

  if (top !== null) throw unclosedAtEnd(s, to, stack, qnames);
  if (root === null) throw xmlError(s, to, 'no root element: the input ends before any XML element; truncated?');
  return { root, start: docStart, end: docEnd };
}

function ampFrom(s: string, from: number): number {
  const i = s.indexOf('&', from);
  return i === -1 ? Infinity : i;
}

function unclosedAtEnd(s: string, to: number, stack: XmlElement[], qnames: string[]): ParseError {
  const open = stack[stack.length - 1] as XmlElement;
  const at = lineColumn(s, open.start);
  return xmlError(
    s,
    to,
    `unclosed element: input ends before </${qnames[qnames.length - 1]}> (opened at line ${at.line}, column ${at.column}); truncated?`,
  );
}

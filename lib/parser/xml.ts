// A small, strict, allocation-light XML scanner. It checks well-formedness (tags nest and match,
// attributes are quoted, entities exist, nothing but comments and processing instructions sits
// outside the root) and builds a minimal element tree: names, children, the `id` attribute and the
// raw range of each element's content. Text is decoded only when asked for (`textOf`, in
// xml-text.ts), so the indentation between elements never becomes a string. (A general-purpose
// XML-to-object parser, as sec-edgar-toolkit uses, measured over ten times slower on the corpus.)
import { BANG, COLON, DQUOTE, EQ, GT, isNameChar, isNameStart, isSpace, QUESTION, SLASH, SQUOTE } from './xml-chars';
import { describe, endsInside, unclosedAtEnd, xmlError } from './xml-errors';
import { checkEntities, decodeEntities } from './xml-text';

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

/** Whether `s[from, from + n.length)` equals `n`. A charCodeAt loop, which V8 inlines: cheaper
 * than `startsWith` on the short names compared here. (Interning known element names instead of
 * slicing them was measured too, and cost more than it saved.) */
function equalsAt(s: string, from: number, n: string): boolean {
  for (let i = n.length - 1; i >= 0; i--) {
    if (s.charCodeAt(from + i) !== n.charCodeAt(i)) return false;
  }
  return true;
}

/** Skips a comment, CDATA section, processing instruction or DOCTYPE at `lt`; returns the offset after it. */
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

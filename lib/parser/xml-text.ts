// An element's text: entity references checked while scanning (xml.ts) and decoded only when the
// text is asked for, with CDATA kept and comments and processing instructions left out.
import { DQUOTE, GT, QUESTION, SQUOTE } from './xml-chars';
import { xmlError } from './xml-errors';
import type { XmlElement } from './xml';

/** Checks every `&...;` in `s[amp, to)`, where `amp` is the offset of the first `&`. */
export function checkEntities(s: string, amp: number, to: number): void {
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
export function decodeEntities(s: string, from: number, to: number): string {
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

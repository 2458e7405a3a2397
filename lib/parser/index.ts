// The parser's public face: text in, typed filing out. Pure: no I/O, nothing beyond string work.
import { mapOwnershipDocument } from './ownership';
import { isSubmission, readSubmission } from './submission';
import { type Industry, ParseError, type ParsedFiling } from './types';
import { scanXml } from './xml';

export * from './types';

/** How much of the start of the input is inspected for binary content. */
const SNIFF = 1024;
// eslint-disable-next-line no-control-regex
const ODD_CHARS = /[\x01-\x08\x0b\x0e-\x1f\ufffd]/;
// eslint-disable-next-line no-control-regex
const ODD_CHARS_ALL = /[\x01-\x08\x0b\x0e-\x1f\ufffd]/g;

function checkText(text: string): number {
  let start = 0;
  const n = text.length;
  while (start < n) {
    const c = text.charCodeAt(start);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 0xfeff && c !== 12) break;
    start++;
  }
  if (start === n) throw new ParseError('empty', n === 0 ? 'empty input' : 'the input holds only white space');
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    throw new ParseError('binary', `not text: a NUL byte at offset ${nul} (a binary file?)`);
  }
  // Control characters, or U+FFFD where a decoder met bytes that are not UTF-8. Counted only
  // when a native regex search finds any: real filings have none, and a per-character loop here
  // would cost as much as a tenth of the whole parse.
  const end = Math.min(n, start + SNIFF);
  const head = text.slice(start, end);
  const odd = ODD_CHARS.test(head) ? (head.match(ODD_CHARS_ALL)?.length ?? 0) : 0;
  if (odd * 10 > end - start) {
    throw new ParseError('binary', `not text: ${odd} of the first ${end - start} characters are control or undecodable bytes`);
  }
  return start;
}

/**
 * Parses a Form 3, 4 or 5: a bare `ownershipDocument` XML, a `<SEC-DOCUMENT>` `.txt` EDGAR
 * submission (with or without the PRIVACY-ENHANCED MESSAGE envelope) or an `.nc` `<SUBMISSION>`
 * file. Throws `ParseError` on anything else; never returns part of a filing.
 */
export function parseFiling(text: string): ParsedFiling {
  const start = checkText(text);
  let accession: string | null = null;
  let filedAt: string | null = null;
  let acceptedAt: string | null = null;
  let issuerIndustry: Industry | null = null;
  let from = 0;
  let to = text.length;
  if (isSubmission(text, start)) {
    const parts = readSubmission(text);
    accession = parts.accession;
    filedAt = parts.filedAt;
    acceptedAt = parts.acceptedAt;
    issuerIndustry = parts.issuerIndustry;
    from = parts.xmlFrom;
    to = parts.xmlTo;
  }
  const doc = scanXml(text, from, to);
  const fields = mapOwnershipDocument(text, doc.root);
  return { accession, filedAt, acceptedAt, issuerIndustry, ...fields, ownershipXml: text.slice(doc.start, doc.end) };
}

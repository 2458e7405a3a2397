// EDGAR submission envelopes: the `<SEC-DOCUMENT>` `.txt` (optionally inside the pre-2008
// `-----BEGIN PRIVACY-ENHANCED MESSAGE-----` wrapper) and the `.nc` `<SUBMISSION>` feed file. Both
// are SGML-ish (tags without end tags, one value a line, though `.nc` files may be on one line),
// so they are read with indexOf, not the XML scanner. Only the ownership document's `<XML>` block
// is XML.
import { OWNERSHIP_FORMS } from '../domain/form-types';
import { industryOf } from '../domain/industry';
import { lineColumn } from './xml-errors';
import { ParseError, type Industry } from './types';


export interface SubmissionParts {
  accession: string | null;
  filedAt: string | null;
  acceptedAt: string | null;
  /** The issuer's Standard Industrial Classification, from its part of the header. */
  issuerIndustry: Industry | null;
  /** Range of the ownership document's XML in the submission text (inside `<XML>...</XML>`). */
  xmlFrom: number;
  xmlTo: number;
}

/** Whether `s`, from its first non-space character at `start`, is an EDGAR submission. */
export function isSubmission(s: string, start: number): boolean {
  return (
    s.startsWith('<SEC-DOCUMENT>', start) ||
    s.startsWith('-----BEGIN PRIVACY-ENHANCED MESSAGE-----', start) ||
    s.startsWith('<SUBMISSION>', start) ||
    s.startsWith('<SEC-HEADER>', start) ||
    s.startsWith('<IMS-DOCUMENT>', start)
  );
}

/** The value after an SGML tag or header label at `at`: up to the end of line or the next tag. */
function valueAt(s: string, at: number, end: number): string {
  let p = at;
  while (p < end) {
    const c = s.charCodeAt(p);
    if (c === 10 || c === 13 || c === 60) break;
    p++;
  }
  return s.slice(at, p).trim();
}

function headerValue(s: string, headerEnd: number, labels: readonly string[]): string | null {
  for (const label of labels) {
    const i = s.indexOf(label);
    if (i !== -1 && i < headerEnd) {
      const v = valueAt(s, i + label.length, headerEnd);
      if (v !== '') return v;
    }
  }
  return null;
}

/** `20220506` → `2022-05-06`; other text is kept as is. */
function isoDate(v: string | null): string | null {
  if (v === null) return null;
  return /^\d{8}$/.test(v) ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}` : v;
}

/** `20220506183057` → `2022-05-06T18:30:57`. */
function isoDateTime(v: string | null): string | null {
  if (v === null) return null;
  return /^\d{14}$/.test(v)
    ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}T${v.slice(8, 10)}:${v.slice(10, 12)}:${v.slice(12, 14)}`
    : v;
}

function notOwnership(s: string, pos: number, detail: string): ParseError {
  const { line, column } = lineColumn(s, pos);
  return new ParseError('not-ownership', detail, line, column);
}

/** A submission cut short: reported like truncated XML, where the input ends. */
function truncated(s: string, detail: string): ParseError {
  const { line, column } = lineColumn(s, s.length);
  return new ParseError('malformed-xml', detail, line, column);
}

/**
 * The SIC code EDGAR gives the issuer, read from the issuer's own part of the header (a reporting
 * owner that is a company has one too): `.txt` `ISSUER:` ... `STANDARD INDUSTRIAL CLASSIFICATION:
 * MOTOR VEHICLES & PASSENGER CAR BODIES [3711]`, up to the next part; `.nc` `<ISSUER>` ...
 * `<ASSIGNED-SIC>3711` (the code alone). Code 0000 is EDGAR's "none".
 */
function industryOfIssuer(s: string, headerEnd: number): Industry | null {
  const nc = s.indexOf('<ISSUER>');
  if (nc !== -1 && nc < headerEnd) {
    const close = s.indexOf('</ISSUER>', nc);
    const end = close === -1 ? headerEnd : Math.min(close, headerEnd);
    const at = s.indexOf('<ASSIGNED-SIC>', nc);
    return at !== -1 && at < end ? industryOf(valueAt(s, at + 14, end), null) : null;
  }
  const header = s.slice(0, headerEnd);
  const part = /(?:^|\n)[ \t]*ISSUER:/.exec(header);
  if (!part) return null;
  // The issuer's part runs to the next part or tag (copies of headers are sometimes indented).
  const from = part.index + part[0].length;
  const next = /\n[ \t]*(?:<|(?:REPORTING-OWNER|SUBJECT COMPANY|FILED BY|FILER|ISSUER):)/.exec(header.slice(from));
  const end = next ? from + next.index : headerEnd;
  const label = 'STANDARD INDUSTRIAL CLASSIFICATION:';
  const at = s.indexOf(label, from);
  if (at === -1 || at >= end) return null;
  const m = /^(.*?)\s*\[(\d{1,4})\]\s*$/.exec(valueAt(s, at + label.length, end));
  return m ? industryOf(m[2]!, m[1]!) : null;
}

/** Finds the header fields and the ownership document's XML in an EDGAR submission. */
export function readSubmission(s: string): SubmissionParts {
  const firstDoc = s.indexOf('<DOCUMENT>');
  const headerEnd = firstDoc === -1 ? s.length : firstDoc;
  let accession = headerValue(s, headerEnd, ['ACCESSION NUMBER:', '<ACCESSION-NUMBER>']);
  if (accession === null) {
    // `<SEC-DOCUMENT>0001179110-07-016964.txt : 20070817`
    const m = /<SEC-DOCUMENT>(\d{10}-\d\d-\d{6})/.exec(s.slice(0, Math.min(headerEnd, 4096)));
    accession = m?.[1] ?? null;
  }
  const filedAt = isoDate(headerValue(s, headerEnd, ['FILED AS OF DATE:', '<FILING-DATE>']));
  const acceptedAt = isoDateTime(headerValue(s, headerEnd, ['<ACCEPTANCE-DATETIME>']));
  const issuerIndustry = industryOfIssuer(s, headerEnd);

  const types: string[] = [];
  let doc = firstDoc;
  while (doc !== -1) {
    const docEnd = s.indexOf('</DOCUMENT>', doc);
    const end = docEnd === -1 ? s.length : docEnd;
    const typeAt = s.indexOf('<TYPE>', doc);
    const type = typeAt !== -1 && typeAt < end ? valueAt(s, typeAt + 6, end).toUpperCase() : '';
    types.push(type === '' ? '(none)' : type);
    if (OWNERSHIP_FORMS.has(type)) {
      const open = s.indexOf('<XML>', doc);
      if (open === -1 || open >= end) {
        if (docEnd === -1) throw truncated(s, `input ends inside the Form ${type} document, before its <XML>; truncated?`);
        throw notOwnership(s, doc, `the Form ${type} document of this submission has no <XML> ownershipDocument (a paper-era text filing?)`);
      }
      const close = s.indexOf('</XML>', open);
      // A submission cut short inside the XML: hand the scanner everything, so it reports the
      // truncation where it happens.
      return { accession, filedAt, acceptedAt, issuerIndustry, xmlFrom: open + 5, xmlTo: close === -1 || close > end ? end : close };
    }
    if (docEnd === -1) {
      throw truncated(s, `input ends inside a document of type ${type === '' ? '(none)' : type}, before any Form 3, 4 or 5 document; truncated?`);
    }
    doc = s.indexOf('<DOCUMENT>', docEnd);
  }
  if (types.length === 0) {
    if (!/<\/(?:SEC-DOCUMENT|SUBMISSION)>\s*(?:-----END PRIVACY-ENHANCED MESSAGE-----\s*)?$/.test(s.slice(-200))) {
      throw truncated(s, 'input ends before the submission has a <DOCUMENT>; truncated?');
    }
    throw notOwnership(s, 0, 'EDGAR submission without a <DOCUMENT>');
  }
  throw notOwnership(s, firstDoc, `not a Form 3, 4 or 5: the submission's documents are of type ${types.join(', ')}`);
}

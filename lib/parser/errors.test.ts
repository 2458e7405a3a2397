// Bad input: every kind gets a typed ParseError that says what is wrong and where.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catchParseError } from '../../test/support/parse-error';
import { parseFiling, ParseError, type ParseErrorCode } from './index';

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
}
const seed = fixture('seed-allied-motion-2013-form4.xml');

function expectError(text: string, code: ParseErrorCode, message: string | RegExp): ParseError {
  const err = catchParseError(text);
  expect(err.code).toBe(code);
  if (typeof message === 'string') expect(err.message).toBe(message);
  else expect(err.message).toMatch(message);
  return err;
}

/** 1-based line and column of the first occurrence of `needle`, counted in the test itself. */
function positionOf(text: string, needle: string, offset = 0): [number, number] {
  const i = text.indexOf(needle) + offset;
  const before = text.slice(0, i).split('\n');
  return [before.length, (before[before.length - 1]?.length ?? 0) + 1];
}

describe('empty and binary input', () => {
  it('rejects an empty file and one of white space only', () => {
    expectError('', 'empty', 'empty input');
    expectError(' \n\t\r\n  ', 'empty', 'the input holds only white space');
    expectError('\uFEFF\n', 'empty', 'the input holds only white space');
  });

  it('rejects binary content: NUL bytes, or bytes that are not text', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x00]);
    expectError(zip.toString('utf8'), 'binary', 'not text: a NUL byte at offset 5 (a binary file?)');
    // A JPEG-like run of high bytes with no NUL: UTF-8 decoding turns them into U+FFFD.
    const noise = Buffer.from(Array.from({ length: 600 }, (_, i) => 0x80 + ((i * 37) % 120)));
    expectError(noise.toString('utf8'), 'binary', /^not text: \d+ of the first \d+ characters are control or undecodable bytes$/);
    // An XML file with one stray NUL is still not text we can trust.
    expectError(seed.replace('Common Stock', 'Common\0Stock'), 'binary', /^not text: a NUL byte at offset \d+/);
  });
});

describe('malformed XML', () => {
  it('reports a truncated file at its end, naming the element left open', () => {
    const text = fixture('bad/truncated-form4.xml');
    const lines = text.split('\n');
    const err = expectError(
      text,
      'malformed-xml',
      /^unclosed element: input ends before <\/transactionCoding> \(opened at line \d+, column 13\); truncated\? \(line \d+, column \d+\)$/,
    );
    expect(err.line).toBe(lines.length);
    expect(err.column).toBe((lines[lines.length - 1]?.length ?? 0) + 1);
  });

  it('reports every cut of the seed filing as truncated', () => {
    const end = seed.indexOf('</ownershipDocument>');
    for (let cut = 1; cut <= end; cut++) {
      const err = catchParseError(seed.slice(0, cut));
      expect(err.code, `cut at ${cut}`).toBe('malformed-xml');
      expect(err.message, `cut at ${cut}`).toMatch(/input ends|unclosed|no root element/);
    }
  });

  it('reports a mismatched end tag with both names and where the end tag is', () => {
    const text = seed.replace('Federico Richard D</rptOwnerName>', 'Federico Richard D</rptOwnerCik>');
    const err = expectError(text, 'malformed-xml', /^mismatched tag: expected <\/rptOwnerName>, found <\/rptOwnerCik> \(line \d+, column \d+\)$/);
    // Column of the `/` in `</rptOwnerCik>`, as expat and WELLFORMEDNESS.txt count it.
    expect([err.line, err.column]).toEqual(positionOf(text, 'D</rptOwnerCik>', 2));
  });

  it('reports bad entities', () => {
    const amp = seed.replace('Common Stock', 'Common & Stock');
    const err = expectError(amp, 'malformed-xml', /^bad entity: '&' not followed by a reference ending in ';'/);
    expect([err.line, err.column]).toEqual(positionOf(amp, '& Stock'));
    expectError(seed.replace('Common Stock', 'Common &nbsp; Stock'), 'malformed-xml', /^bad entity: unknown reference '&nbsp;' \(line/);
    expectError(seed.replace('Common Stock', 'Common &#0; Stock'), 'malformed-xml', /^bad entity: unknown reference '&#0;'/);
    expectError(seed.replace('id="F1"/>', 'id="F&1"/>'), 'malformed-xml', /^bad entity/);
  });

  it('reports junk: text outside the root, a second root, a broken tag, an unquoted attribute', () => {
    expectError(seed + '\nthis is not XML', 'malformed-xml', /^junk after the root element <\/ownershipDocument>: 'this is no/);
    expectError('hello ' + seed, 'malformed-xml', /^junk before the root element: 'hello/);
    expectError(seed + '<ownershipDocument/>', 'malformed-xml', /second root element/);
    expectError(seed.replace('<value>785', '< value>785'), 'malformed-xml', /^junk: '<' followed by ' value>785/);
    expectError(seed.replace('id="F1"', 'id=F1'), 'malformed-xml', /^malformed attribute id in <footnoteId>: value not in quotes/);
    expectError(seed.replace('id="F1"', 'id="F1'), 'malformed-xml', /attribute id in <footnoteId>/);
    expectError(seed.replace('<remarks></remarks>', '<remarks></remarks></remarks>'), 'malformed-xml', /^mismatched tag: expected <\/ownershipDocument>, found <\/remarks>/);
    expectError('<?xml version="1.0"?>\n<!-- only a comment -->\n', 'malformed-xml', /^no root element/);
    expectError(seed.replace('<remarks></remarks>', '<remarks><!-- open comment </remarks>'), 'malformed-xml', /^input ends inside a comment <!-- \(opened at line \d+, column 14\); unclosed or truncated\?/);
    expectError(seed.replace('<remarks></remarks>', '<remarks><![CDATA[ open </remarks>'), 'malformed-xml', /^input ends inside a CDATA section <!\[CDATA\[/);
    expectError('<!-- lead -->\n' + seed, 'malformed-xml', /^the XML declaration <\?xml \.\.\.\?> may only appear at the very start \(line 2, column 1\)$/);
    // White space before the declaration is tolerated: EDGAR puts a newline after <XML>.
    expect(parseFiling('\n  ' + seed).issuer.cik).toBe('46129');
  });

  it('counts lines the same with CRLF line ends', () => {
    const crlf = seed.replaceAll('\n', '\r\n').replace('Federico Richard D</rptOwnerName>', 'Federico Richard D</rptOwnerCik>');
    const lf = seed.replace('Federico Richard D</rptOwnerName>', 'Federico Richard D</rptOwnerCik>');
    const a = catchParseError(crlf);
    const b = catchParseError(lf);
    expect([a.line, a.column]).toEqual([b.line, b.column]);
  });
});

describe('any damage', () => {
  it('gives a ParseError with a position, or a filing; never another exception', () => {
    // Deterministic pseudo-random damage to the seed, bare and wrapped in a submission.
    let state = 20130521;
    const random = (n: number) => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state % n;
    };
    const wrapped = `<SEC-DOCUMENT>x\nACCESSION NUMBER: 0001240569-13-000002\n<DOCUMENT>\n<TYPE>4\n<TEXT>\n<XML>\n${seed}</XML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n`;
    const junk = ['<', '>', '&', '/', '"', "'", '<!--', ']]>', '<![CDATA[', '</', '/>', '=', '&amp', '<?', '\u00e9'];
    const codes = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const base = i % 2 === 0 ? seed : wrapped;
      const at = random(base.length);
      const damaged =
        i % 3 === 0
          ? base.slice(0, at) + base.slice(at + 1 + random(20))
          : i % 3 === 1
            ? base.slice(0, at) + junk[random(junk.length)] + base.slice(at)
            : base.slice(0, at);
      try {
        parseFiling(damaged);
        codes.add('parsed');
      } catch (e) {
        if (!(e instanceof ParseError)) throw new Error(`not a ParseError for damage at ${at}: ${String(e)}`);
        codes.add(e.code);
        if (e.code !== 'empty' && e.code !== 'binary') expect(e.line, e.message).toBeGreaterThan(0);
      }
    }
    expect(codes).toContain('malformed-xml');
    expect(codes).toContain('parsed');
  });
});

describe('well-formed XML that is not a valid ownership document', () => {
  it('rejects a 10-K-like XBRL instance as not an ownership form', () => {
    const text = fixture('bad/10-k-like.xml');
    const err = expectError(text, 'not-ownership', /^not a Form 3, 4 or 5: the root element is <xbrli:xbrl>, not <ownershipDocument> \(line 6, column 1\)$/);
    expect(err.line).toBe(positionOf(text, '<xbrli:xbrl')[0]);
  });

  it('rejects an unknown documentType, and a document without documentType, issuer CIK or owner', () => {
    expectError(fixture('bad/unknown-document-type.xml'), 'invalid-ownership', "unknown documentType '4/B' (expected 3, 3/A, 4, 4/A, 5 or 5/A) (line 9, column 5)");
    expectError(seed.replace('<documentType>4</documentType>', ''), 'invalid-ownership', /^ownershipDocument without <documentType> \(line 10, column 1\)$/);
    expectError(seed.replace('<issuerCik>0000046129</issuerCik>', ''), 'invalid-ownership', /^issuer without <issuerCik> \(line \d+, column 5\)$/);
    expectError(seed.replace('<issuerCik>0000046129</issuerCik>', '<issuerCik> </issuerCik>'), 'invalid-ownership', /^issuer without <issuerCik>/);
    expectError(seed.replace('<rptOwnerCik>0001240569</rptOwnerCik>', ''), 'invalid-ownership', /^reporting owner without <rptOwnerCik>/);
    expectError(seed.replace(/<reportingOwner>[\s\S]*<\/reportingOwner>/, ''), 'invalid-ownership', /^ownershipDocument without a <reportingOwner>/);
  });

  it('accepts a lowercase amendment type as the type filed', () => {
    expect(parseFiling(seed.replace('<documentType>4</documentType>', '<documentType>4/a</documentType>')).formType).toBe('4/A');
  });
});

describe('EDGAR submissions', () => {
  const header = [
    '<SEC-DOCUMENT>0001240569-13-000002.txt : 20130521',
    '<SEC-HEADER>0001240569-13-000002.hdr.sgml : 20130521',
    '<ACCEPTANCE-DATETIME>20130521163015',
    'ACCESSION NUMBER:\t\t0001240569-13-000002',
    'FILED AS OF DATE:\t\t20130521',
    '</SEC-HEADER>',
  ];
  const doc = (type: string, body: string) => ['<DOCUMENT>', `<TYPE>${type}`, '<SEQUENCE>1', '<TEXT>', body, '</TEXT>', '</DOCUMENT>'];
  const submission = (...docs: string[][]) => [...header, ...docs.flat(), '</SEC-DOCUMENT>'].join('\n');

  it('picks the ownership document when another document comes first', () => {
    const text = submission(doc('EX-24', 'POWER OF ATTORNEY\n<XML>not this</XML>'), doc('4', `<XML>\n${seed}</XML>`));
    const f = parseFiling(text);
    expect(f.accession).toBe('0001240569-13-000002');
    expect(f.issuer.ticker).toBe('AMOT');
    expect(f.ownershipXml).toBe(seed.trimEnd());
  });

  it('points error positions into the submission text, not into the embedded XML', () => {
    const bad = seed.replace('Federico Richard D</rptOwnerName>', 'Federico Richard D</rptOwnerCik>');
    const text = submission(doc('4', `<XML>\n${bad}</XML>`));
    const err = expectError(text, 'malformed-xml', /^mismatched tag/);
    expect([err.line, err.column]).toEqual(positionOf(text, 'D</rptOwnerCik>', 2));
    expect(err.line).toBeGreaterThan(positionOf(bad, 'D</rptOwnerCik>')[0]);
  });

  it('reports a submission cut short inside its XML as truncated', () => {
    const text = submission(doc('4', `<XML>\n${seed}</XML>`));
    const cut = text.slice(0, text.indexOf('<transactionShares>') + 10);
    expectError(cut, 'malformed-xml', /input ends/);
  });

  it('rejects a submission without a Form 3, 4 or 5', () => {
    const text = submission(doc('10-K', '<XML>\n<xbrl/></XML>'), doc('EX-21', 'subsidiaries'));
    expectError(text, 'not-ownership', /^not a Form 3, 4 or 5: the submission's documents are of type 10-K, EX-21 \(line 7, column 1\)$/);
  });

  it('rejects a paper-era Form 4 submitted as text, without XML', () => {
    const text = submission(doc('4', 'FORM 4 ... typed as plain text'));
    expectError(text, 'not-ownership', /has no <XML> ownershipDocument/);
  });

  it('reads a one-line .nc feed file', () => {
    const text = `<SUBMISSION><ACCESSION-NUMBER>0001240569-13-000002<TYPE>4<FILING-DATE>20130521<DOCUMENT><TYPE>4<SEQUENCE>1<TEXT><XML>${seed.replaceAll('\n', '')}</XML></TEXT></DOCUMENT></SUBMISSION>`;
    const f = parseFiling(text);
    expect([f.accession, f.filedAt, f.acceptedAt]).toEqual(['0001240569-13-000002', '2013-05-21', null]);
    expect(f.nonDerivative[0]?.shares).toBe(785);
  });
});

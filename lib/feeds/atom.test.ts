// Atom output checked against RFC 4287's required elements with the project's strict XML scanner
// (well-formed, entities defined), and the escaping of hostile text.
import { describe, expect, it } from 'vitest';
import { scanXml, type XmlElement } from '@/lib/parser/xml';
import { textOf } from '@/lib/parser/xml-text';
import { atomDate, atomXml, xmlText } from './atom';
import { missingAtomElements } from './atom-check';

const children = (el: XmlElement, name: string) => (el.children ?? []).filter((c) => c.name === name);

const feed = (title: string) =>
  atomXml({
    id: 'https://example.test/trades/feed?code=P',
    title,
    author: 'Section16',
    links: [{ href: 'https://example.test/trades/feed?code=P&role=ceo', rel: 'self' }],
    entries: [
      { id: 'https://www.sec.gov/x/1', title: 'A & B <Holdings> "sold" \u0001 it', updated: '2024-03-04', link: 'https://example.test/filings/1?a=1&b=2', summary: "O'Brien" },
      { id: 'https://www.sec.gov/x/2', title: 'second', updated: '2024-03-01T10:00:00Z', link: 'https://example.test/filings/2' },
    ],
  });

describe('atomXml', () => {
  it('writes every element RFC 4287 requires, well-formed', () => {
    expect(missingAtomElements(feed('Trades'))).toEqual([]);
  });

  it('escapes text and attributes and drops characters XML cannot hold', () => {
    const xml = feed('Trades <&> "all"');
    const { root } = scanXml(xml, 0, xml.length);
    expect(textOf(xml, children(root, 'title')[0]!)).toBe('Trades <&> "all"');
    const entry = children(root, 'entry')[0]!;
    expect(textOf(xml, children(entry, 'title')[0]!)).toBe('A & B <Holdings> "sold"  it');
    expect(xml).toContain('href="https://example.test/filings/1?a=1&amp;b=2"');
    expect(xml).toContain('href="https://example.test/trades/feed?code=P&amp;role=ceo"');
  });

  it("takes the feed's updated time from its newest entry, or now when it has none", () => {
    const { root } = scanXml(feed('x'), 0, feed('x').length);
    expect(textOf(feed('x'), children(root, 'updated')[0]!)).toBe('2024-03-04T00:00:00Z');
    const empty = atomXml({ id: 'urn:x', title: 'none', author: 'Section16', entries: [] }, new Date('2025-01-02T03:04:05.678Z'));
    expect(empty).toContain('<updated>2025-01-02T03:04:05Z</updated>');
    expect(missingAtomElements(empty)).toEqual([]);
  });

  it('finds what is missing in a feed that lacks the required elements', () => {
    expect(missingAtomElements('<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>e</title></entry></feed>')).toEqual([
      'feed id', 'feed updated', 'author', 'entry 0 id', 'entry 0 updated', 'entry 0 link',
    ]);
  });

  it('accepts dates and RFC 3339 times only', () => {
    expect(atomDate('2024-03-04')).toBe('2024-03-04T00:00:00Z');
    expect(atomDate('2024-03-04T10:00:00-05:00')).toBe('2024-03-04T10:00:00-05:00');
    expect(() => atomDate('March 4')).toThrow(/RFC 3339/);
    expect(xmlText(`'"`)).toBe('&apos;&quot;');
  });
});

// What RFC 4287 requires of a feed (§4.1.1) and each entry (§4.1.2), checked on a written document
// with the project's strict XML scanner: the feed tests and the feed route's tests read feeds with it.
import { scanXml, type XmlElement } from '../parser/xml';
import { textOf } from '../parser/xml-text';

const children = (el: XmlElement, name: string) => (el.children ?? []).filter((c) => c.name === name);

/** The required elements a feed lacks (empty when it has them all); throws when it is not well-formed XML. */
export function missingAtomElements(xml: string): string[] {
  const { root } = scanXml(xml, 0, xml.length);
  const missing: string[] = [];
  if (root.name !== 'feed' || !/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/.test(xml)) missing.push('feed in the Atom namespace');
  for (const name of ['id', 'title', 'updated']) if (children(root, name).length !== 1) missing.push(`feed ${name}`);
  const entries = children(root, 'entry');
  if (children(root, 'author').length === 0 && entries.some((e) => children(e, 'author').length === 0)) missing.push('author');
  entries.forEach((entry, i) => {
    for (const name of ['id', 'title', 'updated']) if (children(entry, name).length !== 1) missing.push(`entry ${i} ${name}`);
    if (children(entry, 'link').length === 0 && children(entry, 'content').length === 0) missing.push(`entry ${i} link`);
  });
  for (const el of [root, ...entries]) {
    const updated = children(el, 'updated')[0];
    if (updated && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(textOf(xml, updated))) missing.push('RFC 3339 updated');
  }
  return missing;
}


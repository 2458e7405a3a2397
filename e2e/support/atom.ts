// An Atom feed as the browser's XML parser reads it, checked against what RFC 4287 requires of a
// feed (§4.1.1) and of each entry (§4.1.2): the market page tests follow feeds with it.
import type { Page } from '@playwright/test';

export type AtomCheck = { problems: string[]; entries: { id: string; title: string; updated: string; link: string }[] };

/** The feed read by the browser's XML parser, and what RFC 4287 requires of it that it lacks. */
export async function readAtom(page: Page, xml: string): Promise<AtomCheck> {
  return page.evaluate((text) => {
    const ns = 'http://www.w3.org/2005/Atom';
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) return { problems: ['not well-formed XML'], entries: [] };
    const children = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
    const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
    const problems: string[] = [];
    const feed = doc.documentElement;
    if (feed.namespaceURI !== ns || feed.localName !== 'feed') problems.push('root is not an Atom feed');
    for (const name of ['id', 'title', 'updated']) if (children(feed, name).length !== 1) problems.push(`feed ${name}`);
    if (!time.test(children(feed, 'updated')[0]?.textContent ?? '')) problems.push('feed updated is not RFC 3339');
    const author = children(feed, 'author')[0];
    if (!author || children(author, 'name').length !== 1) problems.push('feed author name');
    const entries = children(feed, 'entry').map((entry, i) => {
      for (const name of ['id', 'title', 'updated']) if (children(entry, name).length !== 1) problems.push(`entry ${i} ${name}`);
      const updated = children(entry, 'updated')[0]?.textContent ?? '';
      if (!time.test(updated)) problems.push(`entry ${i} updated is not RFC 3339`);
      const link = children(entry, 'link').find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
      if (!link) problems.push(`entry ${i} has no alternate link`);
      return { id: children(entry, 'id')[0]?.textContent ?? '', title: children(entry, 'title')[0]?.textContent ?? '', updated, link: link?.getAttribute('href') ?? '' };
    });
    return { problems, entries };
  }, xml);
}

// Atom 1.0 (RFC 4287) documents. What the RFC requires: a feed has an id, a title, an updated time
// and an author (here the feed's, so entries need none); each entry has an id, a title, an updated
// time and, having no content, a link rel="alternate". Text and attributes are escaped, and
// characters XML 1.0 cannot hold are dropped.

export type AtomLink = { href: string; rel?: 'alternate' | 'self' | 'related'; type?: string };

export type AtomEntry = {
  /** A permanent, unique IRI. */
  id: string;
  title: string;
  /** RFC 3339 date-time, e.g. "2024-03-04T00:00:00Z". */
  updated: string;
  /** The entry's page (rel="alternate"). */
  link: string;
  summary?: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  /** RFC 3339; by default the newest entry's, or `now` for a feed without entries. */
  updated?: string;
  links?: AtomLink[];
  author: string;
  subtitle?: string;
  entries: AtomEntry[];
};

/** Characters XML 1.0 allows: tab, line feed, carriage return and everything from U+0020 but the surrogates and U+FFFE/F. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escaped for element text and for double- or single-quoted attributes. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** "2024-03-04" → "2024-03-04T00:00:00Z"; an RFC 3339 time as given; anything else throws (a bug, not input). */
export function atomDate(value: string): string {
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  if (!RFC3339.test(text)) throw new Error(`not an RFC 3339 date-time: ${JSON.stringify(value)}`);
  return text;
}

function link(l: AtomLink): string {
  const rel = l.rel ? ` rel="${l.rel}"` : '';
  const type = l.type ? ` type="${xmlText(l.type)}"` : '';
  return `<link${rel}${type} href="${xmlText(l.href)}"/>`;
}

/** The feed as an Atom XML document (UTF-8). */
export function atomXml(feed: AtomFeed, now: Date = new Date()): string {
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${xmlText(e.id)}</id>`,
      `    <title type="text">${xmlText(e.title)}</title>`,
      `    <updated>${atomDate(e.updated)}</updated>`,
      `    ${link({ href: e.link, rel: 'alternate', type: 'text/html' })}`,
      ...(e.summary ? [`    <summary type="text">${xmlText(e.summary)}</summary>`] : []),
      '  </entry>',
    ].join('\n'),
  );
  const newest = feed.entries.map((e) => atomDate(e.updated)).sort().at(-1);
  const updated = atomDate(feed.updated ?? newest ?? now.toISOString().replace(/\.\d+Z$/, 'Z'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(feed.id)}</id>`,
    `  <title type="text">${xmlText(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${xmlText(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${updated}</updated>`,
    `  <author><name>${xmlText(feed.author)}</name></author>`,
    ...(feed.links ?? []).map((l) => `  ${link(l)}`),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

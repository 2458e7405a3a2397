// The table's header and pager links are followed by the router only on a plain click on a link to
// a path of this site; every other click stays the browser's.
import type { MouseEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { followLinkClick } from './follow-links';

type LinkSpec = { href: string; target?: string; download?: boolean };

/** A click on a link (as the DOM gives it: the anchor found from the event's target) inside a container. */
function click(link: LinkSpec, keys: Partial<Pick<MouseEvent, 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey'>> = {}, inside = true) {
  const anchor = {
    target: link.target ?? '',
    getAttribute: (name: string) => (name === 'href' ? link.href : null),
    hasAttribute: (name: string) => name === 'download' && !!link.download,
  };
  const preventDefault = vi.fn();
  const event = {
    target: { closest: (selector: string) => (selector === 'a' ? anchor : null) },
    currentTarget: { contains: () => inside },
    defaultPrevented: false, button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false,
    ...keys,
    preventDefault,
  } as unknown as MouseEvent<HTMLElement>;
  return { event, preventDefault };
}

describe('followLinkClick', () => {
  it('follows a plain click on a sort link with the router, keeping the scroll position, instead of loading the page', () => {
    const router = { push: vi.fn() };
    const { event, preventDefault } = click({ href: '/issuers/1318605?sort=price&dir=desc' });
    expect(followLinkClick(event, router, false)).toBe(true);
    expect(router.push).toHaveBeenCalledWith('/issuers/1318605?sort=price&dir=desc', { scroll: false });
    expect(preventDefault).toHaveBeenCalled();
  });

  it('leaves a click with a modifier key, another button, a new-tab or download link, or another site to the browser', () => {
    const router = { push: vi.fn() };
    const left = [
      click({ href: '/issuers/1?page=2' }, { ctrlKey: true }),
      click({ href: '/issuers/1?page=2' }, { metaKey: true }),
      click({ href: '/issuers/1?page=2' }, { shiftKey: true }),
      click({ href: '/issuers/1?page=2' }, { button: 1 }),
      click({ href: '/issuers/1?page=2', target: '_blank' }),
      click({ href: '/api/issuers/1/transactions?format=csv', download: true }),
      click({ href: 'https://www.sec.gov/' }),
      click({ href: '//example.com/x' }),
      click({ href: '/issuers/1?page=2' }, {}, false),
    ];
    for (const { event, preventDefault } of left) {
      expect(followLinkClick(event, router, true)).toBe(false);
      expect(preventDefault).not.toHaveBeenCalled();
    }
    expect(router.push).not.toHaveBeenCalled();
  });

  it('without the app router (JavaScript off has no handler at all) a link is an ordinary link', () => {
    const { event, preventDefault } = click({ href: '/issuers/1?page=2' });
    expect(followLinkClick(event, null, true)).toBe(false);
    expect(preventDefault).not.toHaveBeenCalled();
  });
});

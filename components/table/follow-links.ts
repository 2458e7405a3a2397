// The table's header and pager links are plain anchors, followed inside the app by one click handler
// on the element around them, as next/link would follow each: a <Link> is a component with its own
// hooks on every server render, and a table has two dozen of them (twelve headers, two pagers).
// Without the app router (a test's render) or JavaScript, they are ordinary links.
import { useContext, type MouseEvent } from 'react';
import { AppRouterContext, type AppRouterInstance } from 'next/dist/shared/lib/app-router-context.shared-runtime';

export type FollowLink = (event: MouseEvent<HTMLElement>) => void;

/** A click on a modified key, another button, another frame or a download stays the browser's (as next/link leaves it). */
function isPlainClick(event: MouseEvent<HTMLElement>, link: HTMLAnchorElement): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
    && (!link.target || link.target === '_self') && !link.hasAttribute('download');
}

/**
 * A click inside `event.currentTarget`: when it is a plain click on a link to a path of this site,
 * followed with the router (`scroll: false` keeps the scroll position). Whether it was.
 */
export function followLinkClick(event: MouseEvent<HTMLElement>, router: Pick<AppRouterInstance, 'push'> | null, scroll: boolean): boolean {
  const link = (event.target as Element | null)?.closest?.('a') ?? null;
  if (!router || !link || !event.currentTarget.contains(link) || !isPlainClick(event, link)) return false;
  const href = link.getAttribute('href');
  if (!href?.startsWith('/') || href.startsWith('//')) return false;
  event.preventDefault();
  router.push(href, { scroll });
  return true;
}

/** onClick handlers for an element holding such links: sorting keeps the scroll position, paging goes to the top. */
export function useFollowLinks(): { keepScroll: FollowLink; toTop: FollowLink } {
  const router = useContext(AppRouterContext);
  return {
    keepScroll: (event) => void followLinkClick(event, router, false),
    toTop: (event) => void followLinkClick(event, router, true),
  };
}

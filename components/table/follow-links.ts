// The table's header and pager links are plain anchors, followed inside the app by one click handler
// on the element around them, as next/link would follow each: a <Link> is a component with its own
// hooks on every server render, and a table has two dozen of them (twelve headers, two pagers).
// Without the app router (a test's render) or JavaScript, they are ordinary links.
import { useContext, type MouseEvent } from 'react';
import { AppRouterContext } from 'next/dist/shared/lib/app-router-context.shared-runtime';

export type FollowLink = (event: MouseEvent<HTMLElement>) => void;

/** A click on a modified key, another button, another frame or a download stays the browser's (as next/link leaves it). */
function isPlainClick(event: MouseEvent<HTMLElement>, link: HTMLAnchorElement): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
    && (!link.target || link.target === '_self') && !link.hasAttribute('download');
}

/**
 * An onClick for an element holding same-origin links: a plain click on one navigates in the app.
 * `scroll: false` keeps the scroll position (a sort header's new order is read where the table is).
 */
export function useFollowLinks(): { keepScroll: FollowLink; toTop: FollowLink } {
  const router = useContext(AppRouterContext);
  const follow = (scroll: boolean): FollowLink => (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!router || !link || !event.currentTarget.contains(link) || !isPlainClick(event, link)) return;
    const href = link.getAttribute('href');
    if (!href?.startsWith('/') || href.startsWith('//')) return;
    event.preventDefault();
    router.push(href, { scroll });
  };
  return { keepScroll: follow(false), toTop: follow(true) };
}

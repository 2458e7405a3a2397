'use client';
// One island for every footnote marker of a filing page: on hover or keyboard focus it shows the
// footnote's text beside the marker, read from the Explanation of Responses below (the page's only
// copy of it), and it takes no props, so nothing of a footnote goes into the page data twice.
// WCAG 1.4.13: the text stays while the pointer moves onto it and closes on Escape.
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import styles from './footnote-marks.module.css';

const TIP_ID = 'footnote-tip';
const HIDE_DELAY_MS = 150;

type Open = { marker: HTMLAnchorElement; label: string; text: string };

const markerOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-footnote]') : null;

/** The footnote's text, from the list item the marker links to. */
function textOf(marker: HTMLAnchorElement): string {
  const item = document.getElementById(decodeURIComponent(marker.hash.slice(1)));
  const text = item?.querySelector('[data-footnote-text]')?.textContent;
  return text ?? 'This footnote is referenced but missing from the filing’s footnotes.';
}

export function FootnoteTips() {
  const [open, setOpen] = useState<Open | null>(null);
  const hideTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const cancelHide = () => window.clearTimeout(hideTimer.current);
    const hideSoon = () => {
      cancelHide();
      hideTimer.current = window.setTimeout(() => setOpen(null), HIDE_DELAY_MS);
    };
    const show = (marker: HTMLAnchorElement) => {
      cancelHide();
      setOpen((current) => (current?.marker === marker ? current : { marker, label: marker.textContent ?? '', text: textOf(marker) }));
    };
    // The tooltip is put inside the marker's wrapper: moving from one to the other leaves neither.
    const hostOf = (target: EventTarget | null) => markerOf(target)?.parentElement ?? (target instanceof Element ? target.closest(`#${TIP_ID}`)?.parentElement : null);
    const onOver = (e: PointerEvent) => {
      const marker = markerOf(e.target);
      if (marker) show(marker);
      else if (hostOf(e.target)) cancelHide();
    };
    const onOut = (e: PointerEvent) => {
      const host = hostOf(e.target);
      if (host && !(e.relatedTarget instanceof Node && host.contains(e.relatedTarget))) hideSoon();
    };
    const onFocusIn = (e: FocusEvent) => {
      const marker = markerOf(e.target);
      if (marker) show(marker);
    };
    const onFocusOut = (e: FocusEvent) => {
      if (markerOf(e.target)) hideSoon();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        cancelHide();
        setOpen(null);
      }
    };
    document.addEventListener('pointerover', onOver);
    document.addEventListener('pointerout', onOut);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    document.addEventListener('keydown', onKey);
    return () => {
      cancelHide();
      document.removeEventListener('pointerover', onOver);
      document.removeEventListener('pointerout', onOut);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  useEffect(() => {
    if (!open) return;
    open.marker.setAttribute('aria-describedby', TIP_ID);
    return () => open.marker.removeAttribute('aria-describedby');
  }, [open]);

  if (!open?.marker.parentElement) return null;
  return createPortal(
    <span role="tooltip" id={TIP_ID} className={styles.tip}>
      <span className="font-semibold">{open.label}</span> {open.text}
    </span>,
    open.marker.parentElement,
  );
}

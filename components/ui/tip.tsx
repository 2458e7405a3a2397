import type { ReactNode } from 'react';

/**
 * A mark whose explanation shows on hover and on keyboard focus (app/globals.css .tip): the mark is
 * focusable and described by the text, a sibling, so that the mark's own text stays its name. Works
 * without JavaScript; the table island closes an open one on Escape (WCAG 1.4.13).
 */
export function Tip({ id, className, text, children }: { id: string; className?: string; text: string; children: ReactNode }) {
  return (
    <span className="tip">
      <span tabIndex={0} className={className} aria-describedby={id}>{children}</span>
      <span role="tooltip" id={id}>{text}</span>
    </span>
  );
}

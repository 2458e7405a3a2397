import type { ReactNode } from 'react';

type TipProps = { id: string; className?: string; text: string; children: ReactNode };

/**
 * A mark whose explanation shows on hover and on keyboard focus (app/styles/tables.css .tip): the mark is
 * focusable and described by the text, a sibling, so that the mark's own text stays its name. Works
 * without JavaScript; the table island closes an open one on Escape (WCAG 1.4.13). A call rather
 * than a component: dense tables' cells render it many times.
 */
export function tip({ id, className, text, children }: TipProps): ReactNode {
  return (
    <span className="tip">
      <span tabIndex={0} className={className} aria-describedby={id}>{children}</span>
      <span role="tooltip" id={id}>{text}</span>
    </span>
  );
}

import type { ReactNode } from 'react';

/**
 * A titled table in a container that scrolls sideways on narrow screens (and keeps its header row
 * in view on long tables); on phones each row is a card. The container is focusable so keyboard
 * users can scroll it.
 */
export function FormTable({ id, variant, title, caption, headers, children, footer }: {
  id: string;
  /** A class beside the id, for a form whose columns are named otherwise (app/styles/phone-cards.css). */
  variant?: string;
  title: string;
  caption: string;
  headers: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <section className="mt-8">
      <h2 id={`${id}-heading`} className="text-base font-semibold tracking-tight">{title}</h2>
      <div
        role="region"
        aria-labelledby={`${id}-heading`}
        tabIndex={0}
        className="form-box relative mt-2 max-h-[75vh] overflow-auto rounded-md border border-zinc-300 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-zinc-700"
      >
        {/* Its id names the table for the phone layout's labels (app/styles/phone-cards.css). */}
        <table className={variant ? `form-table ${id} ${variant}` : `form-table ${id}`}>
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>{headers}</tr>
          </thead>
          <tbody>
            {children}
          </tbody>
        </table>
      </div>
      {footer}
    </section>
  );
}

export function EmptyTable({ id, title, text }: { id: string; title: string; text: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8">
      <h2 id={`${id}-heading`} className="text-base font-semibold tracking-tight">{title}</h2>
      <p className="mt-2 rounded-md border border-dashed border-zinc-300 px-3 py-2 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">{text}</p>
    </section>
  );
}

export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

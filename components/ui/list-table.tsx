import Link from 'next/link';
import type { ReactNode } from 'react';
import { linkClass, mutedClass } from './styles';

// A ListTable styles its cells and rows itself (.data-table in app/styles/tables.css): rows and cells need
// no classes of their own.

export type ListColumn = { label: string; numeric?: boolean };

/**
 * Records as a table in a bordered box that scrolls sideways on narrow screens; a `tall` one scrolls
 * down too, past 24rem, its header row kept in view. The box is focusable so keyboard users can scroll it.
 * Rows highlight under the pointer.
 */
export function ListTable({ label, caption, columns, tall = false, nowrapHeaders = false, cards = false, className, children }: {
  /** Names the scrolling box. */
  label: string;
  caption: ReactNode;
  columns: readonly ListColumn[];
  tall?: boolean;
  nowrapHeaders?: boolean;
  /** On phones each row becomes a card, each cell under its `data-label` (app/styles/phone-cards.css). */
  cards?: boolean;
  /** The table's own class, for cells styled by position rather than a class on each. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`table-box ${tall ? 'max-h-96 overflow-auto' : 'overflow-x-auto'}${cards ? ' phone-cards' : ''}`} role="region" aria-label={label} tabIndex={0}>
      <table className={`data-table hover-rows${tall ? ' sticky-head' : ''}${className ? ` ${className}` : ''}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={`${c.numeric ? 'text-right' : ''}${nowrapHeaders ? ' whitespace-nowrap' : ''}` || undefined}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** Under a list cut to its first `shown` rows (nothing when that is all of them): which rows these are, and a link to all. */
export function ShowAllRows({ shown, total, which, noun, href }: {
  shown: number;
  total: number;
  /** How the shown rows were chosen, e.g. "who filed most recently". */
  which: string;
  /** What the rows are, plural. */
  noun: string;
  href: string;
}) {
  if (total <= shown) return null;
  return (
    <p className={`text-sm ${mutedClass}`}>
      The {shown.toLocaleString('en-US')} {which} of {total.toLocaleString('en-US')}.{' '}
      <Link href={href} className={linkClass}>Show all {total.toLocaleString('en-US')} {noun}</Link>
    </p>
  );
}

import Link from 'next/link';
import type { ReactNode } from 'react';
import { linkClass, mutedClass } from './styles';

/** A body row and cell of a ListTable. */
export const listRowClass = 'hover:bg-zinc-50 dark:hover:bg-zinc-900/60';
export const listCellClass = 'border-b border-zinc-100 px-2 py-1 align-top dark:border-zinc-800/70';
const headClass = 'border-b border-zinc-200 bg-zinc-50 px-2 py-1.5 font-semibold text-zinc-700 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-200';

export type ListColumn = { label: string; numeric?: boolean };

/**
 * Records as a table in a bordered box that scrolls sideways on narrow screens; a `tall` one scrolls
 * down too, past 24rem, its header row kept in view. The box is focusable so keyboard users can scroll it.
 * The rows go in as children, classed with `listRowClass` and their cells with `listCellClass`.
 */
export function ListTable({ label, caption, columns, tall = false, nowrapHeaders = false, children }: {
  /** Names the scrolling box. */
  label: string;
  caption: ReactNode;
  columns: readonly ListColumn[];
  tall?: boolean;
  nowrapHeaders?: boolean;
  children: ReactNode;
}) {
  const head = `${tall ? 'sticky top-0 z-10 ' : ''}${nowrapHeaders ? 'whitespace-nowrap ' : ''}${headClass}`;
  return (
    <div className={`relative ${tall ? 'max-h-96 overflow-auto' : 'overflow-x-auto'} rounded-md border border-zinc-200 dark:border-zinc-800`} role="region" aria-label={label} tabIndex={0}>
      <table className="w-full border-separate border-spacing-0 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={`${head} ${c.numeric ? 'text-right' : 'text-left'}`}>{c.label}</th>
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

// Class strings shared by pages and tables, so links and controls look the same everywhere.
export const linkClass =
  'text-sky-700 underline-offset-2 hover:underline focus-visible:underline dark:text-sky-400';
export const mutedClass = 'text-zinc-500 dark:text-zinc-400';
export const controlClass =
  'h-8 rounded-md border border-zinc-300 bg-white px-2 text-sm text-zinc-900 shadow-xs focus:outline-2 focus:outline-offset-1 focus:outline-sky-600 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100';
export const buttonClass =
  'inline-flex h-8 items-center rounded-md bg-zinc-900 px-3 text-sm font-medium text-white hover:bg-zinc-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-white';
export const secondaryButtonClass =
  'inline-flex h-8 items-center rounded-md border border-zinc-300 px-3 text-sm font-medium text-zinc-800 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-zinc-700 dark:text-zinc-100 dark:hover:bg-zinc-800';
export const sectionTitleClass = 'text-base font-semibold tracking-tight';

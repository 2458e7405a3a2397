// Class strings shared by pages and tables, so links and controls look the same everywhere. Links and
// muted text are classes of app/globals.css: tables repeat them on every row.
export const linkClass = 'link';
export const mutedClass = 'muted';
/** A filter form's select or input (.control in app/globals.css: a form has seven). */
export const controlClass = 'control';
export const buttonClass =
  'inline-flex h-8 items-center rounded-md bg-zinc-900 px-3 text-sm font-medium text-white hover:bg-zinc-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-white';
export const secondaryButtonClass =
  'inline-flex h-8 items-center rounded-md border border-zinc-300 px-3 text-sm font-medium text-zinc-800 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-zinc-700 dark:text-zinc-100 dark:hover:bg-zinc-800';
export const sectionTitleClass = 'text-base font-semibold tracking-tight';

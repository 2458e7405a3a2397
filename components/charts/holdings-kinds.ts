// How the two holdings lines look and are named: shared by the server part of the chart and its island
// (a value exported from a 'use client' module is only a reference on the server).
export const KINDS = {
  D: { label: 'Direct', className: 'text-sky-700 dark:text-sky-400', dash: undefined },
  I: { label: 'Indirect', className: 'text-amber-700 dark:text-amber-400', dash: '6 4' },
} as const;

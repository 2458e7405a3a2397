import { keptByInput } from '@/lib/format';

const monthName = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2021-05" → "May 2021", kept by month: a chart names each month three times (two bars and a table row). */
export const formatMonth = keptByInput((month: string) => monthName.format(Date.parse(`${month}-01T00:00:00Z`)));

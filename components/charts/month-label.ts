const monthName = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2021-05" → "May 2021". */
export const formatMonth = (month: string) => monthName.format(Date.parse(`${month}-01T00:00:00Z`));

// The Section 16 forms (3, 4 and 5) and their amendments (/A): which form types this app reads, and
// the form a type is. Written once for the parser, the data sets, EDGAR's lists, the store and the pages.

/** Every form type read, as the XML, EDGAR's indexes and the data sets name them. */
export const OWNERSHIP_FORMS: ReadonlySet<string> = new Set(['3', '3/A', '4', '4/A', '5', '5/A']);

/** An amendment's type: `4/A`. */
export const isAmendment = (formType: string): boolean => formType.endsWith('/A');

/** The form a type is, amendment or not: `4/A` → `4`. */
export const baseForm = (formType: string): string => (isAmendment(formType) ? formType.slice(0, -2) : formType);

/** A Form 3 or 3/A: an initial statement, of holdings alone. */
export const isInitialStatement = (formType: string): boolean => baseForm(formType) === '3';

/** A Form 5 or 5/A: an annual statement, whose tables count holdings at the end of the issuer's fiscal year. */
export const isAnnualStatement = (formType: string): boolean => baseForm(formType) === '5';

const MEANINGS: Record<string, string> = {
  '3': 'Initial statement of beneficial ownership',
  '4': 'Statement of changes in beneficial ownership',
  '5': 'Annual statement of changes in beneficial ownership',
};

/** The form a filing's type is, amendment or not: "3/A" → "3". */
export const baseForm = (formType: string) => formType.replace(/\/A$/i, '');

/** A Form 5 or 5/A, whose tables count holdings at the end of the issuer's fiscal year. */
export const isAnnualStatement = (formType: string) => baseForm(formType) === '5';

/** "4" → "Statement of changes in beneficial ownership"; "4/A" → "Amendment to a statement of changes …". */
export function describeFormType(formType: string): string {
  const base = baseForm(formType);
  const meaning = MEANINGS[base] ?? 'Ownership report';
  return base === formType ? meaning : `Amendment to a ${meaning.charAt(0).toLowerCase()}${meaning.slice(1)}`;
}

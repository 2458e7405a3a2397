import { baseForm } from '@/lib/domain/form-types';

const MEANINGS: Record<string, string> = {
  '3': 'Initial statement of beneficial ownership',
  '4': 'Statement of changes in beneficial ownership',
  '5': 'Annual statement of changes in beneficial ownership',
};

/** "4" → "Statement of changes in beneficial ownership"; "4/A" → "Amendment to a statement of changes …". */
export function describeFormType(formType: string): string {
  const base = baseForm(formType);
  const meaning = MEANINGS[base] ?? 'Ownership report';
  return base === formType ? meaning : `Amendment to a ${meaning.charAt(0).toLowerCase()}${meaning.slice(1)}`;
}

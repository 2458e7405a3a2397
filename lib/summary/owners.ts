// Who filed, as the sentence's subject: "Director Richard D. Federico", "Elon Musk (CEO, director and 10% owner)".
import { readableName } from '@/lib/domain/names';
import { roleWords } from '@/lib/domain/roles';
import { capitalize, joinList } from './english';
import type { SummaryOwner } from './types';

function ownerPhrase(owner: SummaryOwner, first: boolean): string {
  const name = owner.readableName || readableName(owner.name) || 'an unnamed reporting owner';
  const label = joinList(roleWords(owner));
  if (!label) return name;
  // A title with commas ("SVP, GC and Secretary") reads better after the name.
  if (label.includes(',')) return `${name} (${label})`;
  return `${first ? capitalize(label) : label} ${name}`;
}

/** The subject: one owner, two, or the first and a count; `plural` picks the verb ("holds"/"hold"). */
export function subject(owners: SummaryOwner[]): { text: string; plural: boolean } {
  const [first, second] = owners;
  if (!first) return { text: 'The reporting owner', plural: false };
  const lead = ownerPhrase(first, true);
  if (owners.length === 1) return { text: lead, plural: false };
  if (owners.length === 2 && second) return { text: `${lead} and ${ownerPhrase(second, false)}`, plural: true };
  return { text: `${lead} and ${owners.length - 1} other reporting owners`, plural: true };
}

const badge = 'inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset';

/** The relationship boxes checked on the form, as badges: Director, Officer: CEO, 10% owner, Other: text. */
export function RoleBadges({ owner }: {
  owner: { isDirector: boolean; isOfficer: boolean; isTenPercentOwner: boolean; isOther: boolean; officerTitle: string | null; otherText: string | null };
}) {
  const roles: Array<{ key: string; text: string; tone: string }> = [];
  if (owner.isDirector) roles.push({ key: 'director', text: 'Director', tone: 'bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800' });
  if (owner.isOfficer) roles.push({ key: 'officer', text: owner.officerTitle ? `Officer: ${owner.officerTitle}` : 'Officer', tone: 'bg-violet-50 text-violet-800 ring-violet-200 dark:bg-violet-950 dark:text-violet-200 dark:ring-violet-800' });
  if (owner.isTenPercentOwner) roles.push({ key: 'ten', text: '10% owner', tone: 'bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800' });
  if (owner.isOther) roles.push({ key: 'other', text: owner.otherText ? `Other: ${owner.otherText}` : 'Other', tone: 'bg-zinc-100 text-zinc-800 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-200 dark:ring-zinc-600' });
  if (roles.length === 0) return <span className="text-xs text-zinc-600 dark:text-zinc-400">No relationship checked</span>;
  return (
    <ul aria-label="Relationship to issuer" className="flex flex-wrap gap-1">
      {roles.map((r) => (
        <li key={r.key} className={`${badge} ${r.tone}`}>{r.text}</li>
      ))}
    </ul>
  );
}

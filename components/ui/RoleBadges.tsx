import type { Roles } from '@/lib/queries/types';

const base = 'inline-flex items-center rounded px-1.5 py-px text-[11px] font-medium leading-4 ring-1 ring-inset whitespace-nowrap';
const tones = {
  director: 'bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800',
  officer: 'bg-violet-50 text-violet-800 ring-violet-200 dark:bg-violet-950 dark:text-violet-200 dark:ring-violet-800',
  tenPercent: 'bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800',
  other: 'bg-zinc-100 text-zinc-700 ring-zinc-200 dark:bg-zinc-800 dark:text-zinc-200 dark:ring-zinc-700',
} as const;

export function roleLabels(roles: Roles): string[] {
  const labels: string[] = [];
  if (roles.isDirector) labels.push('Director');
  if (roles.isOfficer) labels.push(roles.officerTitle?.trim() || 'Officer');
  if (roles.isTenPercentOwner) labels.push('10% owner');
  if (roles.isOther) labels.push(roles.otherText?.trim() || 'Other');
  return labels;
}

/** Director, officer (with title), 10% owner and other (with its text), as small badges. */
export function RoleBadges({ roles, compact = false }: { roles: Roles; compact?: boolean }) {
  // Compact badges (dense tables) shorten the fixed labels; the full wording stays in the tooltip
  // and in the accessible name.
  const badges: { key: string; label: string; short: string; tone: keyof typeof tones; title: string }[] = [];
  if (roles.isDirector) badges.push({ key: 'd', label: 'Director', short: 'Dir', tone: 'director', title: 'Director' });
  if (roles.isOfficer) {
    const title = roles.officerTitle?.trim();
    badges.push({ key: 'o', label: title || 'Officer', short: title || 'Officer', tone: 'officer', title: title ? `Officer: ${title}` : 'Officer' });
  }
  if (roles.isTenPercentOwner) badges.push({ key: 't', label: '10% owner', short: '10%', tone: 'tenPercent', title: '10% owner' });
  if (roles.isOther) {
    const text = roles.otherText?.trim();
    badges.push({ key: 'x', label: text || 'Other', short: text || 'Other', tone: 'other', title: text ? `Other: ${text}` : 'Other' });
  }
  if (badges.length === 0) return <span className="text-zinc-500 dark:text-zinc-400">—</span>;
  return (
    <span className={`flex gap-1 ${compact ? 'flex-nowrap' : 'flex-wrap'}`}>
      {badges.map((b) => (
        <span key={b.key} className={`${base} ${tones[b.tone]} ${compact ? 'max-w-32 truncate' : ''}`} title={b.title}>
          {compact && b.short !== b.label ? (
            <>
              <span aria-hidden="true">{b.short}</span>
              <span className="sr-only">{b.label}</span>
            </>
          ) : (
            b.label
          )}
        </span>
      ))}
    </span>
  );
}

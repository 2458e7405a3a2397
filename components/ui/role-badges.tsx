import type { Roles } from '@/lib/domain/filing-json';

// Badge classes are in app/globals.css (.roles, .badge): dense tables repeat them on every row.
type Tone = 'director' | 'officer' | 'ten-percent' | 'other';

/** Roles as the dense tables send them: a flag that is not set may be missing. */
type RoleFlags = { [K in keyof Roles]?: Roles[K] | undefined };

export function roleLabels(roles: RoleFlags): string[] {
  const labels: string[] = [];
  if (roles.isDirector) labels.push('Director');
  if (roles.isOfficer) labels.push(roles.officerTitle?.trim() || 'Officer');
  if (roles.isTenPercentOwner) labels.push('10% owner');
  if (roles.isOther) labels.push(roles.otherText?.trim() || 'Other');
  return labels;
}

/** Director, officer (with title), 10% owner and other (with its text), as small badges. */
export function RoleBadges({ roles, compact = false }: { roles: RoleFlags; compact?: boolean }) {
  // Compact badges (dense tables) shorten the fixed labels; the full wording stays in the tooltip
  // and in the accessible name.
  const badges: { key: string; label: string; short: string; tone: Tone; title: string }[] = [];
  if (roles.isDirector) badges.push({ key: 'd', label: 'Director', short: 'Dir', tone: 'director', title: 'Director' });
  if (roles.isOfficer) {
    const title = roles.officerTitle?.trim();
    badges.push({ key: 'o', label: title || 'Officer', short: title || 'Officer', tone: 'officer', title: title ? `Officer: ${title}` : 'Officer' });
  }
  if (roles.isTenPercentOwner) badges.push({ key: 't', label: '10% owner', short: '10%', tone: 'ten-percent', title: '10% owner' });
  if (roles.isOther) {
    const text = roles.otherText?.trim();
    badges.push({ key: 'x', label: text || 'Other', short: text || 'Other', tone: 'other', title: text ? `Other: ${text}` : 'Other' });
  }
  if (badges.length === 0) return <span className="muted">—</span>;
  return (
    <span className={compact ? 'roles compact' : 'roles'}>
      {badges.map((b) => (
        <span key={b.key} className={`badge ${b.tone}`} title={b.title}>
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

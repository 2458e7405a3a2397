import type { ReactNode } from 'react';
import { roleLabelsOf, type RoleFlags } from '@/lib/domain/roles';

// Badge classes are in app/styles/pages.css (.roles, .badge and a tone per role): dense tables repeat them on every row.

/**
 * The relationship boxes checked on the form, as badges in the form's order: Director, the officer's
 * title (or Officer), 10% owner, the other text (or Other); the box and its text on hover, where the
 * badge does not already say it.
 * `compact` (dense tables) shortens the fixed labels, keeping the full wording for screen readers.
 * `list` (where the roles stand alone, as on a filing's owner card) makes them a list of that name,
 * each badge spelled out ("Officer: CEO").
 */
export function RoleBadges({ roles, compact = false, list }: { roles: RoleFlags; compact?: boolean; list?: string }) {
  const labels = roleLabelsOf(roles);
  if (list !== undefined) {
    if (labels.length === 0) return <span className="text-xs muted">No relationship checked</span>;
    return (
      <ul aria-label={list} className="roles">
        {labels.map((l) => <li key={l.role} className={`badge ${l.role}`}>{l.full}</li>)}
      </ul>
    );
  }
  if (labels.length === 0) return <span className="muted">—</span>;
  return (
    <span className={compact ? 'roles compact' : 'roles'}>
      {labels.map((l) => (
        <span key={l.role} className={`badge ${l.role}`} title={l.full !== l.label || compact ? l.full : undefined}>
          {compact && l.short !== l.label ? (
            <>
              <span aria-hidden="true">{l.short}</span>
              <span className="sr-only">{l.label}</span>
            </>
          ) : (
            l.label
          )}
        </span>
      ))}
    </span>
  );
}

/** Badge labels longer than this may be cut to a cell badge's width. */
const CUT_LABEL = 16;

/**
 * The badges of a transactions table's cell (fifty rows a page): each its role's class alone, laid
 * out by the table's CSS (app/styles/tables.css .tx-cols), typed text (an officer's title) longer than
 * the badge's width whole on hover; a dash when no box is checked. A call, not a component.
 */
export function roleCellBadges(roles: RoleFlags): ReactNode {
  const labels = roleLabelsOf(roles);
  if (labels.length === 0) return <span className="faint">—</span>;
  return labels.map(({ role, label }) => (
    <span key={role} className={role} title={label.length > CUT_LABEL ? label : undefined}>{label}</span>
  ));
}

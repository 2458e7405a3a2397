import 'server-only';
import { ROLE_FLAGS, ROLES, type Role } from '@/lib/domain/roles';
import type { Roles } from '@/db/queries/types';
import type { CsvColumn } from '@/app/api/_lib/csv-stream';

const ROLE_HEADERS: Readonly<Record<Role, string>> = { director: 'director', officer: 'officer', 'ten-percent': 'ten_percent_owner', other: 'other' };

/** An export's relationship columns: one 0/1 column per box of the form, in its order, then the officer's title and the other text. */
export function roleColumns<T extends Roles>(): CsvColumn<T>[] {
  return [
    ...ROLES.map((role): CsvColumn<T> => ({ header: ROLE_HEADERS[role], value: (r) => (r[ROLE_FLAGS[role]] ? 1 : 0) })),
    { header: 'officer_title', value: (r) => r.officerTitle },
    { header: 'other_text', value: (r) => r.otherText },
  ];
}

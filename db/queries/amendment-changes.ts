import 'server-only';
import { getDb, type AppDatabase } from '@/db';
import { getFilingJson } from '@/db/queries/filing-json';
import { diffAmendment, type AmendmentDiff } from '@/lib/domain/amendment-diff';

export type AmendmentChanges = {
  /** The amended filing. */
  original: { accession: string; formType: string; filedAt: string | null };
  diff: AmendmentDiff;
};

/**
 * What the amendment `accession` (a 4/A, 3/A or 5/A) changed against the filing it amends, field by
 * field; null when it is not stored, amends nothing, or its original is not stored.
 */
export function getAmendmentChanges(accession: string, db: AppDatabase = getDb()): AmendmentChanges | null {
  const amendment = getFilingJson(accession, db);
  if (!amendment?.amends) return null;
  const original = getFilingJson(amendment.amends, db);
  if (!original) return null;
  return {
    original: { accession: original.accession, formType: original.formType, filedAt: original.filedAt },
    diff: diffAmendment(original, amendment),
  };
}

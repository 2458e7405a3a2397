/** A stored original that an amendment may amend (same issuer, first owner, base form, period). */
export interface AmendmentCandidate {
  accession: string;
  filedAt: string | null;
  /** Filing date, or for a bare XML its latest signature date. */
  effectiveDate: string | null;
}

/**
 * Which original an amendment amends. The form names the original by its filing date
 * (`dateOfOriginalSubmission`), so a filing filed that day wins; otherwise the latest one filed
 * before the amendment. Ties go to the higher accession, so the answer never depends on load order.
 */
export function chooseAmendedFiling(
  amendment: { dateOfOriginalSubmission: string | null; effectiveDate: string | null },
  candidates: readonly AmendmentCandidate[],
): string | null {
  const original = amendment.dateOfOriginalSubmission;
  if (original !== null) {
    const filedThatDay = candidates.filter((c) => c.filedAt === original);
    const match = latest(filedThatDay.length > 0 ? filedThatDay : candidates.filter((c) => c.effectiveDate === original));
    if (match) return match;
  }
  const before = amendment.effectiveDate;
  return latest(candidates.filter((c) => before === null || c.effectiveDate === null || c.effectiveDate <= before));
}

function latest(candidates: readonly AmendmentCandidate[]): string | null {
  let best: AmendmentCandidate | null = null;
  for (const c of candidates) {
    if (best === null || compare(c, best) > 0) best = c;
  }
  return best?.accession ?? null;
}

function compare(a: AmendmentCandidate, b: AmendmentCandidate): number {
  const ad = a.effectiveDate ?? '';
  const bd = b.effectiveDate ?? '';
  if (ad !== bd) return ad < bd ? -1 : 1;
  return a.accession < b.accession ? -1 : a.accession > b.accession ? 1 : 0;
}

// Amendment links as the store keeps them: each amendment points at the best stored original (or at
// nothing), whatever order they came in. Which original is best is db/amendments.ts's rule.
import type Database from 'better-sqlite3';
import { baseForm, isAmendment } from '../lib/domain/form-types';
import type { StorableFiling } from './store';
import { chooseAmendedFiling, type AmendmentCandidate } from './amendments';

export interface AmendmentLinks {
  /** Points a stored amendment at its best original (or at nothing). */
  relink(accession: string): void;
  /** Links a just-stored filing: an amendment to its original, an original to its amendments. */
  linkStored(accession: string, parsed: StorableFiling): void;
}

interface AmendmentKey {
  issuerCik: string;
  periodOfReport: string | null;
  formType: string;
  dateOfOriginalSubmission: string | null;
  ownerCik: string | null;
  effectiveDate: string | null;
  amends: string | null;
}

export function createAmendmentLinks(sqlite: Database.Database): AmendmentLinks {
  // Filings of one issuer, period and form, whose first reporting owner is the same.
  const statements = {
    amendmentKey: sqlite.prepare<[string], AmendmentKey>(`
      SELECT f.issuer_cik AS issuerCik, f.period_of_report AS periodOfReport, f.form_type AS formType,
        f.date_of_original_submission AS dateOfOriginalSubmission, o.owner_cik AS ownerCik, ${effectiveDate('f')} AS effectiveDate,
        f.amends AS amends
      FROM filings f LEFT JOIN filing_owners o ON o.accession = f.accession AND o.position = 0
      WHERE f.accession = ?`),
    sameKeyFilings: sqlite.prepare<[string, string | null, string, string | null], AmendmentCandidate>(`
      SELECT f.accession, f.filed_at AS filedAt, ${effectiveDate('f')} AS effectiveDate
      FROM filings f JOIN filing_owners o ON o.accession = f.accession AND o.position = 0
      WHERE f.issuer_cik = ? AND f.period_of_report IS ? AND f.form_type = ? AND o.owner_cik IS ?`),
    setAmends: sqlite.prepare<[string | null, string]>('UPDATE filings SET amends = ? WHERE accession = ?'),
  };

  function relink(accession: string, known?: AmendmentKey): void {
    const key = known ?? statements.amendmentKey.get(accession);
    if (!key || !isAmendment(key.formType)) return;
    const candidates = statements.sameKeyFilings.all(key.issuerCik, key.periodOfReport, baseForm(key.formType), key.ownerCik);
    const target = chooseAmendedFiling(key, candidates);
    if (target !== key.amends) statements.setAmends.run(target, accession);
  }

  function linkStored(accession: string, parsed: StorableFiling): void {
    const issuerCik = parsed.issuer.cik;
    const ownerCik = parsed.reportingOwners[0]?.cik ?? null;
    if (isAmendment(parsed.formType)) {
      relink(accession, {
        issuerCik, periodOfReport: parsed.periodOfReport, formType: parsed.formType, ownerCik,
        dateOfOriginalSubmission: parsed.dateOfOriginalSubmission, effectiveDate: effectiveDateOf(parsed), amends: null,
      });
      return;
    }
    // Amendments stored before their original now have (perhaps a better) one.
    for (const amendment of statements.sameKeyFilings.all(issuerCik, parsed.periodOfReport, `${parsed.formType}/A`, ownerCik)) {
      relink(amendment.accession);
    }
  }

  return { relink: (accession) => relink(accession), linkStored };
}

/**
 * A filing's date for ordering amendments: the filing date, or for a bare XML (which has none) its
 * latest signature date, which an amendment's own date is compared with.
 */
function effectiveDate(alias: string): string {
  return `coalesce(${alias}.filed_at, (SELECT max(s.value ->> 'date') FROM json_each(${alias}.signatures) s))`;
}

/** As `effectiveDate` in SQL, for a parsed filing. */
function effectiveDateOf(parsed: StorableFiling): string | null {
  if (parsed.filedAt !== null) return parsed.filedAt;
  let latest: string | null = null;
  for (const s of parsed.signatures) if (s.date !== null && (latest === null || s.date > latest)) latest = s.date;
  return latest;
}

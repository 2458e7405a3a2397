import { asc, eq } from 'drizzle-orm';
import { getDb, type AppDatabase } from '../index';
import { normalizeAccession } from '../accession';
import { filingOwners, filings } from '../schema';
import type { FilingJson } from '../../lib/domain/filing-json';
import { getStoredRows, parseStoredDocument, rowsAsFiled } from './filing-json-rows';
import { ownerRelationshipColumns } from '../owner-relationship';

/** The stored filing in the public JSON shape, or `null` when there is none with that accession. */
export function getFilingJson(accession: string, db: AppDatabase = getDb()): FilingJson | null {
  const key = normalizeAccession(accession);
  if (key === null) return null;
  const filing = db
    .select({
      accession: filings.accession,
      formType: filings.formType,
      periodOfReport: filings.periodOfReport,
      filedAt: filings.filedAt,
      issuerCik: filings.issuerCik,
      issuerName: filings.issuerName,
      issuerTicker: filings.issuerTicker,
      document: filings.document,
      signatures: filings.signatures,
      aff10b5One: filings.aff10b5One,
      amends: filings.amends,
      schemaVersion: filings.schemaVersion,
      dateOfOriginalSubmission: filings.dateOfOriginalSubmission,
      acceptedAt: filings.acceptedAt,
      issuerSic: filings.issuerSic,
      issuerSicTitle: filings.issuerSicTitle,
      notSubjectToSection16: filings.notSubjectToSection16,
      noSecuritiesOwned: filings.noSecuritiesOwned,
      origin: filings.origin,
      daysLate: filings.daysLate,
    })
    .from(filings)
    .where(eq(filings.accession, key))
    .get();
  if (!filing) return null;

  const owners = db
    .select({
      cik: filingOwners.ownerCik,
      name: filingOwners.name,
      ...ownerRelationshipColumns,
      street1: filingOwners.street1,
      street2: filingOwners.street2,
      city: filingOwners.city,
      state: filingOwners.state,
      zipCode: filingOwners.zipCode,
      stateDescription: filingOwners.stateDescription,
    })
    .from(filingOwners)
    .where(eq(filingOwners.accession, key))
    .orderBy(asc(filingOwners.position))
    .all();

  const parsed = parseStoredDocument(filing.accession, filing.document);
  const { nonDerivative, derivative } = parsed ? rowsAsFiled(parsed) : getStoredRows(key, db);

  const amendedBy = db
    .select({ accession: filings.accession })
    .from(filings)
    .where(eq(filings.amends, key))
    .orderBy(asc(filings.accession))
    .all()
    .map((a) => a.accession);

  return {
    accession: filing.accession,
    formType: filing.formType,
    periodOfReport: filing.periodOfReport,
    filedAt: filing.filedAt,
    issuer: { cik: filing.issuerCik, name: filing.issuerName, ticker: filing.issuerTicker },
    reportingOwners: owners,
    nonDerivative,
    derivative,
    footnotes: parsed ? parsed.footnotes.map(({ id, text }) => ({ id, text })) : [],
    remarks: parsed?.remarks ?? null,
    signatures: filing.signatures,
    aff10b5One: filing.aff10b5One,
    amends: filing.amends,
    amendedBy,
    schemaVersion: filing.schemaVersion,
    dateOfOriginalSubmission: filing.dateOfOriginalSubmission,
    acceptedAt: filing.acceptedAt,
    issuerIndustry: filing.issuerSic === null ? null : { sic: filing.issuerSic, title: filing.issuerSicTitle },
    notSubjectToSection16: filing.notSubjectToSection16,
    noSecuritiesOwned: filing.noSecuritiesOwned,
    daysLate: filing.daysLate,
    source: filing.origin,
  };
}

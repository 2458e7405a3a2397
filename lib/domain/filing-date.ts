// The date a filing stands at, on pages and in every order by date.

/**
 * The filing date, or for a bare XML loaded without its submission header (which has none) its
 * period of report, which a Form 4 is filed within two business days of. The database keeps the
 * same rule as the generated column `filings.filing_date` (db/schema.ts), which SQL reads and indexes.
 */
export function filingDateOf(filing: { filedAt: string | null; periodOfReport: string | null }): string | null {
  return filing.filedAt ?? filing.periodOfReport;
}

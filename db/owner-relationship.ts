import { filingOwners } from './schema';

/**
 * The relationship boxes of Form 3/4/5 as filed on one filing, as a drizzle selection: every page
 * that shows an owner's roles (a filing's owners, the latest filings, an issuer's insiders) reads
 * these same columns.
 */
export const ownerRelationshipColumns = {
  isDirector: filingOwners.isDirector,
  isOfficer: filingOwners.isOfficer,
  isTenPercentOwner: filingOwners.isTenPercentOwner,
  isOther: filingOwners.isOther,
  officerTitle: filingOwners.officerTitle,
  otherText: filingOwners.otherText,
};

// A parsed filing as an ingest worker sends it to the writer (worker-protocol.ts): the values the
// store reads, in one flat array in a fixed order, instead of an object graph. Structured clone
// writes every property name of every object it copies (a filing of seven lines is some 200 names)
// and the writer's thread builds each object property by property; a flat array of strings,
// numbers and booleans is a third of the bytes, and the objects are built again here as literals,
// one shape each: reading a filing cost the writer about 19 µs, now about 7 (corpus, node:v8).
// The literals' types make the compiler name a field added to the parser's types and missing here.
import type { StorableDerivativeLine, StorableFiling, StorableLine } from '../db/store-types';
import type { ReportingOwner, Signature } from '../lib/parser/types';

/** A `StorableFiling` without its ownership XML, flattened (`encodeFiling`). */
export type FilingWire = readonly (string | number | boolean | null)[];

const HEAD = 19;
const OWNER = 14;
const LINE = 16;
const DERIVATIVE_LINE = LINE + 6;
const SIGNATURE = 2;

/** The filing's values in `decodeFiling`'s order; its ownership XML is sent (or found) apart. */
export function encodeFiling(f: Omit<StorableFiling, 'ownershipXml'>): FilingWire {
  const { issuer } = f;
  const out: (string | number | boolean | null)[] = [
    f.accession, f.filedAt, f.acceptedAt, f.formType, f.schemaVersion, f.periodOfReport, f.dateOfOriginalSubmission,
    f.notSubjectToSection16, f.noSecuritiesOwned, f.aff10b5One, issuer.cik, issuer.name, issuer.ticker,
    f.reportingOwners.length, f.nonDerivative.length, f.derivative.length, f.signatures.length,
    f.issuerIndustry?.sic ?? null, f.issuerIndustry?.title ?? null,
  ];
  for (const o of f.reportingOwners) {
    out.push(o.cik, o.name, o.street1, o.street2, o.city, o.state, o.zipCode, o.stateDescription,
      o.isDirector, o.isOfficer, o.isTenPercentOwner, o.isOther, o.officerTitle, o.otherText);
  }
  for (const l of f.nonDerivative) pushLine(out, l);
  for (const l of f.derivative) {
    pushLine(out, l);
    out.push(l.conversionOrExercisePrice, l.exerciseDate, l.expirationDate, l.underlyingTitle, l.underlyingShares, l.underlyingValue);
  }
  for (const s of f.signatures) out.push(s.name, s.date);
  // A parser's longer values are slices of the document's text (V8 slices strings of 13 characters
  // or more): held in a chunk's results till the chunk is sent, they kept each 17 KB text alive through
  // the worker's minor GCs, which copied it to the old generation (8,580 files: 157 MB promoted, 40
  // with copies). `(' ' + v).slice(1)` copies: the pair is flattened into a new string, sliced in turn.
  for (let i = 0; i < out.length; i++) {
    const v = out[i];
    if (typeof v === 'string' && v.length >= 13) out[i] = (' ' + v).slice(1);
  }
  return out;
}

function pushLine(out: (string | number | boolean | null)[], l: StorableLine): void {
  out.push(l.kind, l.securityTitle, l.transactionDate, l.deemedExecutionDate, l.formType, l.code, l.equitySwapInvolved,
    l.timeliness, l.shares, l.totalValue, l.pricePerShare, l.acquiredDisposed, l.sharesOwnedAfter, l.valueOwnedAfter,
    l.directOrIndirect, l.natureOfOwnership);
}

// The wire holds what encodeFiling put there, each position of the type its field has.
type Wire = readonly any[];

/** The filing `encodeFiling` flattened, with its ownership XML read (once, when first asked) from `ownershipXml`. */
export function decodeFiling(w: Wire, ownershipXml: () => string): StorableFiling {
  let at = HEAD;
  const reportingOwners: ReportingOwner[] = [];
  for (let n = w[13] as number; n > 0; n--, at += OWNER) {
    reportingOwners.push({
      cik: w[at], name: w[at + 1], street1: w[at + 2], street2: w[at + 3], city: w[at + 4], state: w[at + 5],
      zipCode: w[at + 6], stateDescription: w[at + 7], isDirector: w[at + 8], isOfficer: w[at + 9],
      isTenPercentOwner: w[at + 10], isOther: w[at + 11], officerTitle: w[at + 12], otherText: w[at + 13],
    });
  }
  const nonDerivative: StorableLine[] = [];
  for (let n = w[14] as number; n > 0; n--, at += LINE) nonDerivative.push(lineAt(w, at));
  const derivative: StorableDerivativeLine[] = [];
  for (let n = w[15] as number; n > 0; n--, at += DERIVATIVE_LINE) derivative.push(derivativeLineAt(w, at));
  const signatures: Signature[] = [];
  for (let n = w[16] as number; n > 0; n--, at += SIGNATURE) signatures.push({ name: w[at], date: w[at + 1] });
  let xml: string | undefined;
  return {
    accession: w[0], filedAt: w[1], acceptedAt: w[2], formType: w[3], schemaVersion: w[4], periodOfReport: w[5],
    dateOfOriginalSubmission: w[6], notSubjectToSection16: w[7], noSecuritiesOwned: w[8], aff10b5One: w[9],
    issuer: { cik: w[10], name: w[11], ticker: w[12] },
    issuerIndustry: w[17] === null ? null : { sic: w[17], title: w[18] },
    reportingOwners, nonDerivative, derivative, signatures,
    get ownershipXml() {
      return (xml ??= ownershipXml());
    },
  };
}

function lineAt(w: Wire, at: number): StorableLine {
  return {
    kind: w[at], securityTitle: w[at + 1], transactionDate: w[at + 2], deemedExecutionDate: w[at + 3], formType: w[at + 4],
    code: w[at + 5], equitySwapInvolved: w[at + 6], timeliness: w[at + 7], shares: w[at + 8], totalValue: w[at + 9],
    pricePerShare: w[at + 10], acquiredDisposed: w[at + 11], sharesOwnedAfter: w[at + 12], valueOwnedAfter: w[at + 13],
    directOrIndirect: w[at + 14], natureOfOwnership: w[at + 15],
  };
}

function derivativeLineAt(w: Wire, at: number): StorableDerivativeLine {
  return {
    kind: w[at], securityTitle: w[at + 1], transactionDate: w[at + 2], deemedExecutionDate: w[at + 3], formType: w[at + 4],
    code: w[at + 5], equitySwapInvolved: w[at + 6], timeliness: w[at + 7], shares: w[at + 8], totalValue: w[at + 9],
    pricePerShare: w[at + 10], acquiredDisposed: w[at + 11], sharesOwnedAfter: w[at + 12], valueOwnedAfter: w[at + 13],
    directOrIndirect: w[at + 14], natureOfOwnership: w[at + 15], conversionOrExercisePrice: w[at + 16],
    exerciseDate: w[at + 17], expirationDate: w[at + 18], underlyingTitle: w[at + 19], underlyingShares: w[at + 20],
    underlyingValue: w[at + 21],
  };
}

// An issuer's SIC code: as EDGAR gives it (a submission's header, a CIK's submissions JSON) and as
// it reads on a page, EDGAR's title for it in sentence case with the code.

/** A Standard Industrial Classification as EDGAR records it for a company. */
export interface Industry {
  /** Four digits, `3711`. */
  sic: string;
  /** EDGAR's title for the code, `MOTOR VEHICLES & PASSENGER CAR BODIES`; `null` where only the code is given. */
  title: string | null;
}

/** EDGAR's industry for one CIK (its submissions JSON): the issuer's, when that CIK is a filing's issuer. */
export interface CikIndustry {
  cik: string;
  industry: Industry;
}

/** A SIC code as EDGAR writes it (`3711`, `100`, `0000`), four digits; null for none (0000, blank). */
export function industryOf(code: string | number | null | undefined, title: string | null | undefined): Industry | null {
  const digits = String(code ?? '').trim();
  if (!/^\d{1,4}$/.test(digits) || Number(digits) === 0) return null;
  return { sic: digits.padStart(4, '0'), title: title?.trim() || null };
}

/** The filing with its issuer's industry from EDGAR's record of that CIK, where its own header gave none. */
export function withKnownIndustry<T extends { issuer: { cik: string }; issuerIndustry: Industry | null }>(filing: T, known: CikIndustry | null | undefined): T {
  if (filing.issuerIndustry !== null || !known || known.cik !== filing.issuer.cik) return filing;
  return { ...filing, issuerIndustry: known.industry };
}

/** Words of EDGAR's SIC titles that stay in capitals ("MACHINERY, NEC": not elsewhere classified). */
const KEPT_CAPITALS = new Set(['NEC', 'TV']);

/**
 * EDGAR's title (`SPECIAL INDUSTRY MACHINERY, NEC`, or the submissions JSON's `Motor Vehicles &
 * Passenger Car Bodies`) in sentence case: `Special industry machinery, NEC`.
 */
export function industryTitle(title: string): string {
  const lower = title.trim().replace(/\s+/g, ' ').toLowerCase();
  const kept = lower.replace(/[a-z]+/g, (word) => (KEPT_CAPITALS.has(word.toUpperCase()) ? word.toUpperCase() : word));
  return kept.charAt(0).toUpperCase() + kept.slice(1);
}

/** `Motor vehicles & passenger car bodies (SIC 3711)`, or `SIC 3711` where only the code is known. */
export function industryLabel(industry: Industry): string {
  return industry.title ? `${industryTitle(industry.title)} (SIC ${industry.sic})` : `SIC ${industry.sic}`;
}

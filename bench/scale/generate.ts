// Made-up filings for the scale benchmark: each is a real corpus filing (the template) with new
// issuer, owners, dates, amounts and accession substituted into its text, wrapped in an EDGAR
// submission header (so it has a filing date and acceptance time, as a load from EDGAR does).
// Filing i is the same whatever run makes it (its randomness is seeded by i), so a database can be
// built in steps. Issuers and owners are drawn with a Zipf-like skew: a few issuers and funds with
// thousands of filings, most with a handful.
import { parseFiling } from '@/lib/parser/index';
import { submissionText, xmlEscape } from '../../test/support/ownership-xml';
import type { CorpusFile } from '../corpus';
import {
  FUND_CIK_BASE, OWNER_CIK_BASE, accessionOf, fundName, issuerCikOf, issuerNameOf, issuerSicOf, personName, tickerOf,
} from './identities';
import { rng, sample, zipfCdf } from './random';

// Callers find a generated filing's index here, beside the generator.
export { filingIndexOf } from './identities';

/** A template cut into static text and the slots where values go. */
interface Template {
  formType: string;
  /** Day number (days since 1970) of its period of report: dates move by the same shift. */
  periodDay: number;
  parts: string[];
  slots: Slot[];
  rows: number;
}

type Slot =
  | { kind: 'issuerCik' | 'issuerName' | 'ticker' }
  | { kind: 'ownerCik' | 'ownerName'; owner: number }
  | { kind: 'date'; offset: number }
  | { kind: 'shares' | 'price'; original: number; decimals: number };

const SLOT_PATTERN =
  /<(issuerCik|issuerName|issuerTradingSymbol|rptOwnerCik|rptOwnerName)>([^<]*)<\/\1>|<value>\s*(\d{4}-\d{2}-\d{2})\s*<\/value>|<(periodOfReport|signatureDate|dateOfOriginalSubmission)>\s*(\d{4}-\d{2}-\d{2})\s*<\/\4>|(<(transactionShares|sharesOwnedFollowingTransaction|transactionPricePerShare|underlyingSecurityShares)>\s*<value>)\s*([0-9]+(?:\.[0-9]+)?)\s*(<\/value>)/g;

const DAY = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
const isoCache = new Map<number, string>();
function isoOf(day: number): string {
  let s = isoCache.get(day);
  if (s === undefined) {
    s = new Date(day * DAY).toISOString().slice(0, 10);
    isoCache.set(day, s);
  }
  return s;
}

/** Cuts a corpus XML into a template; null when it is not a usable Form 3/4/5 with a period. */
export function compileTemplate(text: string): Template | null {
  let parsed;
  try {
    parsed = parseFiling(text);
  } catch {
    return null;
  }
  if (!parsed.periodOfReport || !/^\d{4}-\d{2}-\d{2}$/.test(parsed.periodOfReport)) return null;
  if (parsed.reportingOwners.length === 0) return null;
  const periodDay = dayOf(parsed.periodOfReport);
  const parts: string[] = [];
  const slots: Slot[] = [];
  let last = 0;
  let ownerCik = -1;
  let ownerName = -1;
  for (const m of text.matchAll(SLOT_PATTERN)) {
    const at = m.index;
    if (m[1]) {
      const tag = m[1];
      parts.push(text.slice(last, at) + `<${tag}>`);
      if (tag === 'issuerCik') slots.push({ kind: 'issuerCik' });
      else if (tag === 'issuerName') slots.push({ kind: 'issuerName' });
      else if (tag === 'issuerTradingSymbol') slots.push({ kind: 'ticker' });
      else if (tag === 'rptOwnerCik') slots.push({ kind: 'ownerCik', owner: ++ownerCik });
      else slots.push({ kind: 'ownerName', owner: ++ownerName });
      last = at + m[0].length - `</${tag}>`.length;
    } else if (m[3] || m[5]) {
      const date = (m[3] ?? m[5])!;
      const day = dayOf(date);
      if (Number.isNaN(day)) continue;
      const open = m[3] ? '<value>' : `<${m[4]}>`;
      parts.push(text.slice(last, at) + open);
      slots.push({ kind: 'date', offset: day - periodDay });
      last = at + m[0].length - (m[3] ? '</value>' : `</${m[4]}>`).length;
    } else if (m[6]) {
      const number = m[8]!;
      parts.push(text.slice(last, at) + m[6]);
      const decimals = number.includes('.') ? Math.min(4, number.length - number.indexOf('.') - 1) : 0;
      slots.push({ kind: m[7] === 'transactionPricePerShare' ? 'price' : 'shares', original: Number(number), decimals });
      last = at + m[0].length - m[9]!.length;
    }
  }
  parts.push(text.slice(last));
  if (!slots.some((s) => s.kind === 'issuerCik') || ownerCik < 0) return null;
  return {
    formType: parsed.formType,
    periodDay,
    parts,
    slots,
    rows: parsed.nonDerivative.length + parsed.derivative.length,
  };
}

export interface ScalePlan {
  issuers: number;
  funds: number;
}

/** Pools sized for the largest database the run builds: issuers ≈ filings / 50, funds ≈ issuers / 10. */
export function planFor(maxFilings: number): ScalePlan {
  const issuers = Math.max(500, Math.round(maxFilings / 50));
  return { issuers, funds: Math.max(100, Math.round(issuers / 10)) };
}

/** Filing dates spread over EDGAR's XML era. */
const FIRST_DAY = dayOf('2003-07-01');
const LAST_DAY = dayOf('2026-06-30');

/**
 * The filing day of the filing at `x` = index ÷ maxFilings: over [0, 1] a square-root curve from
 * FIRST_DAY to LAST_DAY (later years file more); past 1 (the worker's and the rate rounds' filings
 * beyond --filings) the calendar goes on at the curve's last pace, so the newest still arrive last.
 */
export function filedDayOf(x: number): number {
  const span = LAST_DAY - FIRST_DAY;
  if (x <= 1) return FIRST_DAY + Math.floor(Math.sqrt(Math.max(0, x)) * span);
  // d/dx of sqrt(x) at 1 is 1/2.
  return LAST_DAY + Math.floor(((x - 1) * span) / 2);
}

export interface Generated {
  accession: string;
  text: string;
  issuerCik: string;
}

export class FilingGenerator {
  private readonly issuerCdf: Float64Array;
  private readonly fundCdf: Float64Array;
  private readonly insiderCdfs = new Map<number, Float64Array>();
  private readonly sharesOfIssuer: number[];

  constructor(private readonly templates: Template[], readonly plan: ScalePlan) {
    // s = 0.65 over N/50 issuers: the largest has about 1.1% of all filings (some 80,000 table rows
    // at a million filings), rank 100 about 0.06%, the median a few dozen.
    this.issuerCdf = zipfCdf(plan.issuers, 0.65);
    this.fundCdf = zipfCdf(plan.funds, 1.0);
    this.sharesOfIssuer = Array.from(this.issuerCdf, (c, k) => c - (k > 0 ? this.issuerCdf[k - 1]! : 0));
  }

  static fromCorpus(xml: CorpusFile[], plan: ScalePlan): FilingGenerator {
    const templates = xml.map((f) => compileTemplate(f.text)).filter((t): t is Template => t !== null);
    if (templates.length === 0) throw new Error('no usable corpus filings to use as templates');
    return new FilingGenerator(templates, plan);
  }

  get templateCount(): number {
    return this.templates.length;
  }

  /** Insiders an issuer has over its history: more for the issuers that file more. */
  private insidersOf(rank: number, expectedFilings: number): Float64Array {
    const count = Math.max(3, Math.min(400, Math.round(3 + Math.sqrt(expectedFilings))));
    let cdf = this.insiderCdfs.get(count);
    if (!cdf) {
      cdf = zipfCdf(count, 0.9);
      this.insiderCdfs.set(count, cdf);
    }
    return cdf;
  }

  /** Filing number i (0-based). `maxFilings` only sizes the insider pools. */
  filing(i: number, maxFilings: number): Generated {
    const r = rng(Math.imul(i + 1, 0x9e3779b1) ^ 0x5bd1e995);
    const template = this.templates[Math.floor(r() * this.templates.length)]!;
    const issuer = sample(this.issuerCdf, r());
    const insiderCdf = this.insidersOf(issuer, this.sharesOfIssuer[issuer]! * maxFilings);
    const owner = (): { cik: string; name: string } => {
      // One owner in sixteen is a fund (a 10% owner across many issuers).
      if (r() < 0.06) {
        const fund = sample(this.fundCdf, r());
        return { cik: String(FUND_CIK_BASE + fund), name: fundName(fund) };
      }
      const insider = sample(insiderCdf, r());
      const seed = issuer * 1000 + insider;
      return { cik: String(OWNER_CIK_BASE + seed), name: personName(seed) };
    };
    const owners: { cik: string; name: string }[] = [];
    // Filed in order, as EDGAR's daily index or quarterly data sets bring them (a database grows by
    // its newest filings); later years file more. A period is a day or two before its filing.
    const filedDay = filedDayOf((i + r()) / maxFilings);
    const periodDay = filedDay - Math.floor(r() * 3);
    const shareFactor = 0.1 + r() * 4;
    const priceLevel = 1 + ((issuer * 2654435761) % 997) / 10;
    const priceNoise = 0.8 + r() * 0.4;

    const out: string[] = [];
    const { parts, slots } = template;
    for (let k = 0; k < slots.length; k++) {
      out.push(parts[k]!);
      const slot = slots[k]!;
      switch (slot.kind) {
        case 'issuerCik': out.push(issuerCikOf(issuer).padStart(10, '0')); break;
        case 'issuerName': out.push(xmlEscape(issuerNameOf(issuer))); break;
        case 'ticker': out.push(tickerOf(issuer)); break;
        case 'ownerCik': out.push((owners[slot.owner] ??= owner()).cik.padStart(10, '0')); break;
        case 'ownerName': out.push(xmlEscape((owners[slot.owner] ??= owner()).name)); break;
        case 'date': out.push(isoOf(periodDay + slot.offset)); break;
        case 'shares': out.push((slot.original * shareFactor).toFixed(slot.decimals)); break;
        case 'price':
          out.push(slot.original === 0 ? slot.original.toFixed(slot.decimals) : (priceLevel * priceNoise).toFixed(Math.max(2, slot.decimals)));
          break;
      }
    }
    out.push(parts[slots.length]!);
    const xml = out.join('');

    const filed = isoOf(filedDay).replace(/-/g, '');
    const accession = accessionOf(i, filed.slice(2, 4));
    const accepted = `${filed}${String(16 + Math.floor(r() * 6)).padStart(2, '0')}${String(Math.floor(r() * 60)).padStart(2, '0')}00`;
    const text = submissionText({ accession, filed, accepted, formType: template.formType, xml, issuerSic: issuerSicOf(issuer) });
    return { accession, text, issuerCik: issuerCikOf(issuer) };
  }
}

// The made-up issuers, owners and accessions of the scale benchmark: CIKs, names and tickers drawn
// from word lists by rank (the same rank, the same name), and accessions that map back to their
// filing's index.
import { rng } from './random';

const LAST = ['SMITH', 'JOHNSON', 'WILLIAMS', 'BROWN', 'JONES', 'GARCIA', 'MILLER', 'DAVIS', 'RODRIGUEZ', 'MARTINEZ', 'HERNANDEZ', 'LOPEZ', 'GONZALEZ', 'WILSON', 'ANDERSON', 'THOMAS', 'TAYLOR', 'MOORE', 'JACKSON', 'MARTIN', 'LEE', 'PEREZ', 'THOMPSON', 'WHITE', 'HARRIS', 'SANCHEZ', 'CLARK', 'RAMIREZ', 'LEWIS', 'ROBINSON', 'WALKER', 'YOUNG', 'ALLEN', 'KING', 'WRIGHT', 'SCOTT', 'TORRES', 'NGUYEN', 'HILL', 'FLORES', 'GREEN', 'ADAMS', 'NELSON', 'BAKER', 'HALL', 'RIVERA', 'CAMPBELL', 'MITCHELL', 'CARTER', 'ROBERTS', 'FEDERICO', 'OKAFOR', 'KOWALSKI', 'NAKAMURA', 'SCHMIDT', 'MUELLER', 'ROSSI', 'DUBOIS', 'IVANOV', 'SILVA'];
const FIRST = ['JAMES', 'MARY', 'ROBERT', 'PATRICIA', 'JOHN', 'JENNIFER', 'MICHAEL', 'LINDA', 'DAVID', 'ELIZABETH', 'WILLIAM', 'BARBARA', 'RICHARD', 'SUSAN', 'JOSEPH', 'JESSICA', 'THOMAS', 'SARAH', 'CHARLES', 'KAREN', 'CHRISTOPHER', 'LISA', 'DANIEL', 'NANCY', 'MATTHEW', 'BETTY', 'ANTHONY', 'MARGARET', 'MARK', 'SANDRA', 'AIKO', 'CHIDI', 'PRIYA', 'WEI', 'OLGA', 'LUIS'];
const WORDS = ['Acme', 'Apex', 'Blue', 'Cedar', 'Delta', 'Eagle', 'First', 'Global', 'Harbor', 'Iron', 'Jade', 'Keystone', 'Liberty', 'Meridian', 'North', 'Orion', 'Pacific', 'Quantum', 'River', 'Summit', 'Titan', 'Union', 'Vertex', 'Western', 'Zenith', 'Granite', 'Silver', 'Pioneer', 'Atlas', 'Beacon'];
const TRADES = ['Bancorp', 'Therapeutics', 'Energy', 'Holdings', 'Technologies', 'Industries', 'Pharmaceuticals', 'Capital', 'Systems', 'Semiconductor', 'Foods', 'Realty Trust', 'Motors', 'Networks', 'Biosciences'];
const SUFFIX = ['Inc.', 'Corp', 'Co.', 'Ltd', 'Group, Inc.', 'PLC'];
const FUND = ['Partners', 'Capital Management', 'Investors', 'Fund', 'Advisors', 'Holdings LLC'];

const ISSUER_CIK_BASE = 1_000_000;
export const OWNER_CIK_BASE = 3_000_000;
export const FUND_CIK_BASE = 9_000_000;

export function issuerCikOf(rank: number): string {
  return String(ISSUER_CIK_BASE + rank);
}

export function issuerNameOf(rank: number): string {
  const r = rng(rank * 7 + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  return `${pick(WORDS)} ${pick(WORDS)} ${pick(TRADES)} ${pick(SUFFIX)}`;
}

/** Codes the made-up issuers are spread over, one in twenty each (three start with 28). */
const SIC_CODES = ['2834', '2836', '2860', '3674', '3711', '6022', '6798', '7372', '1311', '4911', '3841', '6021', '7370', '3576', '5961', '6199', '6770', '1000', '3690', '8731'];
/** A code only four small issuers have, for the screener's view of a narrow industry. */
export const RARE_SIC = '9995';

/** The issuer's SIC code, as its submissions' headers give it. */
export function issuerSicOf(rank: number): { code: string; title: string } {
  const code = rank % 5000 === 4999 ? RARE_SIC : SIC_CODES[((rank * 2654435761) >>> 0) % SIC_CODES.length]!;
  return { code, title: `BENCH INDUSTRY ${code}` };
}

/** A unique ticker per issuer: the rank in base 26, 2 to 5 letters. */
export function tickerOf(rank: number): string {
  let n = rank + 26;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26);
  }
  return s.slice(0, 5);
}

export function personName(seed: number): string {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  return `${pick(LAST)} ${pick(FIRST)} ${String.fromCharCode(65 + Math.floor(r() * 26))}`;
}

export function fundName(rank: number): string {
  const r = rng(rank * 13 + 5);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  return `${pick(WORDS)} ${pick(WORDS)} ${pick(FUND)}`;
}

// Accessions: filer agent prefix + two-digit year + that agent's sequence number (unique per index).
const AGENTS = 211;
const AGENT_STEP = 7919;

export function accessionOf(i: number, year: string): string {
  const agent = i % AGENTS;
  const seq = Math.floor(i / AGENTS);
  return `${String(1_000_000_000 + agent * AGENT_STEP).padStart(10, '0')}-${year}-${String(seq).padStart(6, '0')}`;
}

/** The generator's index of one of its accessions (null for any other accession). */
export function filingIndexOf(accession: string): number | null {
  const m = /^(\d{10})-\d{2}-(\d{6,})$/.exec(accession);
  if (!m) return null;
  const agent = (Number(m[1]) - 1_000_000_000) / AGENT_STEP;
  if (!Number.isInteger(agent) || agent < 0 || agent >= AGENTS) return null;
  return Number(m[2]) * AGENTS + agent;
}

// Issuers and securities as a sentence names them: "Allied Motion Technologies common stock", "options".
import { titleCaseCapitals } from '@/lib/domain/names';
import type { Context } from './types';

const CORPORATE_SUFFIX = /[,\s]+(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|l\.l\.c|plc|lp|l\.p|n\.v|nv|s\.a|sa|ag|se)\.?$/i;

/** "ALLIED MOTION TECHNOLOGIES INC" → "Allied Motion Technologies"; "Tesla, Inc." → "Tesla"; "AMAZON COM INC" → "Amazon.com". */
export function issuerShortName(name: string | null | undefined): string {
  let text = (name ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return 'the issuer';
  // EDGAR appends the state of incorporation to some names: "BANK OF AMERICA CORP /DE/".
  text = text.replace(/\s*\/\s*[A-Z]{2,3}\s*\/?$/i, '');
  const filedInCapitals = text === text.toUpperCase();
  for (let i = 0; i < 3 && CORPORATE_SUFFIX.test(text); i++) {
    const stripped = text.replace(CORPORATE_SUFFIX, '').trim();
    if (!stripped) break;
    text = stripped;
  }
  text = text.replace(/[,\s]+$/, '');
  // Words in capitals before a suffix in another case were filed in capitals too ("ALPHA & OMEGA
  // SEMICONDUCTOR Ltd"); one word alone is the name as its owner writes it ("NVIDIA Corp").
  const wordsInCapitals = text === text.toUpperCase() && text.includes(' ');
  if (filedInCapitals || wordsInCapitals) text = titleCaseCapitals(text);
  // EDGAR's conformed names have no dots: "AMAZON COM INC" is Amazon.com.
  return text.replace(/ com$/i, '.com');
}

/** "Common Stock, par value $0.01" → "common stock"; "CLASS A COMMON STOCK" → "Class A common stock". */
export function securityPhrase(title: string | null | undefined): string {
  let text = (title ?? '').replace(/\s+/g, ' ').trim();
  // Drop par values and footnote numbers typed into the title ("Class B Common Stock (2)").
  text = text.replace(/,?\s*(\(?par value|\$\d).*$/i, '').replace(/(\s*\(\d+\))+$/, '').trim();
  if (text === text.toUpperCase()) text = titleCaseCapitals(text);
  // "Common Share" as a class is its shares: counted as "20,000 … common shares".
  return text
    .replace(/\b(common|ordinary)\s+share$/i, (m) => `${m}s`)
    .replace(/\b(common|ordinary|capital)\s+(stock|shares?)\b/gi, (m) => m.toLowerCase());
}

/** Securities compared by how the sentence names them ("Common Stock" and "COMMON STOCK" are one). */
export function securityKey(title: string | null | undefined): string {
  return securityPhrase(title).toLowerCase();
}

/** What a derivative is called in a sentence: "options", "restricted stock units"…; "" for anything else. */
export function derivativeNoun(title: string): string {
  if (/option/i.test(title)) return 'options';
  if (/restricted stock unit|\bRSUs?\b/i.test(title)) return 'restricted stock units';
  if (/performance (stock|share)s? unit|\bPSUs?\b/i.test(title)) return 'performance stock units';
  if (/warrant/i.test(title)) return 'warrants';
  return '';
}

/**
 * The words after a count of a security: "shares of Allied Motion Technologies common stock", or the
 * security alone when named by what it counts ("877,973 Chemomab Therapeutics American Depositary
 * Shares", not "shares of … Shares").
 */
export function unitOf(what: string, shares = 'shares'): string {
  return /\b(shares|units|ADSs)$/i.test(what) ? what : `${shares} of ${what}`;
}

/** How a derivative is counted: "options", or "shares of Class B common stock" for a convertible class. */
export function derivativeUnit(title: string): string {
  const noun = derivativeNoun(title);
  if (noun) return noun;
  const phrase = securityPhrase(title);
  return /stock|shares/i.test(phrase) ? unitOf(phrase) : phrase;
}

const wordsOf = (text: string) => text.toLowerCase().split(/[^a-z0-9&]+/).filter(Boolean);

/**
 * Whether a security's title already names its issuer: it opens with the issuer's name, or with its
 * first two words ("InnSuites Hospitality REIT" of InnSuites Hospitality Trust). One shared word is
 * not enough: "American Depositary Shares" of American Express does not name it.
 */
function namesIssuer(phrase: string, issuer: string): boolean {
  const issuerWords = wordsOf(issuer).slice(0, 2);
  const titleWords = wordsOf(phrase);
  return issuerWords.length > 0 && issuerWords.every((word, i) => titleWords[i] === word);
}

/** "Allied Motion Technologies common stock": the security with the issuer's name unless it has it. */
export function securityOf(title: string, ctx: Context): string {
  const phrase = securityPhrase(title);
  if (!phrase) return `${ctx.issuer} stock`;
  return namesIssuer(phrase, ctx.issuer) ? phrase : `${ctx.issuer} ${phrase}`;
}

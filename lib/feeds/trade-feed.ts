// Screener rows as Atom entries: one entry per filing, newest first, titled like
// "Elon Musk (CEO) sold 1.2M TSLA at $250.00", linking to the filing's page on this site.
import type { TradeRow } from '../domain/market-rows';
import { edgarFilingUrl } from '../format';
import { readableName } from '../domain/names';
import { roleWords } from '../domain/roles';
import { describeCode, TRANSACTION_VERBS } from '../domain/transaction-codes';
import type { AtomEntry } from './atom';

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const price = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The filing's rows grouped, in the order their first row comes. */
export function rowsByFiling(rows: readonly TradeRow[]): TradeRow[][] {
  const groups = new Map<string, TradeRow[]>();
  for (const row of rows) {
    const group = groups.get(row.accession);
    if (group) group.push(row);
    else groups.set(row.accession, [row]);
  }
  return [...groups.values()];
}

function verbOf(code: string | null, ad: string | null): string {
  const verbs = code ? TRANSACTION_VERBS[code] : undefined;
  if (verbs) return ad === 'A' ? verbs.acquired : verbs.disposed;
  return `reported ${(describeCode(code) ?? 'a transaction').toLowerCase()} of`;
}

/**
 * "Elon Musk (CEO) sold 1.2M TSLA at $250.00": the filing's main line (its first), with the shares
 * of every line of the same table, code and direction summed, at their average price where every
 * such line has one; "+ 2 more lines" when the filing has others.
 */
export function filingTitle(rows: readonly TradeRow[]): string {
  const main = rows[0]!;
  const owner = main.owner;
  const name = readableName(owner?.name) || (owner ? `CIK ${owner.cik}` : 'An insider');
  const role = owner
    ? roleWords({
        isDirector: owner.roles.includes('director'),
        isOfficer: owner.roles.includes('officer'),
        isTenPercentOwner: owner.roles.includes('tenPercentOwner'),
        isOther: owner.roles.includes('other'),
        officerTitle: owner.officerTitle,
        otherText: owner.otherText,
      })[0]
    : undefined;
  const others = main.ownerCount > 1 ? ` and ${main.ownerCount - 1} other${main.ownerCount > 2 ? 's' : ''}` : '';
  const like = rows.filter((r) => r.isDerivative === main.isDerivative && r.code === main.code && r.acquiredDisposed === main.acquiredDisposed);
  const allNumbers = like.every((r) => typeof r.shares === 'number');
  const shares = allNumbers ? like.reduce((sum, r) => sum + (r.shares as number), 0) : null;
  const security = main.issuer.ticker ?? main.issuer.name ?? `CIK ${main.issuer.cik}`;
  const what = main.isDerivative ? `${main.securityTitle ?? 'derivatives'} of ${security}` : security;
  const amount = shares === null ? (typeof main.shares === 'string' ? `${main.shares} ` : '') : `${compact.format(shares)} `;
  const priced = shares !== null && shares > 0 && like.every((r) => r.value !== null);
  const at = priced ? ` at ${price.format(like.reduce((sum, r) => sum + r.value!, 0) / shares)}` : '';
  const more = rows.length - like.length;
  const tail = more > 0 ? ` (+${more} more line${more > 1 ? 's' : ''})` : '';
  return `${name}${role ? ` (${role})` : ''}${others} ${verbOf(main.code, main.acquiredDisposed)} ${amount}${what}${at}${tail}`;
}

/** One entry per filing, in the rows' order (newest first as the screener lists them). */
export function tradeFeedEntries(rows: readonly TradeRow[], origin: string): AtomEntry[] {
  return rowsByFiling(rows).map((group) => {
    const main = group[0]!;
    const page = `${origin}/filings/${encodeURIComponent(main.accession)}`;
    return {
      // EDGAR's address of the filing: the same on every host this site runs on.
      id: edgarFilingUrl(main.accession, main.issuer.cik) ?? page,
      title: filingTitle(group),
      updated: [main.filedAt, main.transactionDate].find((d) => d && /^\d{4}-\d{2}-\d{2}$/.test(d)) ?? '1970-01-01',
      link: page,
      summary: `Form ${main.formType} filed ${main.filedAt ?? 'on an unknown date'} by ${readableName(main.owner?.name) || 'an insider'} at ${main.issuer.name ?? main.issuer.cik}`,
    };
  });
}

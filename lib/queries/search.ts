import 'server-only';
import { searchNames, type NameMatch } from '@/db/queries/search';
import { readableName } from '@/lib/names';
import type { SearchHit } from '@/lib/queries/types';

export type SearchResult = SearchHit & {
  /** How the name reads ("Richard D. Federico"); issuers keep their filed name. */
  label: string;
  href: string;
  match: NameMatch['match'];
};

export type GroupedSearch = {
  query: string;
  people: SearchResult[];
  issuers: SearchResult[];
  /** The one exact ticker or CIK hit, when there is exactly one: the page can link straight to it. */
  exact: SearchResult | null;
};

function toResult(match: NameMatch): SearchResult {
  const isOwner = match.kind === 'owner';
  return {
    kind: match.kind,
    cik: match.cik,
    name: match.name,
    ticker: match.ticker,
    match: match.match,
    label: isOwner ? readableName(match.name) || `CIK ${match.cik}` : match.name ?? `CIK ${match.cik}`,
    href: isOwner ? `/people/${match.cik}` : `/issuers/${match.cik}`,
  };
}

/** Suggestions for the search box: best first, people and issuers mixed. Safe on any input. */
export function suggestNames(query: string, limit = 8): SearchResult[] {
  return searchNames(query, limit).map(toResult);
}

/** The search page: owners and issuers by name (any word order, prefixes), ticker or CIK. */
export function searchEverything(query: string, limit = 50): GroupedSearch {
  const q = query.trim().slice(0, 200);
  const results = q ? searchNames(q, limit).map(toResult) : [];
  const exactHits = results.filter((r) => r.match !== 'name');
  return {
    query: q,
    people: results.filter((r) => r.kind === 'owner'),
    issuers: results.filter((r) => r.kind === 'issuer'),
    exact: exactHits.length === 1 ? exactHits[0]! : null,
  };
}

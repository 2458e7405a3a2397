import 'server-only';
import type Database from 'better-sqlite3';
import { getDatabase } from '../index';
import { parseCik } from '@/lib/domain/cik';
import { readableName } from '@/lib/domain/names';
import type { SearchHit } from '@/db/queries/types';

export interface NameMatch {
  kind: 'owner' | 'issuer';
  /** Without leading zeros. */
  cik: string;
  /** The newest name filed for this CIK. */
  name: string | null;
  /** Issuers only. */
  ticker: string | null;
  /** How it matched: an exact ticker or CIK comes before a name. */
  match: 'ticker' | 'cik' | 'name';
}

const MAX_TOKENS = 8;

/**
 * The FTS5 query for what a user typed: every word must match as a prefix, in any order and any
 * case ("Richard Federico" → `"Richard"* "Federico"*`). Each word is quoted, so nothing typed can be
 * FTS syntax (`AND`, `"`, `*`, `(`, `NEAR`, `col:`); `null` when nothing searchable is left.
 * A single letter matches only itself (the "D" of "Richard D"): as a prefix it would match a
 * large share of all names, which no index (prefix='2 3') makes fast.
 */
export function toFtsQuery(input: string): string | null {
  const tokens = input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu);
  if (!tokens) return null;
  return tokens.slice(0, MAX_TOKENS).map((token) => ([...token].length > 1 ? `"${token}"*` : `"${token}"`)).join(' ');
}

/**
 * Owners and issuers whose name matches `query`, after exact ticker and CIK matches. Never throws on
 * what a user types; returns `[]` when there is nothing to search for.
 */
export function searchNames(query: string, limit = 20, sqlite: Database.Database = getDatabase().sqlite): NameMatch[] {
  const text = query.trim().slice(0, 200);
  const max = Math.max(1, Math.min(100, Math.trunc(limit) || 20));
  if (text === '') return [];
  const statements = statementsFor(sqlite);
  const results: NameMatch[] = [];
  const seen = new Set<string>();
  const add = (match: NameMatch) => {
    const key = `${match.kind}:${match.cik}`;
    if (seen.has(key) || results.length >= max) return;
    seen.add(key);
    results.push(match);
  };

  if (/^[A-Za-z][A-Za-z0-9.\-]{0,9}$/.test(text)) {
    for (const issuer of statements.byTicker.all(text)) add({ kind: 'issuer', ...issuer, match: 'ticker' });
  }
  const cik = parseCik(text);
  if (cik !== null) {
    for (const issuer of statements.issuerByCik.all(cik)) add({ kind: 'issuer', ...issuer, match: 'cik' });
    for (const owner of statements.ownerByCik.all(cik)) add({ kind: 'owner', ...owner, ticker: null, match: 'cik' });
  }
  const fts = toFtsQuery(text);
  if (fts !== null) {
    for (const hit of statements.byName.all(fts, max)) add({ ...hit, match: 'name' });
  }
  return results;
}

type Statements = ReturnType<typeof prepare>;
const prepared = new WeakMap<Database.Database, Statements>();

function statementsFor(sqlite: Database.Database): Statements {
  let statements = prepared.get(sqlite);
  if (!statements) {
    statements = prepare(sqlite);
    prepared.set(sqlite, statements);
  }
  return statements;
}

function prepare(sqlite: Database.Database) {
  return {
    byTicker: sqlite.prepare<[string], { cik: string; name: string | null; ticker: string | null }>(
      `SELECT cik, name, ticker FROM issuers WHERE ticker = ? COLLATE NOCASE
       ORDER BY (SELECT max(filing_date) FROM filings WHERE issuer_cik = issuers.cik) DESC LIMIT 5`,
    ),
    issuerByCik: sqlite.prepare<[string], { cik: string; name: string | null; ticker: string | null }>(
      'SELECT cik, name, ticker FROM issuers WHERE cik = ?',
    ),
    ownerByCik: sqlite.prepare<[string], { cik: string; name: string | null }>('SELECT cik, name FROM owners WHERE cik = ?'),
    // name_search keeps kind and cik beside the name; the ticker comes from issuers by primary key.
    byName: sqlite.prepare<[string, number], { kind: 'owner' | 'issuer'; cik: string; name: string | null; ticker: string | null }>(`
      SELECT s.kind AS kind, s.cik AS cik, s.name AS name,
        CASE WHEN s.kind = 'issuer' THEN (SELECT i.ticker FROM issuers i WHERE i.cik = s.cik) END AS ticker
      FROM name_search s
      WHERE name_search MATCH 'name : (' || ? || ')'
      ORDER BY rank
      LIMIT ?`),
  };
}

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

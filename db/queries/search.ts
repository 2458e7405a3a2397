import 'server-only';
import type Database from 'better-sqlite3';
import { getDatabase } from '../index';
import { parseCik } from '@/lib/domain/cik';
import { roleWords } from '@/lib/domain/roles';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { AppDatabase } from '@/db';
import * as schema from '@/db/schema';
import { listReadableNames } from '@/db/queries/names-evidence';
import type { SearchHit } from '@/db/queries/types';

export interface NameMatch {
  kind: 'owner' | 'issuer';
  /** Without leading zeros. */
  cik: string;
  /** The newest name filed for this CIK. */
  name: string | null;
  /** Issuers only. */
  ticker: string | null;
  /** How it matched: an exact ticker or CIK comes before a name; a former one after the current ones. */
  match: 'ticker' | 'cik' | 'name' | 'former-ticker' | 'former-name';
  /** The former name or ticker that matched (issuers filed under another name or ticker). */
  formerly?: string;
}

/** "0001209191-24-012345" or "000120919124012345" as an accession number; null for anything else. */
export function parseAccession(text: string): string | null {
  const m = /^(\d{10})-?(\d{2})-?(\d{6})$/.exec(text.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

// Compared without case, spaces or punctuation: "TESLA MOTORS INC" and "Tesla Motors, Inc." are one name.
const sameName = (a: string | null, b: string | null) =>
  (a ?? '').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '') === (b ?? '').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');

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

  const tickerShaped = /^[A-Za-z][A-Za-z0-9.\-]{0,9}$/.test(text);
  if (tickerShaped) {
    for (const issuer of statements.byTicker.all(text)) add({ kind: 'issuer', ...issuer, match: 'ticker' });
    // A ticker the issuer filed under before ("FB" for Meta Platforms).
    for (const issuer of statements.byFormerTicker.all(text.toUpperCase())) {
      add({ kind: 'issuer', cik: issuer.cik, name: issuer.name, ticker: issuer.ticker, match: 'former-ticker', formerly: text.toUpperCase() });
    }
  }
  const cik = parseCik(text);
  if (cik !== null) {
    for (const issuer of statements.issuerByCik.all(cik)) add({ kind: 'issuer', ...issuer, match: 'cik' });
    for (const owner of statements.ownerByCik.all(cik)) add({ kind: 'owner', ...owner, ticker: null, match: 'cik' });
  }
  const fts = toFtsQuery(text);
  if (fts !== null) {
    for (const hit of statements.byName.all(fts, max)) add({ ...hit, match: 'name' });
    // Names an issuer filed under ("Tesla Motors" for Tesla, Inc.), after the names as they are now.
    for (const hit of statements.byFormerName.all(fts, max)) {
      const former = !sameName(hit.former, hit.name);
      add({ kind: 'issuer', cik: hit.cik, name: hit.name ?? hit.former, ticker: hit.ticker, match: former ? 'former-name' : 'name', ...(former ? { formerly: hit.former } : {}) });
    }
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
    // issuer_aliases and issuer_name_search: db/migrations/0014_issuer-aliases.sql.
    byFormerTicker: sqlite.prepare<[string], { cik: string; name: string | null; ticker: string | null }>(`
      SELECT i.cik AS cik, i.name AS name, i.ticker AS ticker
      FROM issuer_aliases a JOIN issuers i ON i.cik = a.cik
      WHERE a.kind = 'ticker' AND a.value = ?
      LIMIT 5`),
    byFormerName: sqlite.prepare<[string, number], { cik: string; former: string; name: string | null; ticker: string | null }>(`
      SELECT s.cik AS cik, s.name AS former, i.name AS name, i.ticker AS ticker
      FROM issuer_name_search s LEFT JOIN issuers i ON i.cik = s.cik
      WHERE issuer_name_search MATCH 'name : (' || ? || ')'
      ORDER BY rank
      LIMIT ?`),
    // The company and roles on an owner's latest filing, among their newest 200 by accession (an
    // index range: a fund's thousands of filings are not read for one line of context).
    ownerContext: sqlite.prepare<[string], OwnerContextRow>(`
      SELECT coalesce(i.name, f.issuer_name) AS issuerName, fo.is_director AS isDirector, fo.is_officer AS isOfficer,
        fo.is_ten_percent_owner AS isTenPercentOwner, fo.is_other AS isOther, fo.officer_title AS officerTitle,
        fo.other_text AS otherText
      FROM (SELECT accession, position FROM filing_owners WHERE owner_cik = ? ORDER BY accession DESC LIMIT 200) recent
      JOIN filing_owners fo ON fo.accession = recent.accession AND fo.position = recent.position
      JOIN filings f ON f.accession = fo.accession
      LEFT JOIN issuers i ON i.cik = f.issuer_cik
      ORDER BY f.filing_date DESC, f.accession DESC
      LIMIT 1`),
    filingExists: sqlite.prepare<[string], { one: number }>('SELECT 1 AS one FROM filings WHERE accession = ?'),
  };
}

type OwnerContextRow = {
  issuerName: string | null; isDirector: number; isOfficer: number; isTenPercentOwner: number; isOther: number;
  officerTitle: string | null; otherText: string | null;
};

/** "CEO and director at Tesla, Inc.": who a person is, to tell namesakes apart. */
function ownerContext(cik: string, sqlite: Database.Database): string | undefined {
  const row = statementsFor(sqlite).ownerContext.get(cik);
  if (!row) return undefined;
  const roles = roleWords({ ...row, isDirector: !!row.isDirector, isOfficer: !!row.isOfficer, isTenPercentOwner: !!row.isTenPercentOwner, isOther: !!row.isOther });
  const who = roles.length === 0 ? 'Reporting owner' : roles.length === 1 ? roles[0]! : `${roles.slice(0, -1).join(', ')} and ${roles.at(-1)}`;
  const at = row.issuerName ? ` at ${row.issuerName}` : '';
  return `${who.charAt(0).toUpperCase()}${who.slice(1)}${at}`;
}

export type SearchResult = SearchHit & {
  /** How the name reads ("Richard D. Federico"); issuers keep their filed name. */
  label: string;
  href: string;
  match: NameMatch['match'];
  /** The former name or ticker that found it. */
  formerly?: string;
  /** People: the company and roles of their latest filing ("CEO and director at Tesla, Inc."). */
  context?: string;
};

export type GroupedSearch = {
  query: string;
  people: SearchResult[];
  issuers: SearchResult[];
  /** The one exact ticker or CIK hit, when there is exactly one: the page can link straight to it. */
  exact: SearchResult | null;
  /** A pasted accession number of a stored filing: the page opens it. */
  accession: string | null;
};

const drizzled = new WeakMap<Database.Database, AppDatabase>();

/** drizzle over the connection searched (the app's, or a test's). */
function dbOf(sqlite: Database.Database): AppDatabase {
  let db = drizzled.get(sqlite);
  if (!db) drizzled.set(sqlite, (db = drizzle({ client: sqlite, schema })));
  return db;
}

function toResults(matches: NameMatch[], sqlite: Database.Database, withContext: boolean): SearchResult[] {
  const people = matches.filter((m) => m.kind === 'owner');
  const names = listReadableNames(people, dbOf(sqlite));
  return matches.map((match) => {
    const isOwner = match.kind === 'owner';
    const context = isOwner && withContext ? ownerContext(match.cik, sqlite) : undefined;
    return {
      kind: match.kind,
      cik: match.cik,
      name: match.name,
      ticker: match.ticker,
      match: match.match,
      ...(match.formerly ? { formerly: match.formerly } : {}),
      ...(context ? { context } : {}),
      label: isOwner ? names.get(match.cik, match.name) || `CIK ${match.cik}` : match.name ?? `CIK ${match.cik}`,
      href: isOwner ? `/people/${match.cik}` : `/issuers/${match.cik}`,
    };
  });
}

/** Suggestions for the search box: best first, people and issuers mixed. Safe on any input. */
export function suggestNames(query: string, limit = 8, sqlite: Database.Database = getDatabase().sqlite): SearchResult[] {
  return toResults(searchNames(query, limit, sqlite), sqlite, true);
}

/** The search page: owners and issuers by name (any word order, prefixes, former names), ticker, CIK or accession. */
export function searchEverything(query: string, limit = 50, sqlite: Database.Database = getDatabase().sqlite): GroupedSearch {
  const q = query.trim().slice(0, 200);
  const accession = parseAccession(q);
  if (accession && statementsFor(sqlite).filingExists.get(accession)) {
    return { query: q, people: [], issuers: [], exact: null, accession };
  }
  const results = q ? toResults(searchNames(q, limit, sqlite), sqlite, true) : [];
  const exactHits = results.filter((r) => r.match === 'ticker' || r.match === 'cik');
  return {
    query: q,
    people: results.filter((r) => r.kind === 'owner'),
    issuers: results.filter((r) => r.kind === 'issuer'),
    exact: exactHits.length === 1 ? exactHits[0]! : null,
    accession: null,
  };
}
